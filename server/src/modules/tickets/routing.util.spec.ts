import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AgentAvailability,
  chooseAgent,
  priorityWeights,
  type RoutingCandidate,
  type RoutingStrategy,
  type TicketPriority,
} from './routing.util';

const agent = (employeeId: number, overrides: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
  employeeId,
  availability: 'online',
  openTickets: 0,
  weightedLoad: 0,
  capacity: null,
  skills: new Map(),
  ...overrides,
});

/** Assigns tickets one after another the way the service does, keeping each agent's load. */
function simulate(options: {
  strategy: RoutingStrategy;
  agents: RoutingCandidate[];
  priorities: TicketPriority[];
}): Map<number, number> {
  const agents = options.agents.map((candidate) => ({ ...candidate }));
  const counts = new Map<number, number>();
  let lastAssigneeId: number | null = null;
  for (const priority of options.priorities) {
    const decision = chooseAgent({
      strategy: options.strategy,
      candidates: agents,
      lastAssigneeId,
      requiredSkills: [],
    });
    if (!decision) continue;
    const chosen = agents.find(
      (candidate) => candidate.employeeId === decision.employeeId,
    ) as RoutingCandidate;
    chosen.openTickets += 1;
    chosen.weightedLoad += priorityWeights[priority];
    counts.set(chosen.employeeId, (counts.get(chosen.employeeId) ?? 0) + 1);
    lastAssigneeId = chosen.employeeId;
  }
  return counts;
}

describe('round-robin', () => {
  it('spreads 1,000 tickets over 10 agents within one of each other', () => {
    const agents = Array.from({ length: 10 }, (_, index) => agent(100 + index * 7));
    const counts = simulate({ strategy: 'round_robin', agents, priorities: Array(1000).fill('medium') });
    expect([...counts.keys()].sort()).toEqual(agents.map((candidate) => candidate.employeeId).sort());
    const values = [...counts.values()];
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
    expect(values.reduce((sum, value) => sum + value, 0)).toBe(1000);
  });

  it('continues after the last assignee and wraps around, skipping who cannot take work', () => {
    const agents = [
      agent(1),
      agent(2, { availability: 'away' }),
      agent(3),
      agent(4, { capacity: 2, openTickets: 2 }),
    ];
    expect(
      chooseAgent({ strategy: 'round_robin', candidates: agents, lastAssigneeId: 1, requiredSkills: [] }),
    ).toMatchObject({ employeeId: 3 });
    expect(
      chooseAgent({ strategy: 'round_robin', candidates: agents, lastAssigneeId: 3, requiredSkills: [] }),
    ).toMatchObject({ employeeId: 1, reason: expect.stringContaining('2 available agents') });
  });
});

describe('least-loaded', () => {
  it('never gives an agent more than their capacity, and balances weighted load', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ capacity: fc.integer({ min: 0, max: 12 }), open: fc.integer({ min: 0, max: 12 }) }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.array(fc.constantFrom<TicketPriority>('low', 'medium', 'high', 'urgent'), { maxLength: 120 }),
        (shapes, priorities) => {
          const agents = shapes.map((shape, index) =>
            agent(index + 1, { capacity: shape.capacity, openTickets: Math.min(shape.open, shape.capacity) }),
          );
          const counts = simulate({ strategy: 'least_loaded', agents, priorities });
          for (const candidate of agents) {
            const after = candidate.openTickets + (counts.get(candidate.employeeId) ?? 0);
            expect(after).toBeLessThanOrEqual(candidate.capacity as number);
          }
          const room = agents.reduce(
            (sum, candidate) => sum + (candidate.capacity as number) - candidate.openTickets,
            0,
          );
          const assigned = [...counts.values()].reduce((sum, value) => sum + value, 0);
          expect(assigned).toBe(Math.min(room, priorities.length));
        },
      ),
    );
  });

  it('prefers the agent with less weighted work, and says so', () => {
    const decision = chooseAgent({
      strategy: 'least_loaded',
      candidates: [
        agent(1, { openTickets: 2, weightedLoad: 8 }),
        agent(2, { openTickets: 3, weightedLoad: 3 }),
      ],
      lastAssigneeId: null,
      requiredSkills: [],
    });
    expect(decision).toEqual({
      employeeId: 2,
      strategy: 'least_loaded',
      reason: 'least loaded: 3 open tickets (weighted load 3) among 2 available',
    });
  });
});

describe('skill-based', () => {
  const welding = { skillId: 7, minLevel: 3 };

  it('gives the ticket only to agents with the skill at the level, least loaded first', () => {
    const candidates = [
      agent(1, { skills: new Map([[7, 2]]) }),
      agent(2, { skills: new Map([[7, 5]]), openTickets: 4, weightedLoad: 8 }),
      agent(3, { skills: new Map([[7, 3]]), openTickets: 1, weightedLoad: 2 }),
    ];
    expect(
      chooseAgent({ strategy: 'skill_based', candidates, lastAssigneeId: null, requiredSkills: [welding] }),
    ).toMatchObject({
      employeeId: 3,
    });
  });

  it('leaves the ticket in the queue when no qualified agent is available', () => {
    const candidates = [agent(1, { skills: new Map([[7, 5]]), availability: 'offline' }), agent(2)];
    expect(
      chooseAgent({ strategy: 'skill_based', candidates, lastAssigneeId: null, requiredSkills: [welding] }),
    ).toBeNull();
  });
});

describe('availability', () => {
  it.each<AgentAvailability>(['away', 'offline'])(
    'gives an %s agent nothing, whatever the strategy',
    (availability) => {
      for (const strategy of ['round_robin', 'least_loaded', 'skill_based'] as const) {
        const candidates = [
          agent(1, { availability }),
          agent(2, { availability, skills: new Map([[1, 5]]) }),
        ];
        expect(chooseAgent({ strategy, candidates, lastAssigneeId: null, requiredSkills: [] })).toBeNull();
      }
    },
  );
});

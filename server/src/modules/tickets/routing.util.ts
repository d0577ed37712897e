export const routingStrategies = ['round_robin', 'least_loaded', 'skill_based'] as const;
export type RoutingStrategy = (typeof routingStrategies)[number];

export const agentAvailabilities = ['online', 'away', 'offline'] as const;
export type AgentAvailability = (typeof agentAvailabilities)[number];

export type TicketPriority = 'low' | 'medium' | 'high' | 'urgent';

/** How much an open ticket weighs in an agent's load: an urgent ticket is worth four low ones. */
export const priorityWeights: Readonly<Record<TicketPriority, number>> = {
  low: 1,
  medium: 2,
  high: 3,
  urgent: 4,
};

export type RoutingCandidate = {
  employeeId: number;
  availability: AgentAvailability;
  /** Open tickets assigned now (new, open, on hold; pending ones wait on the customer and do not count). */
  openTickets: number;
  /** The same tickets weighted by priority. */
  weightedLoad: number;
  /** At most this many open tickets; null is no limit. */
  capacity: number | null;
  /** Skill id → level (1–5). */
  skills: ReadonlyMap<number, number>;
};

export type SkillRequirement = { skillId: number; minLevel: number };

export type RoutingDecision = {
  employeeId: number;
  strategy: RoutingStrategy;
  /** Why this agent, in words an auditor can read in the ticket's history. */
  reason: string;
};

export type RoutingInput = {
  strategy: RoutingStrategy;
  candidates: readonly RoutingCandidate[];
  /** The queue's last automatic assignee: round-robin continues after them. */
  lastAssigneeId: number | null;
  /** Skills the ticket's category needs (skill-based routing). */
  requiredSkills: readonly SkillRequirement[];
};

/** Only online agents with room take new work. */
export function canTakeWork(candidate: RoutingCandidate): boolean {
  return (
    candidate.availability === 'online' &&
    (candidate.capacity === null || candidate.openTickets < candidate.capacity)
  );
}

function hasSkills(candidate: RoutingCandidate, required: readonly SkillRequirement[]): boolean {
  return required.every((need) => (candidate.skills.get(need.skillId) ?? 0) >= need.minLevel);
}

/** Lightest weighted load first, then fewest tickets, then the lowest id so that the choice is repeatable. */
function byLoad(a: RoutingCandidate, b: RoutingCandidate): number {
  return a.weightedLoad - b.weightedLoad || a.openTickets - b.openTickets || a.employeeId - b.employeeId;
}

function skillScore(candidate: RoutingCandidate, required: readonly SkillRequirement[]): number {
  return required.reduce((sum, need) => sum + (candidate.skills.get(need.skillId) ?? 0), 0);
}

/**
 * Picks the agent for a ticket, or null when nobody can take it now (it waits in the queue until someone
 * comes online or frees capacity).
 */
export function chooseAgent(input: RoutingInput): RoutingDecision | null {
  const available = input.candidates.filter(canTakeWork);
  if (available.length === 0) return null;
  switch (input.strategy) {
    case 'round_robin': {
      const ordered = [...available].sort((a, b) => a.employeeId - b.employeeId);
      const next =
        ordered.find(
          (candidate) => input.lastAssigneeId === null || candidate.employeeId > input.lastAssigneeId,
        ) ?? (ordered[0] as RoutingCandidate);
      return {
        employeeId: next.employeeId,
        strategy: 'round_robin',
        reason: `round-robin: next in turn of ${available.length} available agent${available.length === 1 ? '' : 's'}`,
      };
    }
    case 'least_loaded': {
      const lightest = [...available].sort(byLoad)[0] as RoutingCandidate;
      return {
        employeeId: lightest.employeeId,
        strategy: 'least_loaded',
        reason: `least loaded: ${lightest.openTickets} open ticket${lightest.openTickets === 1 ? '' : 's'} (weighted load ${lightest.weightedLoad}) among ${available.length} available`,
      };
    }
    case 'skill_based': {
      const skilled = available.filter((candidate) => hasSkills(candidate, input.requiredSkills));
      if (skilled.length === 0) return null;
      // Among those who can do it, the least loaded (so the best expert is not buried); between equals, the
      // higher skill.
      const best = [...skilled].sort(
        (a, b) =>
          a.weightedLoad - b.weightedLoad ||
          a.openTickets - b.openTickets ||
          skillScore(b, input.requiredSkills) - skillScore(a, input.requiredSkills) ||
          a.employeeId - b.employeeId,
      )[0] as RoutingCandidate;
      const skills =
        input.requiredSkills.length === 0
          ? 'no skill required'
          : `skill score ${skillScore(best, input.requiredSkills)}`;
      return {
        employeeId: best.employeeId,
        strategy: 'skill_based',
        reason: `skill-based: ${skills}, ${best.openTickets} open of ${skilled.length} qualified and available`,
      };
    }
  }
}

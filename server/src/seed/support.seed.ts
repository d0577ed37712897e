import { sql } from 'drizzle-orm';
import { alwaysOpenCalendar, type BusinessCalendar } from '../modules/tickets/business-calendar.util';
import { defaultPriorityRules } from '../modules/tickets/priority-rules.util';
import type { TicketPriority } from '../modules/tickets/routing.util';
import {
  agentStates,
  businessCalendars,
  businessHolidays,
  type escalationActions,
  type routingStrategies,
  slaPolicies,
  ticketCategories,
  ticketQueueMembers,
  ticketQueues,
  ticketSettings,
} from '../modules/tickets/schema';
import { queryRows } from '../platform/db/database';
import { type BusinessTimeTable, businessTimeTable } from './business-time.util';
import { supportCategories } from './demo-catalog';
import { DAY, insertRows, type SeedContext } from './seed-context';
import { nextId } from './seed-insert.util';
import { loadPhase } from './seed-load.util';
import type { WorkforcePool } from './workforce.seed';

type Weekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';
type Week = Partial<Record<Weekday, { start: number; end: number }[]>>;
type EscalationAction = (typeof escalationActions)[number];

/** A seeded policy with its calendar, ready for clock maths. */
export type SeedSlaPolicy = {
  id: number;
  name: string;
  priority: TicketPriority;
  clientTier: string | null;
  firstResponseMs: number;
  resolutionMs: number;
  warnShare: number;
  calendar: BusinessCalendar;
  /** The same calendar as a table, for the many finished tickets (see business-time.util.ts). */
  table: BusinessTimeTable;
};

export type SeedQueue = {
  id: number;
  name: string;
  strategy: (typeof routingStrategies)[number];
  memberIds: number[];
};

export type SeedAgent = {
  employeeId: number;
  name: string;
  userId: number | null;
  availability: 'online' | 'away' | 'offline';
  capacity: number;
  /** Skill id → level. */
  skills: Map<number, number>;
};

export type SeedCategory = {
  id: number;
  name: string;
  queue: SeedQueue;
  skillId: number | null;
  minLevel: number;
};

/** Support's configuration as the tickets seed needs it. */
export type SupportSetup = {
  queues: SeedQueue[];
  categories: Map<string, SeedCategory>;
  policies: SeedSlaPolicy[];
  agents: Map<number, SeedAgent>;
  /** The policy that applies, as the SLA engine matches it: priority and tier first, then the priority alone. */
  policyFor(priority: TicketPriority, clientTier: string | null): SeedSlaPolicy;
};

const WARN_SHARE = 0.75;
const officeHours: Week = Object.fromEntries(
  (['1', '2', '3', '4', '5'] as const).map((day) => [day, [{ start: 9 * 60, end: 17 * 60 + 30 }]]),
);
const allDay: Week = Object.fromEntries(
  (['1', '2', '3', '4', '5', '6', '7'] as const).map((day) => [day, [{ start: 0, end: 24 * 60 }]]),
);

// Targets in minutes of the policy's calendar; the platinum ones are stricter and round the clock.
const policySpecs: {
  name: string;
  priority: TicketPriority;
  clientTier: string | null;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  calendar: 'office' | 'always';
  onWarning: EscalationAction[];
  onBreach: EscalationAction[];
}[] = [
  {
    name: 'Urgent',
    priority: 'urgent',
    clientTier: null,
    firstResponseMinutes: 60,
    resolutionMinutes: 8 * 60,
    calendar: 'always',
    onWarning: ['notify_manager'],
    onBreach: ['notify_manager', 'reassign'],
  },
  {
    name: 'High',
    priority: 'high',
    clientTier: null,
    firstResponseMinutes: 4 * 60,
    resolutionMinutes: 24 * 60,
    calendar: 'office',
    onWarning: ['notify_manager'],
    onBreach: ['notify_manager', 'raise_priority'],
  },
  {
    name: 'Medium',
    priority: 'medium',
    clientTier: null,
    firstResponseMinutes: 8 * 60,
    resolutionMinutes: 48 * 60,
    calendar: 'office',
    onWarning: [],
    onBreach: ['notify_manager', 'raise_priority'],
  },
  {
    name: 'Low',
    priority: 'low',
    clientTier: null,
    firstResponseMinutes: 24 * 60,
    resolutionMinutes: 120 * 60,
    calendar: 'office',
    onWarning: [],
    onBreach: ['notify_manager'],
  },
  {
    name: 'Platinum urgent',
    priority: 'urgent',
    clientTier: 'platinum',
    firstResponseMinutes: 15,
    resolutionMinutes: 4 * 60,
    calendar: 'always',
    onWarning: ['notify_manager'],
    onBreach: ['notify_manager', 'reassign'],
  },
  {
    name: 'Platinum high',
    priority: 'high',
    clientTier: 'platinum',
    firstResponseMinutes: 30,
    resolutionMinutes: 8 * 60,
    calendar: 'always',
    onWarning: ['notify_manager'],
    onBreach: ['notify_manager', 'raise_priority'],
  },
];

const queueSpecs: { name: string; strategy: SeedQueue['strategy']; skills: string[] | null }[] = [
  // Everyone in support works the general queue; the others need one of their skills.
  { name: 'General', strategy: 'round_robin', skills: null },
  { name: 'Billing', strategy: 'least_loaded', skills: ['Billing'] },
  { name: 'Technical', strategy: 'skill_based', skills: ['Integrations', 'Troubleshooting', 'Hardware'] },
];
const capacities = [10, 15, 20, 20, 25, 30];

/** The local dates of England's bank holidays in a year (substitute days left out). */
export function bankHolidays(year: number): { day: string; name: string }[] {
  const day = (month: number, date: number) => new Date(Date.UTC(year, month - 1, date));
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const firstMonday = (month: number) => {
    const first = day(month, 1);
    return day(month, 1 + ((8 - first.getUTCDay()) % 7));
  };
  const lastMonday = (month: number) => {
    const last = day(month + 1, 0);
    return day(month, last.getUTCDate() - ((last.getUTCDay() + 6) % 7));
  };
  // Easter Sunday by the anonymous Gregorian algorithm.
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const easter = day(month, ((h + l - 7 * m + 114) % 31) + 1);
  const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
  return [
    { day: iso(day(1, 1)), name: 'New Year’s Day' },
    { day: iso(plusDays(easter, -2)), name: 'Good Friday' },
    { day: iso(plusDays(easter, 1)), name: 'Easter Monday' },
    { day: iso(firstMonday(5)), name: 'Early May bank holiday' },
    { day: iso(lastMonday(5)), name: 'Spring bank holiday' },
    { day: iso(lastMonday(8)), name: 'Summer bank holiday' },
    { day: iso(day(12, 25)), name: 'Christmas Day' },
    { day: iso(day(12, 26)), name: 'Boxing Day' },
  ];
}

/**
 * Support's configuration: an office-hours calendar (London, with bank holidays) and a round-the-clock one,
 * queues by skill with the support team as members, categories, SLA policies per priority (stricter for
 * platinum clients), and the settings row with the default priority rules. Agents' states come later, with
 * the tickets they count (`seedAgentStates`).
 */
export async function seedSupportSetup(
  context: SeedContext,
  options: { workforce: WorkforcePool },
): Promise<SupportSetup> {
  const { random, asOf } = context;
  const founded = asOf - 800 * DAY;
  const supportIds = options.workforce.supportEmployeeIds;
  context.progress('support setup', 0, 1);
  let setup: SupportSetup | undefined;
  await loadPhase(
    context.db,
    {
      tables: [
        businessCalendars,
        businessHolidays,
        ticketQueues,
        ticketQueueMembers,
        ticketCategories,
        slaPolicies,
        ticketSettings,
      ],
      rebuild: false,
      onProgress: context.progress,
    },
    async (transaction) => {
      const people = await queryRows<{ id: number; name: string; user_id: number | null }>(
        transaction,
        sql`select id, name, user_id from employees where id = any(${sql.param(supportIds)}::int[]) order by id`,
      );
      const skillRows = await queryRows<{ employee_id: number; skill_id: number; level: number }>(
        transaction,
        sql`select employee_id, skill_id, level from employee_skills
            where employee_id = any(${sql.param(supportIds)}::int[]) order by employee_id, skill_id`,
      );
      const skillIds = new Map(
        (await queryRows<{ id: number; name: string }>(transaction, sql`select id, name from skills`)).map(
          (row) => [row.name, row.id],
        ),
      );
      const [department] = await queryRows<{ id: number }>(
        transaction,
        sql`select id from departments where name = 'Support' order by id limit 1`,
      );
      const demoAgentIds = new Set(
        [...options.workforce.employeeOfUser.values()].filter((id) => supportIds.includes(id)),
      );

      // Agents: mostly online; each with a capacity (the demo account's agent always online).
      const agents = new Map<number, SeedAgent>();
      for (const person of people) {
        agents.set(person.id, {
          employeeId: person.id,
          name: person.name,
          userId: person.user_id,
          availability: demoAgentIds.has(person.id)
            ? 'online'
            : random.weighted([
                ['online', 75],
                ['away', 15],
                ['offline', 10],
              ] as const),
          capacity: random.pick(capacities),
          skills: new Map(),
        });
      }
      for (const row of skillRows) agents.get(row.employee_id)?.skills.set(row.skill_id, row.level);

      // Calendars and holidays.
      const calendarStart = await nextId(transaction, businessCalendars);
      const office = { id: calendarStart, timeZone: 'Europe/London', week: officeHours };
      const always = { id: calendarStart + 1, timeZone: 'UTC', week: allDay };
      await insertRows(
        context,
        transaction,
        businessCalendars,
        [
          { id: office.id, name: 'UK office hours', timeZone: office.timeZone, week: office.week },
          { id: always.id, name: 'Round the clock', timeZone: always.timeZone, week: always.week },
        ].map((row) => ({ ...row, createdAt: founded, updatedAt: founded })),
      );
      const asOfYear = new Date(asOf).getUTCFullYear();
      const holidays: { day: string; name: string }[] = [];
      for (let year = asOfYear - 3; year <= asOfYear + 1; year++) holidays.push(...bankHolidays(year));
      await insertRows(
        context,
        transaction,
        businessHolidays,
        holidays.map((holiday) => ({ calendarId: office.id, ...holiday })),
      );
      const officeCalendar: BusinessCalendar = {
        timeZone: office.timeZone,
        week: toCalendarWeek(office.week),
        holidays: new Set(holidays.map((holiday) => holiday.day)),
      };
      // Tickets reach back two years; a finished one's targets, at their latest, some weeks past opening.
      const span = { from: asOf - 740 * DAY, to: asOf + 120 * DAY };
      const calendars = {
        office: { id: office.id, calendar: officeCalendar, table: businessTimeTable(officeCalendar, span) },
        always: { id: always.id, calendar: alwaysOpenCalendar(), table: wallClockTable },
      };

      // Queues and their members.
      const queueStart = await nextId(transaction, ticketQueues);
      const queues: SeedQueue[] = queueSpecs.map((spec, offset) => {
        const wanted = spec.skills?.map((name) => skillIds.get(name)) ?? null;
        let memberIds = [...agents.values()]
          .filter(
            (agent) =>
              demoAgentIds.has(agent.employeeId) ||
              wanted === null ||
              wanted.some((skillId) => skillId !== undefined && agent.skills.has(skillId)),
          )
          .map((agent) => agent.employeeId);
        // A queue nobody works would hold its tickets for ever: it gets the first two of support.
        if (memberIds.length === 0) memberIds = [...agents.keys()].slice(0, 2);
        return { id: queueStart + offset, name: spec.name, strategy: spec.strategy, memberIds };
      });
      // Each queue has someone online to take its work.
      for (const queue of queues) {
        const members = queue.memberIds.map((id) => agents.get(id) as SeedAgent);
        const first = members[0];
        if (first && !members.some((agent) => agent.availability === 'online')) first.availability = 'online';
      }
      await insertRows(
        context,
        transaction,
        ticketQueues,
        queues.map((queue) => ({
          id: queue.id,
          name: queue.name,
          departmentId: department?.id ?? null,
          strategy: queue.strategy,
          createdAt: founded,
          updatedAt: founded,
        })),
      );
      await insertRows(
        context,
        transaction,
        ticketQueueMembers,
        queues.flatMap((queue) => queue.memberIds.map((employeeId) => ({ queueId: queue.id, employeeId }))),
      );

      // Categories.
      const categoryStart = await nextId(transaction, ticketCategories);
      const categories = new Map<string, SeedCategory>();
      supportCategories.forEach((spec, offset) => {
        categories.set(spec.name, {
          id: categoryStart + offset,
          name: spec.name,
          queue: queues.find((queue) => queue.name === spec.queue) as SeedQueue,
          skillId: spec.skill === null ? null : (skillIds.get(spec.skill) ?? null),
          minLevel: spec.minLevel,
        });
      });
      await insertRows(
        context,
        transaction,
        ticketCategories,
        [...categories.values()].map((category) => ({
          id: category.id,
          name: category.name,
          queueId: category.queue.id,
          skillId: category.skillId,
          minSkillLevel: category.minLevel,
          createdAt: founded,
          updatedAt: founded,
        })),
      );

      // SLA policies.
      const policyStart = await nextId(transaction, slaPolicies);
      const policies: SeedSlaPolicy[] = policySpecs.map((spec, offset) => ({
        id: policyStart + offset,
        name: spec.name,
        priority: spec.priority,
        clientTier: spec.clientTier,
        firstResponseMs: spec.firstResponseMinutes * 60_000,
        resolutionMs: spec.resolutionMinutes * 60_000,
        warnShare: WARN_SHARE,
        calendar: calendars[spec.calendar].calendar,
        table: calendars[spec.calendar].table,
      }));
      // A handful of rows with a real column (warn_share), which the bulk writers do not encode: plainly.
      await transaction
        .insert(slaPolicies)
        .overridingSystemValue()
        .values(
          policySpecs.map((spec, offset) => ({
            id: policyStart + offset,
            name: spec.name,
            priority: spec.priority,
            clientTier: spec.clientTier as SeedSlaPolicyTier,
            firstResponseMinutes: spec.firstResponseMinutes,
            resolutionMinutes: spec.resolutionMinutes,
            warnShare: WARN_SHARE,
            calendarId: calendars[spec.calendar].id,
            onWarning: spec.onWarning,
            onBreach: spec.onBreach,
            createdAt: new Date(founded),
            updatedAt: new Date(founded),
          })),
        );
      await insertRows(context, transaction, ticketSettings, [
        {
          id: 1,
          priorityRules: defaultPriorityRules,
          reopenWindowHours: 168,
          createdAt: founded,
          updatedAt: founded,
        },
      ]);

      setup = {
        queues,
        categories,
        policies,
        agents,
        policyFor(priority, clientTier) {
          return (policies.find(
            (policy) => policy.priority === priority && policy.clientTier === clientTier,
          ) ??
            policies.find(
              (policy) => policy.priority === priority && policy.clientTier === null,
            )) as SeedSlaPolicy;
        },
      };
    },
  );
  context.progress('support setup', 1, 1);
  return setup as SupportSetup;
}

/** Round the clock, business time is wall-clock time. */
const wallClockTable: BusinessTimeTable = {
  millisBetween: (from, to) => Math.max(0, to - from),
  addMillis: (from, millis) => from + Math.max(0, millis),
};

type SeedSlaPolicyTier = (typeof slaPolicies.$inferInsert)['clientTier'];

function toCalendarWeek(week: Week): BusinessCalendar['week'] {
  return Object.fromEntries(Object.entries(week).map(([day, hours]) => [Number(day), hours]));
}

/** What an agent carries: active tickets (new, open, on hold) and their priority weights. */
export type AgentLoad = { activeTickets: number; weightedLoad: number; lastAssignedAt: number | null };

/** Each support agent's state, with the load the tickets seed counted while it assigned them. */
export async function seedAgentStates(
  context: SeedContext,
  options: { setup: SupportSetup; loads: ReadonlyMap<number, AgentLoad> },
): Promise<number> {
  const since = context.asOf - DAY;
  const rows = [...options.setup.agents.values()].map((agent) => {
    const load = options.loads.get(agent.employeeId);
    return {
      employeeId: agent.employeeId,
      availability: agent.availability,
      capacity: agent.capacity,
      activeTickets: load?.activeTickets ?? 0,
      weightedLoad: load?.weightedLoad ?? 0,
      lastAssignedAt: load?.lastAssignedAt ?? null,
      createdAt: since,
      updatedAt: Math.max(since, load?.lastAssignedAt ?? 0),
    };
  });
  context.progress('agent_states', 0, rows.length);
  await loadPhase(context.db, { tables: [agentStates], rebuild: false }, async (transaction) => {
    await insertRows(context, transaction, agentStates, rows);
  });
  context.progress('agent_states', rows.length, rows.length);
  return rows.length;
}

import { z } from 'zod';
import { listQuerySchema, MAX_PAGE_SIZE } from '../../platform/http/pagination';
import { clientTiers } from '../clients';
import {
  agentAvailabilities,
  escalationActions,
  routingStrategies,
  ticketChannels,
  ticketPriorities,
} from './schema';

const id = z.number().int();
const positiveId = z.number().int().min(1).max(2_147_483_647);
const name = z.string().trim().min(1).max(100);
const priority = z.enum(ticketPriorities);
const atLeastOne = (value: Record<string, unknown>) =>
  Object.values(value).some((entry) => entry !== undefined);
const nothingToChange = { message: 'name at least one field to change' };

export const settingsListQuerySchema = listQuerySchema(['name', 'id'], 'name');
export type SettingsListQuery = z.infer<typeof settingsListQuerySchema>;

// Queues ---------------------------------------------------------------------------------------------------

export const queueSchema = z
  .object({
    id,
    name: z.string(),
    departmentId: id.nullable(),
    departmentName: z.string().nullable(),
    strategy: z.enum(routingStrategies),
    memberEmployeeIds: z.array(id),
    members: z.array(z.object({ employeeId: id, name: z.string() })),
    waitingTickets: z.number().int().describe('Unassigned tickets being worked in this queue'),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'TicketQueue' });
export type QueueDto = z.infer<typeof queueSchema>;

const memberIds = z
  .array(positiveId)
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, 'employees must not repeat');

export const createQueueBodySchema = z
  .object({
    name,
    departmentId: positiveId.nullable().default(null),
    strategy: z.enum(routingStrategies).default('round_robin'),
    memberEmployeeIds: memberIds.default([]),
  })
  .meta({ id: 'CreateTicketQueue' });
export type CreateQueueBody = z.infer<typeof createQueueBodySchema>;

export const updateQueueBodySchema = z
  .object({
    name: name.optional(),
    departmentId: positiveId.nullable().optional(),
    strategy: z.enum(routingStrategies).optional(),
    memberEmployeeIds: memberIds.optional().describe('Replaces the members'),
  })
  .refine(atLeastOne, nothingToChange)
  .meta({ id: 'UpdateTicketQueue' });
export type UpdateQueueBody = z.infer<typeof updateQueueBodySchema>;

// Categories -----------------------------------------------------------------------------------------------

export const categorySchema = z
  .object({
    id,
    name: z.string(),
    queueId: id.nullable().optional().describe('Staff only'),
    queueName: z.string().nullable().optional(),
    skillId: id.nullable().optional().describe('Staff only: the skill skill-based routing looks for'),
    skillName: z.string().nullable().optional(),
    minSkillLevel: z.number().int().optional(),
    version: z.number().int().optional(),
    createdAt: z.date().optional(),
    updatedAt: z.date().optional(),
  })
  .meta({ id: 'TicketCategory' });
export type CategoryDto = z.infer<typeof categorySchema>;

const skillLevel = z.number().int().min(1).max(5);

export const createCategoryBodySchema = z
  .object({
    name,
    queueId: positiveId.nullable().default(null),
    skillId: positiveId.nullable().default(null),
    minSkillLevel: skillLevel.default(1),
  })
  .meta({ id: 'CreateTicketCategory' });
export type CreateCategoryBody = z.infer<typeof createCategoryBodySchema>;

export const updateCategoryBodySchema = z
  .object({
    name: name.optional(),
    queueId: positiveId.nullable().optional(),
    skillId: positiveId.nullable().optional(),
    minSkillLevel: skillLevel.optional(),
  })
  .refine(atLeastOne, nothingToChange)
  .meta({ id: 'UpdateTicketCategory' });
export type UpdateCategoryBody = z.infer<typeof updateCategoryBodySchema>;

// Agents ---------------------------------------------------------------------------------------------------

const availability = z.enum(agentAvailabilities);
const capacity = z.number().int().min(0).max(10_000);

export const agentSchema = z
  .object({
    employeeId: id,
    name: z.string(),
    email: z.string(),
    employeeStatus: z.string(),
    availability,
    capacity: capacity
      .nullable()
      .describe('Most active tickets automatic routing gives them; null: no limit'),
    activeTickets: z.number().int().describe('Assigned tickets in new, open or on hold'),
    weightedLoad: z.number().int().describe('The same tickets weighted by priority (low 1 … urgent 4)'),
    lastAssignedAt: z.date().nullable(),
    lastSeenAt: z.date().nullable().describe("When the agent's own app was last open; null if never"),
    queues: z.array(z.object({ id, name: z.string() })),
  })
  .meta({ id: 'TicketAgent' });
export type AgentDto = z.infer<typeof agentSchema>;

export const agentListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(MAX_PAGE_SIZE),
  cursor: z.string().max(1024).optional(),
});

export const availabilityBodySchema = z.object({ availability }).meta({ id: 'AgentAvailabilityChange' });

export const updateAgentBodySchema = z
  .object({ availability: availability.optional(), capacity: capacity.nullable().optional() })
  .refine(atLeastOne, nothingToChange)
  .meta({ id: 'UpdateTicketAgent' });

export const employeeIdParamsSchema = z.object({
  employeeId: z.coerce.number().int().min(1).max(2_147_483_647).describe('Employee id'),
});

// SLA policies ---------------------------------------------------------------------------------------------

const minutes = z.number().int().min(1).max(525_600).describe('Minutes of business time (at most a year)');
const actions = z
  .array(z.enum(escalationActions))
  .max(escalationActions.length)
  .refine((list) => new Set(list).size === list.length, 'actions must not repeat');

export const slaPolicySchema = z
  .object({
    id,
    name: z.string(),
    priority: priority.nullable().describe('null matches any priority'),
    clientTier: z.enum(clientTiers).nullable().describe('null matches any tier'),
    firstResponseMinutes: z.number().int(),
    resolutionMinutes: z.number().int(),
    warnShare: z.number().describe('Warn when this share of a target has passed'),
    calendarId: id.nullable().describe('Business hours; null counts round the clock'),
    calendarName: z.string().nullable(),
    onWarning: z.array(z.enum(escalationActions)),
    onBreach: z.array(z.enum(escalationActions)),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'SlaPolicy' });
export type SlaPolicyDto = z.infer<typeof slaPolicySchema>;

const warnShare = z.number().gt(0).lt(1);

export const createSlaPolicyBodySchema = z
  .object({
    name,
    priority: priority.nullable().default(null),
    clientTier: z.enum(clientTiers).nullable().default(null),
    firstResponseMinutes: minutes,
    resolutionMinutes: minutes,
    warnShare: warnShare.default(0.75),
    calendarId: positiveId.nullable().default(null),
    onWarning: actions.default([]),
    onBreach: actions.default([]),
  })
  .meta({ id: 'CreateSlaPolicy' });
export type CreateSlaPolicyBody = z.infer<typeof createSlaPolicyBodySchema>;

export const updateSlaPolicyBodySchema = z
  .object({
    name: name.optional(),
    priority: priority.nullable().optional(),
    clientTier: z.enum(clientTiers).nullable().optional(),
    firstResponseMinutes: minutes.optional(),
    resolutionMinutes: minutes.optional(),
    warnShare: warnShare.optional(),
    calendarId: positiveId.nullable().optional(),
    onWarning: actions.optional(),
    onBreach: actions.optional(),
  })
  .refine(atLeastOne, nothingToChange)
  .meta({ id: 'UpdateSlaPolicy' });
export type UpdateSlaPolicyBody = z.infer<typeof updateSlaPolicyBodySchema>;

// Business calendars ---------------------------------------------------------------------------------------

const openingHours = z
  .array(
    z.object({
      start: z.number().int().min(0).max(1440).describe('Minutes after local midnight, e.g. 540 for 09:00'),
      end: z.number().int().min(0).max(1440).describe('Minutes after local midnight; 1440 is midnight'),
    }),
  )
  .max(12);

export const weekSchema = z
  .strictObject({
    '1': openingHours.optional(),
    '2': openingHours.optional(),
    '3': openingHours.optional(),
    '4': openingHours.optional(),
    '5': openingHours.optional(),
    '6': openingHours.optional(),
    '7': openingHours.optional(),
  })
  .describe('Opening hours per ISO weekday (1 = Monday … 7 = Sunday)')
  .meta({ id: 'BusinessWeek' });

const holiday = z.object({ day: z.iso.date().describe('A local date in the calendar’s zone'), name });
const holidays = z
  .array(holiday)
  .max(1_000)
  .refine((list) => new Set(list.map((entry) => entry.day)).size === list.length, 'a day is listed twice');

export const calendarSchema = z
  .object({
    id,
    name: z.string(),
    timeZone: z.string(),
    week: weekSchema,
    holidays: z.array(z.object({ day: z.string(), name: z.string() })),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'BusinessCalendar' });
export type CalendarDto = z.infer<typeof calendarSchema>;

const timeZone = z.string().trim().min(1).max(64).describe('IANA time zone, e.g. Europe/Berlin');

export const createCalendarBodySchema = z
  .object({ name, timeZone, week: weekSchema, holidays: holidays.default([]) })
  .meta({ id: 'CreateBusinessCalendar' });
export type CreateCalendarBody = z.infer<typeof createCalendarBodySchema>;

export const updateCalendarBodySchema = z
  .object({
    name: name.optional(),
    timeZone: timeZone.optional(),
    week: weekSchema.optional(),
    holidays: holidays.optional().describe('Replaces the holidays'),
  })
  .refine(atLeastOne, nothingToChange)
  .meta({ id: 'UpdateBusinessCalendar' });
export type UpdateCalendarBody = z.infer<typeof updateCalendarBodySchema>;

// Support settings -----------------------------------------------------------------------------------------

const decimal = z.string().regex(/^\d{1,15}(\.\d{1,4})?$/, 'a decimal amount such as 10000 or 99.50');

export const priorityRulesSchema = z
  .object({
    fallback: priority.describe('When no rule matches'),
    keywords: z
      .array(
        z.object({
          words: z.array(z.string().trim().min(1).max(100)).min(1).max(100),
          priority,
        }),
      )
      .max(50),
    tiers: z.partialRecord(z.enum(clientTiers), priority),
    orderValues: z.array(z.object({ atLeast: decimal, priority })).max(20),
    channels: z.partialRecord(z.enum(ticketChannels), priority),
  })
  .meta({ id: 'PriorityRules' });

export const ticketSettingsSchema = z
  .object({
    priorityRules: priorityRulesSchema,
    reopenWindowHours: z
      .number()
      .int()
      .describe('How long after resolution a customer reply reopens a ticket'),
    version: z.number().int().describe('0 until first saved'),
    updatedAt: z.date(),
  })
  .meta({ id: 'TicketSettings' });
export type TicketSettingsDto = z.infer<typeof ticketSettingsSchema>;

export const ticketSettingsBodySchema = z
  .object({
    priorityRules: priorityRulesSchema,
    reopenWindowHours: z.number().int().min(0).max(8_760),
  })
  .meta({ id: 'TicketSettingsChange' });
export type TicketSettingsBody = z.infer<typeof ticketSettingsBodySchema>;

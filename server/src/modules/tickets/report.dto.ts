import { z } from 'zod';
import { ticketChannels, ticketPriorities, ticketStatuses } from './schema';

// ---------------------------------------------------------------------------------------------------------
// Queries

const timeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

// Kept as text: a bare day is midnight in `tz`, which only the service knows how to place.
const dayOrInstant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

const reportPeriodQuery = {
  from: dayOrInstant
    .optional()
    .describe('Start, inclusive (YYYY-MM-DD, midnight in `tz`, or a date-time); default 30 days before `to`'),
  to: dayOrInstant.optional().describe('End, exclusive; default now. At most two years after `from`'),
  tz: z
    .string()
    .refine((zone) => timeZones.has(zone), 'not an IANA time zone')
    .default('UTC')
    .describe('IANA time zone of bare days and of the trend periods'),
};

const scopeId = z.coerce.number().int().min(1).max(2_147_483_647);

// Narrows every figure to one agent, team, category, client, priority or channel (any of them together).
const reportScopeQuery = {
  agentId: scopeId.optional().describe('Only tickets assigned to this employee'),
  teamId: scopeId.optional().describe('Only tickets assigned to someone in this department'),
  categoryId: scopeId.optional(),
  clientId: scopeId.optional(),
  priority: z.enum(ticketPriorities).optional(),
  channel: z.enum(ticketChannels).optional(),
};
export type TicketReportScope = {
  [Key in keyof typeof reportScopeQuery]?: z.infer<(typeof reportScopeQuery)[Key]>;
};

export const ticketReportQuerySchema = z.object({ ...reportPeriodQuery, ...reportScopeQuery });
export type TicketReportQuery = z.infer<typeof ticketReportQuerySchema>;

export const ticketBacklogQuerySchema = z.object(reportScopeQuery);

export const ticketReportGroupings = ['agent', 'team', 'category', 'client', 'priority', 'channel'] as const;
export type TicketReportGrouping = (typeof ticketReportGroupings)[number];

export const ticketBreakdownQuerySchema = z.object({
  ...reportPeriodQuery,
  ...reportScopeQuery,
  by: z
    .enum(ticketReportGroupings)
    .default('agent')
    .describe('agent: the assignee; team: the assignee’s department'),
});
export type TicketBreakdownQuery = z.infer<typeof ticketBreakdownQuerySchema>;

export const ticketTrendIntervals = ['day', 'week', 'month'] as const;
export type TicketTrendInterval = (typeof ticketTrendIntervals)[number];

export const ticketTrendQuerySchema = z.object({
  ...reportPeriodQuery,
  ...reportScopeQuery,
  interval: z.enum(ticketTrendIntervals).default('day').describe('Weeks start on Monday'),
});
export type TicketTrendQuery = z.infer<typeof ticketTrendQuerySchema>;

// ---------------------------------------------------------------------------------------------------------
// Figures

const minutes = z.number().nullable();

const durationSchema = z.object({
  count: z.number().int().describe('Tickets measured'),
  median: minutes,
  average: minutes,
  p90: minutes.describe('90th percentile (interpolated)'),
});

const durationPairSchema = z.object({
  wall: durationSchema.describe('Clock time, in minutes'),
  business: durationSchema.describe('Business time on the SLA clock (pauses excluded), in minutes'),
});

const attainmentSchema = z.object({
  met: z.number().int(),
  total: z.number().int().describe('Tickets whose target is decided: reached, or missed'),
  rate: z.number().nullable().describe('met ÷ total, 0–1 with four decimals; null with none'),
});

const periodFigures = {
  created: z.number().int().describe('Tickets opened in the period (merged duplicates included)'),
  resolved: z.number().int().describe('Tickets resolved in the period and still resolved or closed'),
  firstResponse: durationPairSchema.describe('Tickets opened in the period and answered'),
  resolution: durationPairSchema.describe('Tickets resolved in the period, from opening to resolution'),
  sla: z.object({
    firstResponse: attainmentSchema.describe(
      'Tickets opened in the period with an SLA: answered within target, among those answered or past due',
    ),
    resolution: attainmentSchema.describe(
      'Tickets resolved in the period with an SLA: resolved within target',
    ),
  }),
  reopen: z.object({
    reopened: z.number().int().describe('Resolved tickets that had been reopened at least once'),
    rate: z.number().nullable().describe('reopened ÷ resolved, 0–1 with four decimals'),
  }),
  csat: z.object({
    average: z.number().nullable().describe('Mean score 1–5, two decimals'),
    count: z.number().int().describe('Resolved tickets rated (each ticket’s latest answer)'),
  }),
};

const figures = {
  ...periodFigures,
  backlog: z.number().int().describe('Tickets open now (new, open, pending, on hold), whatever their age'),
};

export const ticketFiguresSchema = z.object(figures).meta({ id: 'TicketReportFigures' });
export type TicketFigures = z.infer<typeof ticketFiguresSchema>;
export type TicketPeriodFigures = Omit<TicketFigures, 'backlog'>;

const reportWindow = {
  from: z.date(),
  to: z.date(),
  timeZone: z.string(),
};

export const ticketSummarySchema = z
  .object({ ...reportWindow, totals: ticketFiguresSchema })
  .meta({ id: 'TicketReportSummary' });
export type TicketSummary = z.infer<typeof ticketSummarySchema>;

export const ticketBreakdownSchema = z
  .object({
    ...reportWindow,
    by: z.enum(ticketReportGroupings),
    groupCount: z.number().int().describe('Groups with any ticket; only the 50 biggest are listed'),
    groups: z.array(
      z.object({
        key: z
          .string()
          .nullable()
          .describe('Id of the agent, team, category or client; the priority or channel; null for none'),
        label: z.string(),
        ...figures,
      }),
    ),
  })
  .meta({ id: 'TicketReportBreakdown' });
export type TicketBreakdown = z.infer<typeof ticketBreakdownSchema>;

export const ticketTrendSchema = z
  .object({
    ...reportWindow,
    interval: z.enum(ticketTrendIntervals),
    periods: z.array(
      z.object({
        period: z.string().describe('First local day of the period in `tz`, YYYY-MM-DD'),
        start: z.date().describe('The instant it starts'),
        ...periodFigures,
      }),
    ),
  })
  .meta({ id: 'TicketReportTrend' });
export type TicketTrend = z.infer<typeof ticketTrendSchema>;

export const backlogAgeBuckets = ['under_1d', '1_3d', '3_7d', '7_30d', 'over_30d'] as const;
export type BacklogAgeBucket = (typeof backlogAgeBuckets)[number];

const byPrioritySchema = z.object(
  Object.fromEntries(ticketPriorities.map((priority) => [priority, z.number().int()])) as Record<
    (typeof ticketPriorities)[number],
    z.ZodNumber
  >,
);

export const ticketBacklogSchema = z
  .object({
    asOf: z.date(),
    total: z.number().int().describe('Tickets new, open, pending or on hold'),
    breached: z.number().int().describe('Of them, past a first-response or resolution target'),
    ages: z.array(
      z.object({
        bucket: z.enum(backlogAgeBuckets).describe('Age since opening: < 1 day, 1–3, 3–7, 7–30, > 30 days'),
        total: z.number().int(),
        byPriority: byPrioritySchema,
      }),
    ),
    byStatus: z.array(z.object({ status: z.enum(ticketStatuses), count: z.number().int() })),
  })
  .meta({ id: 'TicketBacklogReport' });
export type TicketBacklog = z.infer<typeof ticketBacklogSchema>;

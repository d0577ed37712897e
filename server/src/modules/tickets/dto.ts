import { z } from 'zod';
import { MAX_PAGE_SIZE } from '../../platform/http/pagination';
import {
  commentVisibilities,
  prioritySources,
  ticketChannels,
  ticketPriorities,
  ticketStatuses,
} from './schema';

// ---------------------------------------------------------------------------------------------------------
// Inputs

const id = z.number().int().min(1).max(2_147_483_647);
const queryId = z.coerce.number().int().min(1).max(2_147_483_647);
const title = z.string().trim().min(1).max(255);
const description = z.string().trim().min(1).max(20_000);
const reason = z.string().trim().min(1).max(1_000);

/** Tags are short labels, compared case-insensitively: kept trimmed and lower-case, without repeats. */
const tag = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .transform((value) => value.toLowerCase());
const tags = z
  .array(tag)
  .max(20)
  .transform((values) => [...new Set(values)]);

/** A query parameter given once, repeated, or as a comma list, as one list of allowed values. */
function listParameter<const Value extends string>(values: readonly [Value, ...Value[]]) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((raw) =>
      (Array.isArray(raw) ? raw : [raw])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).min(1).max(values.length))
    .transform((list) => [...new Set(list)]);
}

export const ticketViews = ['all', 'mine', 'unassigned', 'breaching', 'queue'] as const;
export type TicketView = (typeof ticketViews)[number];
export const ticketSorts = ['updatedAt', '-updatedAt', 'createdAt', '-createdAt', 'dueAt'] as const;
export type TicketSort = (typeof ticketSorts)[number];

export const ticketListQuerySchema = z.object({
  view: z
    .enum(ticketViews)
    .default('all')
    .describe(
      '`mine`: active tickets assigned to you; `unassigned`: active tickets nobody has; `breaching`: active tickets by their next SLA deadline, soonest first; `queue`: active tickets of `queueId`. Ignored for customers.',
    ),
  status: listParameter(ticketStatuses).optional().describe('Repeat or comma-separate for several'),
  priority: listParameter(ticketPriorities).optional().describe('Repeat or comma-separate for several'),
  clientId: queryId.optional().describe("Only this client's tickets"),
  assignedTo: z
    .union([z.literal('me'), queryId])
    .optional()
    .describe('Employee id of the assignee, or `me` for the employee linked to your account'),
  queueId: queryId.optional(),
  categoryId: queryId.optional(),
  tag: tag.optional(),
  channel: z.enum(ticketChannels).optional(),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || undefined)
    .describe('Searches titles'),
  sort: z
    .enum(ticketSorts)
    .optional()
    .describe(
      '`-updatedAt` by default; `unassigned` defaults to `createdAt` (oldest waiting first); `breaching` always sorts by `dueAt`, which no other view accepts',
    ),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  cursor: z.string().max(1024).optional().describe('The `nextCursor` of the previous page'),
});
export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

export const createTicketBodySchema = z
  .object({
    title,
    description,
    clientId: id.optional().describe('Staff: the client; customers always open tickets for their own'),
    channel: z.enum(ticketChannels).optional().describe("Staff: required; customers' tickets are `portal`"),
    categoryId: id.optional(),
    orderId: id.optional().describe("The order it is about; must be the client's"),
    tags: tags.optional().describe('Staff only'),
    requesterContactId: id.optional().describe("Staff only: the client's contact who asked"),
    requesterEmail: z.email().max(255).optional().describe('Staff only'),
    requesterName: z.string().trim().min(1).max(255).optional().describe('Staff only'),
    priority: z
      .enum(ticketPriorities)
      .optional()
      .describe('Staff only: overrides the rules; requires `priorityReason`'),
    priorityReason: reason.optional(),
  })
  .strict();
export type CreateTicketInput = z.infer<typeof createTicketBodySchema>;

/** Body fields only staff may send when opening a ticket. */
export const staffOnlyCreateFields = [
  'clientId',
  'channel',
  'tags',
  'requesterContactId',
  'requesterEmail',
  'requesterName',
  'priority',
  'priorityReason',
] as const satisfies readonly (keyof CreateTicketInput)[];

export const updateTicketBodySchema = z
  .object({
    title,
    description: description.nullable(),
    categoryId: id.nullable(),
    tags,
    orderId: id.nullable(),
    priority: z.enum(ticketPriorities),
    priorityReason: reason.describe('Required when `priority` changes; kept with the ticket'),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'send at least one field to change');
export type UpdateTicketInput = z.infer<typeof updateTicketBodySchema>;

export const changeStatusBodySchema = z
  .object({ status: z.enum(ticketStatuses), reason: reason.optional() })
  .strict();
export type ChangeStatusInput = z.infer<typeof changeStatusBodySchema>;

export const assignTicketBodySchema = z
  .object({
    employeeId: id.nullable().describe('null unassigns'),
    reason: reason.optional(),
  })
  .strict();
export type AssignTicketInput = z.infer<typeof assignTicketBodySchema>;

export const closeTicketBodySchema = z.object({ reason: reason.optional() }).strict().optional();

export const mergeTicketBodySchema = z
  .object({ intoTicketId: id.describe('The ticket that stays; same client, not closed') })
  .strict();

export const commentBodySchema = z
  .object({
    body: z.string().trim().min(1).max(20_000),
    visibility: z
      .enum(commentVisibilities)
      .default('public')
      .describe('`internal` notes are for staff only; customers may not send them'),
  })
  .strict();
export type CommentInput = z.infer<typeof commentBodySchema>;

const bulkIds = z
  .array(id)
  .min(1)
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, 'ids must not repeat');

export const bulkActionBodySchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('status'),
      ids: bulkIds,
      status: z.enum(ticketStatuses),
      reason: reason.optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal('assign'),
      ids: bulkIds,
      employeeId: id.nullable(),
      reason: reason.optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal('priority'),
      ids: bulkIds,
      priority: z.enum(ticketPriorities),
      reason: reason.describe('Why; kept as the priority reason'),
    })
    .strict(),
  z.object({ action: z.literal('add_tag'), ids: bulkIds, tag, reason: reason.optional() }).strict(),
]);
export type BulkActionInput = z.infer<typeof bulkActionBodySchema>;

export const threadQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z.string().max(1024).optional().describe('The `nextCursor` of the previous page'),
});
export type ThreadQuery = z.infer<typeof threadQuerySchema>;

// ---------------------------------------------------------------------------------------------------------
// Outputs

export const slaStates = ['none', 'running', 'warning', 'breached', 'paused', 'met', 'missed'] as const;
export type SlaState = (typeof slaStates)[number];

const slaSummarySchema = z.object({
  firstResponseDueAt: z.date().nullable().describe('Null once answered, while paused, or with no policy'),
  resolutionDueAt: z.date().nullable(),
  state: z.enum(slaStates),
});

export const ticketSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    status: z.enum(ticketStatuses),
    priority: z.enum(ticketPriorities),
    channel: z.enum(ticketChannels),
    clientId: z.number().int(),
    clientName: z.string(),
    assignedTo: z.number().int().nullable().describe('Employee id of the assignee; null for customers'),
    assigneeName: z.string().nullable(),
    queueId: z.number().int().nullable().describe('Null for customers'),
    queueName: z.string().nullable(),
    categoryId: z.number().int().nullable(),
    categoryName: z.string().nullable(),
    tags: z.array(z.string()),
    requesterName: z.string().nullable(),
    requesterEmail: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    firstRespondedAt: z.date().nullable(),
    resolvedAt: z.date().nullable(),
    sla: slaSummarySchema.nullable().describe('Null for customers'),
  })
  .meta({ id: 'TicketSummary' });
export type TicketSummaryDto = z.infer<typeof ticketSummarySchema>;

const slaTargetSchema = z.object({
  dueAt: z.date().nullable(),
  warnAt: z.date().nullable(),
  state: z.enum(slaStates),
  targetMinutes: z.number().int(),
  elapsedBusinessMinutes: z.number().int(),
  completedAt: z.date().nullable().describe('When the target was reached (first reply, resolution)'),
  breachedAt: z.date().nullable().describe('When the sweep recorded the breach'),
});

export const ticketDetailSchema = ticketSummarySchema
  .extend({
    description: z.string().nullable(),
    orderId: z.number().int().nullable(),
    orderNumber: z.string().nullable().describe('How the apps name the related order (#id)'),
    orderTotal: z.string().nullable().describe('The related order total, a decimal string'),
    orderCurrency: z.string().nullable(),
    requesterUserId: z.number().int().nullable(),
    requesterContactId: z.number().int().nullable(),
    prioritySource: z.enum(prioritySources),
    priorityReason: z.string().nullable().describe('Why it has its priority; null for customers'),
    assignedAt: z.date().nullable(),
    mergedIntoId: z.number().int().nullable(),
    reopenCount: z.number().int(),
    closedAt: z.date().nullable(),
    version: z.number().int(),
    allowedTransitions: z.array(z.enum(ticketStatuses)).describe('Statuses you may move it to now'),
    sla: slaSummarySchema
      .extend({
        policyName: z.string().nullable(),
        firstResponse: slaTargetSchema.nullable(),
        resolution: slaTargetSchema.nullable(),
      })
      .nullable()
      .describe('Null for customers'),
  })
  .meta({ id: 'TicketDetail' });
export type TicketDetailDto = z.infer<typeof ticketDetailSchema>;

export const ticketAttachmentSummarySchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
});

export const ticketCommentSchema = z
  .object({
    id: z.number().int(),
    body: z.string(),
    visibility: z.enum(commentVisibilities),
    authorKind: z.enum(['staff', 'customer', 'system']),
    authorName: z.string(),
    authorUserId: z.number().int().nullable().describe("Staff authors' accounts are not shown to customers"),
    createdAt: z.date(),
    attachments: z.array(ticketAttachmentSummarySchema),
  })
  .meta({ id: 'TicketComment' });
export type TicketCommentDto = z.infer<typeof ticketCommentSchema>;

export const ticketHistoryEntrySchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    actorName: z.string(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.date(),
  })
  .meta({ id: 'TicketHistoryEntry' });
export type TicketHistoryEntryDto = z.infer<typeof ticketHistoryEntrySchema>;

export const bulkActionResultSchema = z
  .object({
    results: z.array(
      z.object({
        id: z.number().int(),
        ok: z.boolean(),
        problem: z
          .object({ status: z.number().int(), code: z.string(), detail: z.string() })
          .loose()
          .optional()
          .describe('Why this ticket was left as it was; the same problem a single request would get'),
      }),
    ),
  })
  .meta({ id: 'TicketBulkResult' });
export type BulkActionResult = z.infer<typeof bulkActionResultSchema>;

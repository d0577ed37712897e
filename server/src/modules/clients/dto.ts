import { z } from 'zod';
import { listQuerySchema, MAX_PAGE_SIZE } from '../../platform/http/pagination';
import { importFieldTypes } from './client-csv.util';
import {
  clientStages,
  clientStatuses,
  clientTiers,
  customFieldTypes,
  interactionKinds,
  satisfactionKinds,
  taskSources,
  taskStatuses,
} from './schema';

// ---------------------------------------------------------------------------------------------------
// Shared field shapes
// ---------------------------------------------------------------------------------------------------

const optionalText = (max: number) => z.string().trim().max(max).nullable();
const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{3,50}$/, 'digits, spaces and + ( ) . - only')
  .nullable();
/** An amount as a decimal string with at most two decimals, e.g. "125000.00" (never a JSON number). */
export const amountSchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'a decimal amount with at most 12 digits and 2 decimals, e.g. "1250.50"');
const tagSchema = z.string().trim().min(1).max(50);
const tagsSchema = z
  .array(tagSchema)
  .max(30)
  .transform((tags) => [...new Set(tags)]);
const countrySchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. "DE"'))
  .nullable();
const dateOnlySchema = z.iso.date();
const customFieldValuesSchema = z
  .record(z.string().max(50), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]))
  .describe('Values of the admin-defined custom fields, by key; null removes a value');

// ---------------------------------------------------------------------------------------------------
// Clients
// ---------------------------------------------------------------------------------------------------

export const clientSchema = z
  .object({
    id: z.number().int(),
    companyName: z.string(),
    contactPerson: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    industry: z.string().nullable(),
    status: z.enum(clientStatuses),
    stage: z.enum(clientStages),
    tier: z.enum(clientTiers),
    ownerUserId: z.number().int().nullable().describe('The account manager (a staff user)'),
    ownerName: z.string().nullable().describe('The account manager’s name (their email when they have none)'),
    website: z.string().nullable(),
    addressLine1: z.string().nullable(),
    addressLine2: z.string().nullable(),
    city: z.string().nullable(),
    region: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string().nullable(),
    annualRevenue: z.string().nullable().describe('Decimal string'),
    tags: z.array(z.string()),
    notes: z.string().nullable().describe('Internal notes; always null for customer accounts'),
    customFields: z.record(z.string(), z.unknown()),
    renewalDate: z.string().nullable(),
    lastContactAt: z.date().nullable(),
    archivedAt: z.date().nullable(),
    mergedIntoId: z.number().int().nullable(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Client' });

export type ClientDto = z.infer<typeof clientSchema>;

/** Fields a client is created with; also what a CSV import row maps onto. */
const clientFieldsSchema = z.object({
  companyName: z.string().trim().min(1).max(255),
  contactPerson: optionalText(255),
  email: z.string().trim().max(255).pipe(z.email()).nullable(),
  phone: phoneSchema,
  industry: optionalText(100),
  status: z.enum(clientStatuses),
  tier: z.enum(clientTiers),
  ownerUserId: z.number().int().min(1).nullable(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(255)
    .nullable(),
  addressLine1: optionalText(255),
  addressLine2: optionalText(255),
  city: optionalText(100),
  region: optionalText(100),
  postalCode: optionalText(20),
  country: countrySchema,
  annualRevenue: amountSchema.nullable(),
  tags: tagsSchema,
  notes: optionalText(10_000),
  customFields: customFieldValuesSchema,
  renewalDate: dateOnlySchema.nullable(),
});

export const createClientBodySchema = clientFieldsSchema
  .partial()
  .required({ companyName: true })
  .extend({ stage: z.enum(clientStages).optional().describe('Initial pipeline stage; lead by default') })
  .strict();
export type CreateClientInput = z.infer<typeof createClientBodySchema>;

export const updateClientBodySchema = clientFieldsSchema
  .partial()
  .strict()
  .describe('Stage changes go through POST /api/clients/{id}/stage; archiving through /archive.');
export type UpdateClientInput = z.infer<typeof updateClientBodySchema>;

export const clientFilterSchema = z.object({
  stage: z.enum(clientStages).optional(),
  tier: z.enum(clientTiers).optional(),
  ownerUserId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  tag: tagSchema.optional(),
  industry: z.string().trim().min(1).max(100).optional(),
  archived: z
    .enum(['false', 'true', 'all'])
    .default('false')
    .describe('false (default): working clients; true: only archived; all: both'),
});

export const clientListQuerySchema = listQuerySchema(
  ['companyName', 'createdAt', 'id'],
  'companyName',
).extend(clientFilterSchema.shape);
export type ClientListQuery = z.infer<typeof clientListQuerySchema>;

export const clientExportQuerySchema = clientListQuerySchema.omit({ limit: true, cursor: true });
export type ClientExportQuery = z.infer<typeof clientExportQuerySchema>;

export const archiveBodySchema = z
  .object({ reason: z.string().trim().max(1000).optional() })
  .strict()
  .default({});

// ---------------------------------------------------------------------------------------------------
// Lifecycle stage and pipeline
// ---------------------------------------------------------------------------------------------------

export const stageChangeBodySchema = z
  .object({
    stage: z.enum(clientStages),
    reason: z.string().trim().min(1).max(1000).optional().describe('Required when moving to churned'),
  })
  .strict();

export const pipelineQuerySchema = clientListQuerySchema
  .omit({ cursor: true, stage: true, archived: true })
  .extend({
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(10).describe('Cards per stage'),
  });
export type PipelineQuery = z.infer<typeof pipelineQuerySchema>;

export const pipelineSchema = z.object({
  stages: z.array(
    z.object({
      stage: z.enum(clientStages),
      count: z.number().int(),
      items: z.array(clientSchema),
      nextCursor: z
        .string()
        .nullable()
        .describe('Continue with GET /api/clients?stage=…&sort=…&cursor=… (same sort and filters)'),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------------
// Contacts
// ---------------------------------------------------------------------------------------------------

export const contactSchema = z
  .object({
    id: z.number().int(),
    clientId: z.number().int(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    jobTitle: z.string().nullable(),
    isPrimary: z.boolean(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ClientContact' });
export type ContactDto = z.infer<typeof contactSchema>;

const contactFieldsSchema = z.object({
  name: z.string().trim().min(1).max(255),
  email: z.string().trim().max(255).pipe(z.email()).nullable(),
  phone: phoneSchema,
  jobTitle: optionalText(100),
  isPrimary: z.boolean().describe('Making a contact primary makes the previous primary an ordinary contact'),
});
export const createContactBodySchema = contactFieldsSchema.partial().required({ name: true }).strict();
export const updateContactBodySchema = contactFieldsSchema.partial().strict();
export type ContactInput = z.infer<typeof updateContactBodySchema>;

export const contactParamsSchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647).describe('Client id'),
  contactId: z.coerce.number().int().min(1).max(2_147_483_647),
});

// ---------------------------------------------------------------------------------------------------
// Custom fields
// ---------------------------------------------------------------------------------------------------

export const customFieldSchema = z
  .object({
    id: z.number().int(),
    key: z.string(),
    label: z.string(),
    type: z.enum(customFieldTypes),
    options: z.array(z.string()),
    required: z.boolean(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'CustomFieldDefinition' });
export type CustomFieldDto = z.infer<typeof customFieldSchema>;

const optionsSchema = z
  .array(z.string().trim().min(1).max(100))
  .max(100)
  .refine((options) => new Set(options).size === options.length, 'options must be unique');

export const createCustomFieldBodySchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,49}$/, 'lower-case letters, digits and _, starting with a letter'),
    label: z.string().trim().min(1).max(255),
    type: z.enum(customFieldTypes),
    options: optionsSchema.default([]).describe('The allowed values of a select field'),
    required: z.boolean().default(false),
  })
  .strict()
  .superRefine((field, context) => {
    if (field.type === 'select' && field.options.length === 0)
      context.addIssue({ code: 'custom', path: ['options'], message: 'a select field needs options' });
    if (field.type !== 'select' && field.options.length > 0)
      context.addIssue({ code: 'custom', path: ['options'], message: 'only select fields have options' });
  });

export const updateCustomFieldBodySchema = z
  .object({
    label: z.string().trim().min(1).max(255),
    options: optionsSchema,
    required: z.boolean(),
  })
  .partial()
  .strict()
  .describe('The key and type of a field are fixed once it exists; values are stored under the key.');

// ---------------------------------------------------------------------------------------------------
// Interactions and timeline
// ---------------------------------------------------------------------------------------------------

export const interactionSchema = z
  .object({
    id: z.number().int(),
    clientId: z.number().int(),
    contactId: z.number().int().nullable(),
    kind: z.enum(interactionKinds),
    subject: z.string(),
    body: z.string().nullable(),
    occurredAt: z.date(),
    durationMinutes: z.number().int().nullable(),
    authorUserId: z.number().int().nullable(),
    authorName: z.string().nullable().describe('Who logged it (their email when they have no name)'),
    createdAt: z.date(),
  })
  .meta({ id: 'ClientInteraction' });

export const createInteractionBodySchema = z
  .object({
    kind: z.enum(interactionKinds),
    subject: z.string().trim().min(1).max(255),
    body: z.string().max(20_000).optional(),
    occurredAt: z.iso
      .datetime({ offset: true })
      .transform((value) => new Date(value))
      .optional()
      .describe('Defaults to now'),
    durationMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .optional(),
    contactId: z.number().int().min(1).optional().describe('A contact of this client'),
  })
  .strict();
export type InteractionInput = z.infer<typeof createInteractionBodySchema>;

export const interactionListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  cursor: z.string().max(1024).optional(),
  kind: z.enum(interactionKinds).optional(),
});

export const timelineTypes = ['interaction', 'order', 'payment', 'ticket', 'stage_change'] as const;
export type TimelineType = (typeof timelineTypes)[number];

export const timelineQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  cursor: z.string().max(1024).optional(),
  types: z
    .string()
    .max(200)
    .transform((value) => value.split(',').map((type) => type.trim()))
    .pipe(z.array(z.enum(timelineTypes)).min(1))
    .optional()
    .describe(`Comma-separated: ${timelineTypes.join(', ')}`),
});

const timelineBase = { id: z.number().int(), occurredAt: z.date(), title: z.string() };
export const timelineItemSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('interaction'),
      ...timelineBase,
      data: z.object({
        kind: z.enum(interactionKinds),
        body: z.string().nullable(),
        authorUserId: z.number().int().nullable(),
        authorName: z.string().nullable(),
        contactId: z.number().int().nullable(),
        durationMinutes: z.number().int().nullable(),
      }),
    }),
    z.object({
      type: z.literal('order'),
      ...timelineBase,
      data: z.object({ status: z.string(), totalAmount: z.string(), currency: z.string() }),
    }),
    z.object({
      type: z.literal('payment'),
      ...timelineBase,
      data: z.object({
        kind: z.string(),
        amount: z.string(),
        method: z.string(),
        reference: z.string().nullable(),
        orderId: z.number().int(),
      }),
    }),
    z.object({
      type: z.literal('ticket'),
      ...timelineBase,
      data: z.object({ status: z.string(), priority: z.string() }),
    }),
    z.object({
      type: z.literal('stage_change'),
      ...timelineBase,
      data: z.object({
        fromStage: z.string().nullable(),
        toStage: z.string(),
        reason: z.string().nullable(),
        changedBy: z.number().int().nullable(),
        changedByName: z.string().nullable(),
      }),
    }),
  ])
  .meta({ id: 'ClientTimelineItem' });
export type TimelineItem = z.infer<typeof timelineItemSchema>;

// ---------------------------------------------------------------------------------------------------
// Satisfaction
// ---------------------------------------------------------------------------------------------------

export const satisfactionResponseSchema = z
  .object({
    id: z.number().int(),
    clientId: z.number().int(),
    kind: z.enum(satisfactionKinds),
    score: z.number().int(),
    comment: z.string().nullable(),
    ticketId: z.number().int().nullable(),
    respondentUserId: z.number().int().nullable(),
    respondedAt: z.date(),
    createdAt: z.date(),
  })
  .meta({ id: 'SatisfactionResponse' });

export const recordSatisfactionBodySchema = z
  .object({
    kind: z.enum(satisfactionKinds),
    score: z.number().int(),
    comment: z.string().trim().max(5000).optional(),
    ticketId: z.number().int().min(1).optional().describe('The ticket whose survey this answers'),
    respondedAt: z.iso
      .datetime({ offset: true })
      .transform((value) => new Date(value))
      .optional(),
  })
  .strict()
  .superRefine((response, context) => {
    const [min, max] = response.kind === 'csat' ? [1, 5] : [0, 10];
    if (response.score < min || response.score > max) {
      context.addIssue({
        code: 'custom',
        path: ['score'],
        message: `a ${response.kind} score is between ${min} and ${max}`,
      });
    }
  });
export type SatisfactionInput = z.infer<typeof recordSatisfactionBodySchema>;

export const satisfactionFiguresSchema = z
  .object({
    csat: z.object({
      average: z.number().nullable().describe('Mean score 1–5, two decimals; null without responses'),
      count: z.number().int(),
      distribution: z.record(z.string(), z.number().int()).describe('Responses per score 1–5'),
    }),
    nps: z.object({
      score: z.number().nullable().describe('% promoters (9–10) − % detractors (0–6), one decimal'),
      count: z.number().int(),
      promoters: z.number().int(),
      passives: z.number().int(),
      detractors: z.number().int(),
    }),
  })
  .meta({ id: 'SatisfactionFigures' });
export type SatisfactionFigures = z.infer<typeof satisfactionFiguresSchema>;

export const clientSatisfactionSchema = satisfactionFiguresSchema.extend({
  recent: z.array(satisfactionResponseSchema).describe('The 20 latest responses'),
});

export const satisfactionReportQuerySchema = z.object({
  from: z.iso.date().optional().describe('Inclusive, UTC'),
  to: z.iso.date().optional().describe('Exclusive, UTC'),
});

export const satisfactionReportSchema = satisfactionFiguresSchema.extend({
  byMonth: z.array(
    z.object({
      month: z.string().describe('YYYY-MM'),
      csatAverage: z.number().nullable(),
      csatCount: z.number().int(),
      npsScore: z.number().nullable(),
      npsCount: z.number().int(),
    }),
  ),
  byTier: z.array(
    z.object({
      tier: z.enum(clientTiers),
      csatAverage: z.number().nullable(),
      csatCount: z.number().int(),
      npsScore: z.number().nullable(),
      npsCount: z.number().int(),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------------
// RFM
// ---------------------------------------------------------------------------------------------------

export const rfmSchema = z
  .object({
    clientId: z.number().int(),
    recency: z.number().int().nullable().describe('1–5; 5 = ordered most recently'),
    frequency: z.number().int().nullable().describe('1–5; 5 = most orders'),
    monetary: z.number().int().nullable().describe('1–5; 5 = highest total'),
    score: z.number().int().nullable().describe('recency + frequency + monetary, 3–15'),
    lastOrderAt: z.date().nullable(),
    orderCount: z.number().int(),
    totalAmount: z.string().describe('Sum of counted orders, decimal string'),
    asOf: z
      .date()
      .describe(
        'When the scores were computed: they are recomputed for all clients periodically (every 15 minutes ' +
          'by default), so orders since then are not in them yet',
      ),
  })
  .meta({ id: 'ClientRfm' });
export type RfmDto = z.infer<typeof rfmSchema>;

// ---------------------------------------------------------------------------------------------------
// Segments
// ---------------------------------------------------------------------------------------------------

const scoreRange = (min: number, max: number) =>
  z
    .object({ min: z.number().min(min).max(max).optional(), max: z.number().min(min).max(max).optional() })
    .strict()
    .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
      message: 'min must not exceed max',
    });

export const segmentRulesSchema = z
  .object({
    industries: z.array(z.string().trim().min(1).max(100)).min(1).max(50).optional().describe('Any of'),
    stages: z.array(z.enum(clientStages)).min(1).optional().describe('Any of'),
    tiers: z.array(z.enum(clientTiers)).min(1).optional().describe('Any of'),
    ownerUserIds: z.array(z.number().int().min(1)).min(1).max(100).optional().describe('Any of'),
    tags: z.array(tagSchema).min(1).max(20).optional().describe('Has every one of'),
    annualRevenue: z
      .object({ min: amountSchema.optional(), max: amountSchema.optional() })
      .strict()
      .optional()
      .describe('Inclusive range'),
    lastOrder: z
      .object({
        before: z.iso.date().optional().describe('Last order earlier than this day (UTC)'),
        after: z.iso.date().optional().describe('Last order on or after this day (UTC)'),
      })
      .strict()
      .optional()
      .describe('Clients without orders never match'),
    rfm: z
      .object({
        recency: scoreRange(1, 5).optional(),
        frequency: scoreRange(1, 5).optional(),
        monetary: scoreRange(1, 5).optional(),
        score: scoreRange(3, 15).optional(),
      })
      .strict()
      .optional()
      .describe('Inclusive ranges; clients without orders have no RFM score and never match'),
    satisfaction: z
      .object({ csat: scoreRange(1, 5).optional(), nps: scoreRange(-100, 100).optional() })
      .strict()
      .optional()
      .describe('Average CSAT and NPS of the client; clients without responses never match'),
  })
  .strict()
  .meta({ id: 'SegmentRules' });
export type SegmentRules = z.infer<typeof segmentRulesSchema>;

export const segmentSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    description: z.string().nullable(),
    rules: segmentRulesSchema,
    createdBy: z.number().int().nullable(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ClientSegment' });

export const createSegmentBodySchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    description: z.string().trim().max(2000).nullable().optional(),
    rules: segmentRulesSchema,
  })
  .strict();
export const updateSegmentBodySchema = createSegmentBodySchema.partial().strict();

export const segmentListQuerySchema = listQuerySchema(['name', 'createdAt', 'id'], 'name');
export const segmentClientsQuerySchema = listQuerySchema(
  ['companyName', 'createdAt', 'id'],
  'companyName',
).omit({ q: true });
export const segmentPreviewBodySchema = z.object({ rules: segmentRulesSchema }).strict();

// ---------------------------------------------------------------------------------------------------
// Tasks and relationship rules
// ---------------------------------------------------------------------------------------------------

export const taskSchema = z
  .object({
    id: z.number().int(),
    clientId: z.number().int(),
    title: z.string(),
    description: z.string().nullable(),
    dueAt: z.date().nullable(),
    assigneeEmployeeId: z.number().int().nullable(),
    assigneeName: z.string().nullable().describe('The assigned employee’s name'),
    status: z.enum(taskStatuses),
    completedAt: z.date().nullable(),
    source: z.enum(taskSources),
    ruleKey: z.string().nullable(),
    reminderSentAt: z.date().nullable(),
    createdBy: z.number().int().nullable().describe('The user who created it; null for rule-made tasks'),
    createdByName: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ClientTask' });
export type TaskDto = z.infer<typeof taskSchema>;

const isoDateTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

export const createTaskBodySchema = z
  .object({
    clientId: z.number().int().min(1),
    title: z.string().trim().min(1).max(255),
    description: z.string().max(10_000).nullable().optional(),
    dueAt: isoDateTime.nullable().optional(),
    assigneeEmployeeId: z.number().int().min(1).nullable().optional(),
  })
  .strict();
export type CreateTaskInput = z.infer<typeof createTaskBodySchema>;

export const updateTaskBodySchema = z
  .object({
    title: z.string().trim().min(1).max(255),
    description: z.string().max(10_000).nullable(),
    dueAt: isoDateTime.nullable(),
    assigneeEmployeeId: z.number().int().min(1).nullable(),
    status: z.enum(taskStatuses),
  })
  .partial()
  .strict();
export type UpdateTaskInput = z.infer<typeof updateTaskBodySchema>;

export const taskListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  cursor: z.string().max(1024).optional(),
  sort: z.enum(['dueAt', '-createdAt']).default('dueAt').describe('dueAt: soonest first, undated last'),
  clientId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  assigneeEmployeeId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  status: z.enum(taskStatuses).optional(),
  dueBefore: isoDateTime.optional().describe('Only tasks due before this instant'),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

export const relationshipRuleKinds = ['no_contact', 'renewal_due'] as const;
export const relationshipRuleSchema = z
  .object({
    kind: z.enum(relationshipRuleKinds),
    days: z.number().int().describe('no_contact: days without contact; renewal_due: days before the renewal'),
    isActive: z.boolean(),
    version: z.number().int().describe('0 while the rule has never been saved'),
    updatedAt: z.date().nullable(),
  })
  .meta({ id: 'RelationshipRule' });
export type RelationshipRuleDto = z.infer<typeof relationshipRuleSchema>;

export const relationshipRuleParamsSchema = z.object({ kind: z.enum(relationshipRuleKinds) });
export const updateRelationshipRuleBodySchema = z
  .object({ days: z.number().int().min(1).max(3650), isActive: z.boolean() })
  .strict();

export const ruleRunResultSchema = z.object({
  tasksCreated: z.number().int(),
  remindersSent: z.number().int(),
});

// ---------------------------------------------------------------------------------------------------
// Duplicates, merge, import
// ---------------------------------------------------------------------------------------------------

export const duplicateCandidateSchema = z.object({
  client: clientSchema,
  reasons: z.array(z.enum(['same_email_domain', 'similar_name'])),
  nameSimilarity: z.number().describe('Trigram similarity of the company names, 0–1'),
});

export const mergeBodySchema = z
  .object({ duplicateId: z.number().int().min(1).describe('The client merged into this one, then archived') })
  .strict();

export const mergeResultSchema = z.object({
  client: clientSchema,
  moved: z.object({
    contacts: z.number().int(),
    interactions: z.number().int(),
    tasks: z.number().int(),
    satisfactionResponses: z.number().int(),
    orders: z.number().int(),
    tickets: z.number().int(),
    customerAccounts: z.number().int(),
  }),
});

export const importQuerySchema = z.object({
  mapping: z
    .string()
    .max(10_000)
    .optional()
    .describe(
      'JSON object from CSV header to field, e.g. {"Company":"companyName","Owner":"ownerEmail","Region code":"custom.region_code"}. ' +
        'Without it, headers are matched to field names (companyName, company_name or "Company name").',
    ),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Validate every row and report, importing nothing'),
});

export const importFieldSchema = z
  .object({
    key: z.string().describe('What a mapping names: a client field, or custom.<key> for a custom field'),
    label: z.string().describe('English; a custom field’s label as its admin wrote it'),
    required: z.boolean().describe('Every imported row needs a value'),
    type: z
      .enum(importFieldTypes)
      .describe('How a cell is read: enum takes one of `values`, tags a list separated by ; or |'),
    values: z.array(z.string()).nullable().describe('The allowed values of an enum field; null otherwise'),
    description: z.string().nullable().describe('What a cell should look like, where the type does not say'),
  })
  .meta({ id: 'ClientImportField' });
export type ImportFieldDto = z.infer<typeof importFieldSchema>;

export const importReportSchema = z
  .object({
    dryRun: z.boolean(),
    totalRows: z.number().int(),
    imported: z.number().int().describe('Rows imported (or, on a dry run, that would be)'),
    failed: z.number().int(),
    created: z.array(z.object({ line: z.number().int(), id: z.number().int() })),
    errors: z.array(
      z.object({
        line: z.number().int().describe('Line of the file the row starts on (the header is line 1)'),
        reasons: z.array(z.object({ field: z.string().nullable(), message: z.string() })),
      }),
    ),
  })
  .meta({ id: 'ClientImportReport' });
export type ImportReport = z.infer<typeof importReportSchema>;

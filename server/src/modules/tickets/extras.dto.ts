import { z } from 'zod';
import { idParamsSchema, listQuerySchema } from '../../platform/http/pagination';
import { commentVisibilities } from './schema';

const recordId = z.coerce.number().int().min(1).max(2_147_483_647);

// --- Attachments ---------------------------------------------------------------------------------------

export const ticketAttachmentSchema = z
  .object({
    id: z.number().int(),
    commentId: z.number().int().nullable().describe('The comment it belongs to, if any'),
    fileName: z.string().describe('As uploaded, cleaned of any path'),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    visibility: z.enum(commentVisibilities).describe('internal: staff only'),
    createdAt: z.date(),
  })
  .meta({ id: 'TicketAttachment' });
export type TicketAttachmentDto = z.infer<typeof ticketAttachmentSchema>;

export const attachmentUploadQuerySchema = z
  .object({
    commentId: recordId.optional().describe('Attach to this comment of the ticket'),
    visibility: z
      .enum(commentVisibilities)
      .optional()
      .describe('internal: staff only (customers may not send it); an internal comment’s files are internal'),
  })
  .strict();
export type AttachmentUploadQuery = z.infer<typeof attachmentUploadQuerySchema>;

export const attachmentListQuerySchema = listQuerySchema(['id'], 'id').omit({ q: true });
export type AttachmentListQuery = z.infer<typeof attachmentListQuerySchema>;

export const attachmentParamsSchema = idParamsSchema.extend({
  attachmentId: recordId.describe('Attachment id'),
});

// --- Satisfaction surveys ------------------------------------------------------------------------------

const score = z.number().int().min(1).max(5).describe('1 (very unhappy) … 5 (very happy)');
const optionalComment = z
  .string()
  .trim()
  .max(2000)
  .transform((value) => value || undefined)
  .optional();

export const ticketSurveyStatusSchema = z
  .object({
    status: z
      .enum(['none', 'open', 'answered'])
      .describe('none: no survey to answer (none sent, or it expired unanswered)'),
    score: score.optional(),
    comment: z.string().nullable().optional(),
    expiresAt: z.date().optional().describe('Until when an open survey can be answered'),
    answeredAt: z.date().optional(),
  })
  .meta({ id: 'TicketSurveyStatus' });
export type TicketSurveyStatus = z.infer<typeof ticketSurveyStatusSchema>;

export const ticketRatingBodySchema = z
  .object({ score, comment: optionalComment })
  .strict()
  .meta({ id: 'TicketRating' });
export type TicketRatingInput = z.infer<typeof ticketRatingBodySchema>;

export const surveyTokenParamsSchema = z.object({
  token: z
    .string()
    .min(20)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/)
    .describe('The token from the survey link'),
});

export const publicSurveySchema = z
  .object({
    ticketId: z.number().int(),
    title: z.string(),
    status: z.enum(['open', 'answered', 'expired']),
  })
  .meta({ id: 'PublicTicketSurvey' });
export type PublicSurvey = z.infer<typeof publicSurveySchema>;

// --- Guest requests ------------------------------------------------------------------------------------

export const guestRequestBodySchema = z
  .object({
    email: z.string().trim().max(255).pipe(z.email()),
    name: z.string().trim().min(1).max(255),
    title: z.string().trim().min(3).max(255),
    description: z.string().trim().min(1).max(20_000),
    orderReference: z
      .string()
      .trim()
      .max(100)
      .transform((value) => value || undefined)
      .optional()
      .describe('The order it is about, e.g. 1042 or #1042'),
  })
  .strict()
  .meta({ id: 'GuestTicketRequest' });
export type GuestRequestInput = z.infer<typeof guestRequestBodySchema>;

export const guestRequestResponseSchema = z.object({
  verificationLink: z.string().nullable().describe('Demo mode only (no email is sent there); null otherwise'),
});

export const guestVerifyBodySchema = z
  .object({ token: z.string().min(20).max(200).describe('The token from the verification link') })
  .strict();

export const guestVerifyResponseSchema = z
  .object({
    ticketId: z.number().int(),
    reference: z.string().describe('What the guest quotes when they write to support, e.g. #1042'),
  })
  .meta({ id: 'GuestTicketCreated' });

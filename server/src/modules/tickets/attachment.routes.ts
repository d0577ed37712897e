import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { contentDisposition, createTicketAttachmentService } from './attachment.service';
import { createAttachmentStorage } from './attachment-storage';
import {
  attachmentListQuerySchema,
  attachmentParamsSchema,
  attachmentUploadQuerySchema,
  ticketAttachmentSchema,
} from './extras.dto';

const fileResponse = z.unknown().meta({
  description: 'The file, as an attachment download',
  content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
});

/** /api/tickets/:id/attachments: files on tickets, stored under TICKET_ATTACHMENTS_DIR by random key. */
export const ticketAttachmentRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (
  app,
  { context },
) => {
  const limits = context.config.ticketAttachments;
  const service = createTicketAttachmentService({
    db: context.database.db,
    storage: createAttachmentStorage(limits.directory),
    limits,
  });
  const tags = ['tickets'];

  // The upload's body is the file itself, streamed to disk: in a scope of its own, every media type reaches
  // the handler unparsed (and unbuffered), and no other route is affected.
  await app.register(async (scope) => {
    const uploads = scope.withTypeProvider<ZodTypeProvider>();
    uploads.removeAllContentTypeParsers();
    uploads.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

    uploads.post(
      '/api/tickets/:id/attachments',
      {
        config: { permission: 'tickets:create' },
        schema: {
          tags,
          summary: 'Attach a file to a ticket',
          description:
            'The body is the file, sent with its own Content-Type; the name goes in `X-File-Name` ' +
            '(percent-encode names that are not ASCII). At most TICKET_ATTACHMENT_MAX_BYTES (413 otherwise), ' +
            'of a type in TICKET_ATTACHMENT_TYPES (415 otherwise). Customers attach to their own client’s ' +
            'tickets, public only, and not once a ticket is closed.',
          params: idParamsSchema,
          querystring: attachmentUploadQuerySchema,
          // Loose: the validated headers replace the request's, and the others must stay.
          headers: z.looseObject({
            'x-file-name': z.string().max(1024).optional().describe('The file’s name'),
          }),
          response: {
            201: ticketAttachmentSchema,
            ...commonProblems,
            ...problemResponses(404, 409, 413, 415),
          },
        },
      },
      async (request, reply) => {
        const declared = Number(request.headers['content-length']);
        const attachment = await service.upload(auditActor(request), request.params.id, {
          fileName: request.headers['x-file-name'],
          contentType: request.headers['content-type'],
          declaredBytes: Number.isFinite(declared) ? declared : undefined,
          query: request.query,
          body: request.body instanceof Readable ? request.body : request.raw,
        });
        return reply.code(201).send(attachment);
      },
    );
  });

  app.get(
    '/api/tickets/:id/attachments',
    {
      config: { permission: 'tickets:read' },
      schema: {
        tags,
        summary: 'List a ticket’s attachments',
        description: 'Oldest first. Customers see only public attachments.',
        params: idParamsSchema,
        querystring: attachmentListQuerySchema,
        response: { 200: pageSchema(ticketAttachmentSchema), ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.list(currentUser(request), request.params.id, request.query),
  );

  app.get(
    '/api/tickets/:id/attachments/:attachmentId',
    {
      config: { permission: 'tickets:read' },
      schema: {
        tags,
        summary: 'Download an attachment',
        description:
          'Always as a download, never shown in the page. Internal attachments are 404 to customers.',
        params: attachmentParamsSchema,
        response: { 200: fileResponse, ...commonProblems, ...problemResponses(404, 410) },
      },
    },
    async (request, reply) => {
      const { attachment, stream, sizeBytes } = await service.download(
        currentUser(request),
        request.params.id,
        request.params.attachmentId,
      );
      return (
        reply
          .type(attachment.contentType)
          .header('content-length', sizeBytes)
          .header('content-disposition', contentDisposition(attachment.fileName))
          .header('cache-control', 'private, no-store')
          // Even if a browser were to show it, the file could run nothing and reach nothing.
          .header('content-security-policy', "default-src 'none'; sandbox")
          .send(stream)
      );
    },
  );
};

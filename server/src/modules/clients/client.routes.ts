import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { AppError, commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { createClientService } from './client.service';
import { createClientExportService } from './client-export.service';
import { createClientImportService, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from './client-import.service';
import { createClientMergeService } from './client-merge.service';
import {
  archiveBodySchema,
  clientExportQuerySchema,
  clientListQuerySchema,
  clientSchema,
  createClientBodySchema,
  duplicateCandidateSchema,
  importFieldSchema,
  importQuerySchema,
  importReportSchema,
  mergeBodySchema,
  mergeResultSchema,
  pipelineQuerySchema,
  pipelineSchema,
  rfmSchema,
  stageChangeBodySchema,
  updateClientBodySchema,
} from './dto';
import { createRfmService } from './rfm.service';

const ifMatch = 'Send If-Match with the ETag you read; a stale one is refused with 412 and changes nothing.';

/**
 * A CSV response as the OpenAPI document declares it: `content` takes the place of the default JSON media
 * type for this status only, so the route's problem responses stay JSON.
 */
const csvResponse = (description: string) =>
  z.unknown().meta({ description, content: { 'text/csv': { schema: { type: 'string', description } } } });

/** /api/clients: profiles, lifecycle, pipeline, duplicates and merge, CSV import and export. */
export const clientRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const deps = { db: context.database.db, clock: context.clock };
  const service = createClientService(deps);
  const merges = createClientMergeService(deps);
  const imports = createClientImportService(deps);
  const exports = createClientExportService(deps);
  const rfm = createRfmService(deps);
  const tags = ['clients'];

  // CSV bodies (the import) arrive as text; this parser exists only inside the clients routes.
  app.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'string', bodyLimit: IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/clients',
    {
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'List clients',
        description:
          '`q` searches company name, contact person and email. Archived clients are left out unless `archived` says otherwise; ' +
          'a search page may then hold fewer than `limit` items while `nextCursor` still continues exactly.',
        querystring: clientListQuerySchema,
        response: { 200: pageSchema(clientSchema), ...commonProblems },
      },
    },
    async (request) => service.listClients(currentUser(request), request.query),
  );

  app.get(
    '/api/clients/export.csv',
    {
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'Export the client list as CSV',
        description: 'Takes the list’s filters and sort; streams every matching client (text/csv).',
        querystring: clientExportQuerySchema,
        response: { 200: csvResponse('The clients as CSV, streamed (an attachment)'), ...commonProblems },
      },
    },
    async (request, reply) => {
      const stream = await exports.exportClients(currentUser(request), request.query);
      const day = context.clock().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="clients-${day}.csv"`)
        .send(stream);
    },
  );

  app.get(
    '/api/clients/pipeline',
    {
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'The pipeline board: per stage, the count of working clients and the first cards',
        querystring: pipelineQuerySchema,
        response: { 200: pipelineSchema, ...commonProblems },
      },
    },
    async (request) => service.pipeline(currentUser(request), request.query),
  );

  app.get(
    '/api/clients/import/fields',
    {
      config: { permission: 'clients:manage' },
      schema: {
        tags,
        summary: 'The columns a CSV import can fill',
        description:
          'The client fields, then one custom.<key> per custom field, each with its label, whether rows need it, ' +
          'how a cell is read and, for enum fields, the allowed values. A `mapping` names these keys.',
        response: { 200: z.object({ items: z.array(importFieldSchema) }), ...commonProblems },
      },
    },
    async () => imports.describeFields(),
  );

  app.post(
    '/api/clients/import',
    {
      config: { permission: 'clients:manage' },
      bodyLimit: IMPORT_MAX_BYTES,
      // Before validation, so a JSON body is told its media type is wrong rather than its shape.
      preValidation: async (request) => {
        if (!/^(text|application)\/csv\b/i.test(request.headers['content-type'] ?? '')) {
          throw new AppError('unsupported_media_type', 415, 'Send the file as text/csv');
        }
      },
      schema: {
        tags,
        summary: 'Import clients from CSV',
        description:
          `Body: text/csv (at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB, ${IMPORT_MAX_ROWS} rows), header row first. ` +
          'Every row is validated; good rows are imported, each bad one is reported with its line and reasons. ' +
          'Owners are named by email (ownerEmail), tags separated by ; or |, custom fields as custom.<key>.',
        querystring: importQuerySchema,
        consumes: ['text/csv'],
        body: z.string().describe('The CSV file (application/csv is accepted too)'),
        response: { 200: importReportSchema, ...commonProblems, ...problemResponses(413, 415) },
      },
    },
    async (request) =>
      imports.importClients(auditActor(request), request.body, {
        mapping: request.query.mapping,
        dryRun: request.query.dryRun,
      }),
  );

  app.get(
    '/api/clients/:id',
    {
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'Get a client',
        params: idParamsSchema,
        response: { 200: clientSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const client = await service.getClient(currentUser(request), request.params.id);
      sendEntityTag(reply, client.version);
      return client;
    },
  );

  app.post(
    '/api/clients',
    {
      config: { permission: 'clients:write' },
      schema: {
        tags,
        summary: 'Create a client',
        description:
          'A sales user becomes the owner unless another owner is given (only themselves, for sales).',
        body: createClientBodySchema,
        response: { 201: clientSchema, ...commonProblems },
      },
    },
    async (request, reply) => {
      const client = await service.createClient(auditActor(request), request.body);
      sendEntityTag(reply, client.version);
      return reply.code(201).send(client);
    },
  );

  app.patch(
    '/api/clients/:id',
    {
      config: { permission: 'clients:write' },
      schema: {
        tags,
        summary: 'Change a client’s profile',
        description: `${ifMatch} Sales users change only clients they own or nobody owns (403 not_owner).`,
        params: idParamsSchema,
        body: updateClientBodySchema,
        response: { 200: clientSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const client = await service.updateClient(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, client.version);
      return client;
    },
  );

  app.post(
    '/api/clients/:id/stage',
    {
      config: { permission: 'clients:write' },
      schema: {
        tags,
        summary: 'Move a client to another pipeline stage',
        description: `Recorded in the stage history with the reason (required for churned). ${ifMatch}`,
        params: idParamsSchema,
        body: stageChangeBodySchema,
        response: { 200: clientSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const client = await service.changeStage(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, client.version);
      return client;
    },
  );

  app.post(
    '/api/clients/:id/archive',
    {
      config: { permission: 'clients:manage' },
      schema: {
        tags,
        summary: 'Archive a client: it leaves the working lists and keeps all its history',
        params: idParamsSchema,
        body: archiveBodySchema,
        response: { 200: clientSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const client = await service.archiveClient(
        auditActor(request),
        request.params.id,
        request.body?.reason,
        expectedVersion(request),
      );
      sendEntityTag(reply, client.version);
      return client;
    },
  );

  app.post(
    '/api/clients/:id/restore',
    {
      config: { permission: 'clients:manage' },
      schema: {
        tags,
        summary: 'Bring an archived client back (not one merged into another)',
        params: idParamsSchema,
        response: { 200: clientSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const client = await service.restoreClient(
        auditActor(request),
        request.params.id,
        expectedVersion(request),
      );
      sendEntityTag(reply, client.version);
      return client;
    },
  );

  app.delete(
    '/api/clients/:id',
    {
      config: { permission: 'clients:manage' },
      schema: {
        tags,
        summary: 'Delete a client entered by mistake',
        description:
          'Only a client without history: one with orders, tickets, interactions, satisfaction answers or customer accounts ' +
          'answers 409 client_has_history and must be archived instead.',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteClient(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/clients/:id/duplicates',
    {
      config: { permission: 'clients:write' },
      schema: {
        tags,
        summary: 'Clients that may be the same company',
        description:
          'Same company email domain (personal mail providers excluded) or a similar company name (trigrams).',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(duplicateCandidateSchema) }),
          ...commonProblems,
          ...problemResponses(404),
        },
      },
    },
    async (request) => ({ items: await merges.findDuplicates(currentUser(request), request.params.id) }),
  );

  app.post(
    '/api/clients/:id/merge',
    {
      config: { permission: 'clients:manage' },
      schema: {
        tags,
        summary: 'Merge a duplicate into this client',
        description:
          'Contacts, interactions, tasks and satisfaction answers move here; the duplicate’s orders, tickets and customer accounts ' +
          `point here; empty fields are filled from the duplicate, which is archived with mergedIntoId. ${ifMatch}`,
        params: idParamsSchema,
        body: mergeBodySchema,
        response: { 200: mergeResultSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const result = await merges.mergeClients(
        auditActor(request),
        request.params.id,
        request.body.duplicateId,
        expectedVersion(request),
      );
      sendEntityTag(reply, result.client.version);
      return result;
    },
  );

  app.get(
    '/api/clients/:id/rfm',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags,
        summary: 'RFM scores of a client (quintiles among all clients with orders)',
        params: idParamsSchema,
        response: { 200: rfmSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => rfm.clientRfm(currentUser(request), request.params.id),
  );
};

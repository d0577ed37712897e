import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import {
  createPriceRuleBodySchema,
  priceRuleListQuerySchema,
  priceRuleSchema,
  updatePriceRuleBodySchema,
} from './dto';
import { createPriceRuleService } from './price-rule.service';

const kindsNote =
  'volume_tier needs minQuantity; client_price a clientId; segment_price a clientTier; promotion startsAt ' +
  'and endsAt. Exactly one of fixedPrice, percentOff, amountOff. A productId or a categoryId (which ' +
  'includes its subcategories) narrows the rule; neither means every product.';

/** /api/price-rules: the pricing strategies the price function applies. */
export const priceRuleRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const rules = createPriceRuleService({ db: context.database.db });
  const tags = ['price rules'];

  app.get(
    '/api/price-rules',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'List price rules',
        description: '`q` searches rule names.',
        querystring: priceRuleListQuerySchema,
        response: { 200: pageSchema(priceRuleSchema), ...commonProblems },
      },
    },
    async (request) => rules.listPriceRules(request.query),
  );

  app.get(
    '/api/price-rules/:id',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'Get a price rule',
        params: idParamsSchema,
        response: { 200: priceRuleSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const rule = await rules.getPriceRule(request.params.id);
      sendEntityTag(reply, rule.version);
      return rule;
    },
  );

  app.post(
    '/api/price-rules',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Create a price rule',
        description: kindsNote,
        body: createPriceRuleBodySchema,
        response: { 201: priceRuleSchema, ...commonProblems },
      },
    },
    async (request, reply) => {
      const rule = await rules.createPriceRule(auditActor(request), request.body);
      sendEntityTag(reply, rule.version);
      return reply.code(201).send(rule);
    },
  );

  app.patch(
    '/api/price-rules/:id',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Change a price rule',
        description: `The result must still be a valid rule; send null to clear a field. ${kindsNote}`,
        params: idParamsSchema,
        body: updatePriceRuleBodySchema,
        response: { 200: priceRuleSchema, ...commonProblems, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      const rule = await rules.updatePriceRule(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, rule.version);
      return rule;
    },
  );

  app.delete(
    '/api/price-rules/:id',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Delete a price rule',
        description:
          'Orders keep the prices they were confirmed at. Set isActive false to pause a rule instead.',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      await rules.deletePriceRule(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};

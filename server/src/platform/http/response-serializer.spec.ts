import Fastify from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileResponseSerializer, createResponseSerializerCompiler } from './response-serializer';

function compiled(schema: z.ZodType) {
  const result = compileResponseSerializer(schema);
  if (!('serialize' in result)) throw new Error(`expected a compiled serializer, got: ${result.fallback}`);
  return result.serialize;
}

/** What fastify-type-provider-zod's serializer writes: the parse, then JSON.stringify. */
function zodWrites(schema: z.ZodType, data: unknown) {
  return JSON.stringify(schema.parse(data));
}

const user = z.object({ id: z.number().int(), email: z.string() });

describe('compiled response serializer', () => {
  it('writes only declared properties, at every depth', () => {
    const schema = z.object({
      user,
      members: z.array(user),
      manager: user.nullable(),
      byRole: z.record(z.string(), user),
    });
    const leaky = { id: 1, email: 'a@example.com', passwordHash: '$argon2id$secret', tokenHash: 'abc' };
    const body = compiled(schema)({
      user: leaky,
      members: [leaky, { ...leaky, id: 2 }],
      manager: leaky,
      byRole: { admin: leaky },
      internalNotes: 'never shown',
    });
    expect(body).not.toMatch(/passwordHash|tokenHash|secret|internalNotes/);
    expect(JSON.parse(body)).toEqual({
      user: { id: 1, email: 'a@example.com' },
      members: [
        { id: 1, email: 'a@example.com' },
        { id: 2, email: 'a@example.com' },
      ],
      manager: { id: 1, email: 'a@example.com' },
      byRole: { admin: { id: 1, email: 'a@example.com' } },
    });
  });

  it('writes dates as ISO strings, including nullable dates and date-time strings given a Date', () => {
    const schema = z.object({
      createdAt: z.date(),
      closedAt: z.date().nullable(),
      cancelledAt: z.date().nullable(),
      shippedAt: z.date().optional(),
      sentAt: z.iso.datetime(),
    });
    const createdAt = new Date('2024-03-01T10:20:30.456Z');
    const body = compiled(schema)({
      createdAt,
      closedAt: createdAt,
      cancelledAt: null,
      sentAt: new Date('2024-03-02T00:00:00.000Z'),
    });
    expect(JSON.parse(body)).toEqual({
      createdAt: '2024-03-01T10:20:30.456Z',
      closedAt: '2024-03-01T10:20:30.456Z',
      cancelledAt: null,
      sentAt: '2024-03-02T00:00:00.000Z',
    });
  });

  it('writes null for nullable values and leaves out undefined optional ones, as JSON.stringify does', () => {
    const schema = z.object({
      name: z.string().nullable(),
      note: z.string().optional(),
      owner: user.nullable().optional(),
      count: z.number().int().nullable(),
      flags: z.array(z.boolean()).nullable(),
    });
    const data = { name: null, note: undefined, count: null, flags: null };
    expect(compiled(schema)(data)).toBe(zodWrites(schema, data));
    expect(JSON.parse(compiled(schema)({ ...data, owner: null }))).toEqual({ ...data, owner: null });
  });

  it('picks the union branch zod would, and drops what that branch does not declare', () => {
    const event = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('payment'), amount: z.string() }),
      z.object({ kind: z.literal('shipment'), carrier: z.string().nullable() }),
    ]);
    const value = z.union([z.object({ text: z.string() }), z.number(), z.null()]);
    const schema = z.object({ events: z.array(event), value });
    const data = {
      events: [
        { kind: 'shipment', carrier: 'DHL', amount: 'leaks?' },
        { kind: 'payment', amount: '10.00', secret: 'x' },
      ],
      value: { text: 'hello', extra: true },
    };
    expect(compiled(schema)(data)).toBe(zodWrites(schema, data));
    expect(compiled(schema)({ events: [], value: 42 })).toBe('{"events":[],"value":42}');
  });

  it('writes enums, literals, records and arbitrary JSON as zod does', () => {
    const schema = z.object({
      status: z.enum(['draft', 'confirmed']),
      kind: z.literal('order'),
      totals: z.record(z.string(), z.string()),
      counts: z.record(z.enum(['open', 'closed']), z.number().int()),
      metadata: z.record(z.string(), z.unknown()),
      payload: z.unknown(),
      tags: z.array(z.string()),
      pair: z.tuple([z.string(), z.number()]),
    });
    const data = {
      status: 'confirmed',
      kind: 'order',
      totals: { USD: '12.50', EUR: '3.00' },
      counts: { open: 2, closed: 5 },
      metadata: { nested: { deep: [1, 'two', null] } },
      payload: [{ a: 1 }],
      tags: ['a', 'quote " and \\ backslash', 'ünïcode'],
      pair: ['x', 1.5],
    };
    expect(compiled(schema)(data)).toBe(zodWrites(schema, data));
  });

  it('writes defaults for missing values, registered schemas by reference and recursive schemas', () => {
    const address = z.object({ city: z.string() }).meta({ id: 'SerializerSpecAddress' });
    type Category = { name: string; children: Category[] };
    const category: z.ZodType<Category> = z.lazy(() =>
      z.object({ name: z.string(), children: z.array(category) }),
    );
    const schema = z.object({
      currency: z.string().default('USD'),
      home: address,
      work: address.nullable(),
      tree: category,
    });
    const data = {
      home: { city: 'Paris', zip: '75001' },
      work: null,
      tree: { name: 'root', hidden: 1, children: [{ name: 'leaf', children: [] }] },
    };
    expect(compiled(schema)(data)).toBe(zodWrites(schema, data));
  });

  it('keeps large integers and decimal strings exact', () => {
    const schema = z.object({ id: z.number().int(), big: z.number(), amount: z.string() });
    const data = { id: 2_147_483_647, big: Number.MAX_SAFE_INTEGER, amount: '12345678901234.56' };
    expect(compiled(schema)(data)).toBe(zodWrites(schema, data));
  });

  it('refuses schemas whose JSON Schema would not write what the parse writes', () => {
    const refused = [
      z.object({ length: z.string().transform((value) => value.length) }),
      z.object({ name: z.preprocess((value) => String(value).trim(), z.string()) }),
      z.object({ id: z.custom<string>((value) => typeof value === 'string') }),
      z.object({ total: z.bigint() }),
      z.object({ label: z.string().catch('unknown') }),
      z.object({ seen: z.set(z.string()) }),
    ];
    for (const schema of refused) expect(compileResponseSerializer(schema)).toHaveProperty('fallback');
  });
});

describe('response serializer compiler in Fastify', () => {
  async function appWith(schema: z.ZodType, data: unknown) {
    const fallbacks: string[] = [];
    const app = Fastify();
    app.setSerializerCompiler(
      createResponseSerializerCompiler({ onFallback: (route) => fallbacks.push(route.url) }),
    );
    app.setErrorHandler((error, _request, reply) =>
      reply.code(500).send({ serializationError: isResponseSerializationError(error) }),
    );
    app.get('/thing', { schema: { response: { 200: schema } } }, async () => data);
    await app.ready();
    return { app, fallbacks };
  }

  it('serializes with the compiled schema: undeclared properties never leave', async () => {
    const { app, fallbacks } = await appWith(user, {
      id: 7,
      email: 'b@example.com',
      passwordHash: '$argon2id$v=19$secret',
    });
    const response = await app.inject({ method: 'GET', url: '/thing' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('{"id":7,"email":"b@example.com"}');
    expect(fallbacks).toEqual([]);
    await app.close();
  });

  it('falls back to the zod parse for a schema with a transform, which still applies and validates', async () => {
    const schema = z.object({ name: z.string().transform((value) => value.toUpperCase()) });
    const { app, fallbacks } = await appWith(schema, { name: 'acme', secret: 'x' });
    const response = await app.inject({ method: 'GET', url: '/thing' });
    expect(response.body).toBe('{"name":"ACME"}');
    expect(fallbacks).toEqual(['/thing']);
    await app.close();

    const invalid = await appWith(schema, { name: 42 });
    const failed = await invalid.app.inject({ method: 'GET', url: '/thing' });
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toEqual({ serializationError: true });
    await invalid.app.close();
  });
});

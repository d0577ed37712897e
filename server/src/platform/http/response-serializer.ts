import fastJsonStringify, { type Schema as FastJsonSchema } from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { $ZodType } from 'zod/v4/core';

type Serialize = (data: unknown) => string;
type JsonSchemaNode = Record<string, unknown>;

/** A response schema's serializer, or why it stays on zod's parse + `JSON.stringify`. */
export type CompiledResponseSerializer = { serialize: Serialize } | { fallback: string };

/**
 * Compiles a zod response schema to a `fast-json-stringify` function. Like zod's parse it writes only the
 * declared properties (so a row's extra columns, password hashes included, never leak) and dates as ISO
 * strings; unlike it, it does not validate the values a second time, which is where the time goes.
 * Schemas whose output JSON Schema cannot reproduce what the parse would write (transforms, preprocess,
 * `.catch`, custom types, …) get `fallback` with the reason.
 */
export function compileResponseSerializer(schema: $ZodType): CompiledResponseSerializer {
  let jsonSchema: JsonSchemaNode;
  try {
    jsonSchema = z.toJSONSchema(schema, {
      io: 'output',
      target: 'draft-07',
      // Dates pass through `handleUnrepresentable` as `{}`; `override` makes them date-time strings,
      // and refuses every other type that the JSON Schema cannot describe faithfully.
      unrepresentable: 'any',
      cycles: 'ref',
      reused: 'inline',
      override: ({ zodSchema, jsonSchema: node }) => {
        const refusal = unfaithfulReason(zodSchema);
        if (refusal) throw new Error(refusal);
        if (zodSchema._zod.def.type === 'date') {
          node.type = 'string';
          node.format = 'date-time';
        }
      },
    }) as JsonSchemaNode;
  } catch (error) {
    return { fallback: (error as Error).message };
  }
  try {
    const serialize = fastJsonStringify(prepareForSerializer(jsonSchema) as FastJsonSchema) as Serialize;
    return { serialize };
  } catch (error) {
    return { fallback: `fast-json-stringify: ${(error as Error).message}` };
  }
}

// Types the output JSON Schema loses or changes: what the zod parse writes could differ from what the
// compiled serializer writes, so the route keeps the parse.
const unfaithfulTypes = new Set([
  'bigint',
  'symbol',
  'undefined',
  'void',
  'never',
  'nan',
  'custom',
  'function',
  'promise',
  'transform',
  'map',
  'set',
  'file',
  'catch',
  'prefault',
  'success',
]);

function unfaithfulReason(schema: $ZodType): string | undefined {
  const def = schema._zod.def as { type: string; in?: $ZodType; transform?: unknown };
  if (unfaithfulTypes.has(def.type)) return `a ${def.type} schema has no faithful JSON Schema`;
  if (def.type === 'pipe') {
    // A codec decodes on parse; `z.preprocess` is a pipe whose first stage transforms.
    if (def.transform !== undefined) return 'a codec has no faithful JSON Schema';
    if (def.in?._zod.def.type === 'transform') return 'a preprocess step has no faithful JSON Schema';
  }
  return undefined;
}

// Keywords that only constrain values: the serializer does not validate, and keeping them would only
// make the `anyOf` branch choice stricter than zod's (a branch is picked by validating with Ajv). Item
// counts stay: Ajv wants them beside a tuple's `items`.
const constraintKeywords = new Set([
  '$schema',
  'title',
  'description',
  'examples',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'propertyNames',
  'contentEncoding',
  'contentMediaType',
]);

// Keywords whose value is a map from a name to a schema, not a schema.
const schemaMapKeywords = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/**
 * Rewrites zod's output JSON Schema into what `fast-json-stringify` serializes as zod's parse would.
 * - `additionalProperties: false` goes: without it the serializer already drops undeclared properties,
 *   and with it an `anyOf` branch would not match an object carrying extra columns, where zod's union
 *   strips them.
 * - `format` stays only for `date-time`, the one the serializer writes from `Date` objects (it writes
 *   `date` and `time` from a `Date` in local time, which zod would have refused).
 * - `anyOf: [X, { type: 'null' }]` (zod's nullable) becomes X with `type: [X.type, 'null']`, so a
 *   nullable date or object is written directly instead of validating the value against each branch.
 */
function prepareForSerializer(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(prepareForSerializer);
  if (node === null || typeof node !== 'object') return node;
  const prepared: JsonSchemaNode = {};
  for (const [key, value] of Object.entries(node as JsonSchemaNode)) {
    if (constraintKeywords.has(key)) continue;
    if (key === 'additionalProperties' && value === false) continue;
    if (key === 'format' && value !== 'date-time') continue;
    if (key === 'const' || key === 'enum' || key === 'default') {
      prepared[key] = value;
    } else if (schemaMapKeywords.has(key) && value !== null && typeof value === 'object') {
      prepared[key] = Object.fromEntries(
        Object.entries(value as JsonSchemaNode).map(([name, child]) => [name, prepareForSerializer(child)]),
      );
    } else {
      prepared[key] = prepareForSerializer(value);
    }
  }
  return collapseNullable(prepared);
}

function collapseNullable(node: JsonSchemaNode): JsonSchemaNode {
  const branches = node.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2) return node;
  const nullIndex = branches.findIndex((branch) => isNullType(branch));
  if (nullIndex === -1) return node;
  const other = branches[1 - nullIndex] as JsonSchemaNode;
  const composite = ['anyOf', 'oneOf', 'allOf', '$ref', 'const', 'enum', 'if', 'not'];
  if (typeof other.type !== 'string' || composite.some((keyword) => keyword in other)) return node;
  const { anyOf: _branches, ...rest } = node;
  if (Object.keys(rest).some((key) => key !== 'default')) return node;
  return { ...other, ...rest, type: [other.type, 'null'] };
}

function isNullType(node: unknown): boolean {
  return node !== null && typeof node === 'object' && (node as JsonSchemaNode).type === 'null';
}

// One compiled serializer per zod schema: the problem schemas and page schemas are shared by many routes,
// and every test file builds the app again in the same process.
const compiled = new WeakMap<$ZodType, CompiledResponseSerializer>();

function compiledFor(schema: $ZodType): CompiledResponseSerializer {
  let result = compiled.get(schema);
  if (!result) {
    result = compileResponseSerializer(schema);
    compiled.set(schema, result);
  }
  return result;
}

type SerializerCompilerInput = Parameters<typeof zodSerializerCompiler>[0];

/**
 * Fastify's serializer compiler for zod response schemas: the compiled serializer where the schema
 * converts, zod's parse + `JSON.stringify` (fastify-type-provider-zod's own) where it does not. Compiling
 * waits for a route's first response, so building the app stays as fast as before.
 */
export function createResponseSerializerCompiler(
  options: { onFallback?: (route: { method: string; url: string; reason: string }) => void } = {},
) {
  return (input: SerializerCompilerInput): Serialize => {
    const schema = input.schema;
    if (!(schema instanceof $ZodType)) return zodSerializerCompiler(input) as Serialize;
    let serialize: Serialize | undefined;
    return (data) => {
      if (!serialize) {
        const result = compiledFor(schema);
        if ('serialize' in result) {
          serialize = result.serialize;
        } else {
          options.onFallback?.({ method: input.method, url: input.url, reason: result.fallback });
          serialize = zodSerializerCompiler(input) as Serialize;
        }
      }
      return serialize(data);
    };
  };
}

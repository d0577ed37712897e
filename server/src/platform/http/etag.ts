import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** A row's version as a strong entity tag. */
export const entityTag = (version: number) => `"${version}"`;

export function sendEntityTag(reply: FastifyReply, version: number) {
  reply.header('etag', entityTag(version));
}

/**
 * The version a conditional write expects (If-Match), or undefined for an unconditional one.
 * Malformed and weak tags are refused: a write must name exactly one version.
 */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^"(\d{1,10})"$/.exec(header.trim());
  if (!match?.[1]) {
    throw new AppError('invalid_if_match', 400, 'If-Match must be one entity tag as sent in ETag, e.g. "3"');
  }
  return Number(match[1]);
}

export const versionConflict = (resource: string) =>
  new AppError(
    'version_conflict',
    412,
    `The ${resource} was changed by someone else; reload it and try again`,
  );

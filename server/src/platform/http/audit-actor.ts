import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../auth/tokens';

/** Who is doing a write and from where: what an audit entry records besides the change itself. */
export type AuditActor = { user: AuthenticatedUser | null; ipAddress: string; requestId: string };

export function auditActor(request: FastifyRequest): AuditActor {
  return { user: request.user ?? null, ipAddress: request.ip, requestId: String(request.id) };
}

/** A background job acting on its own: no user, and the job's name where a request id would be. */
export function jobActor(job: string): AuditActor {
  return { user: null, ipAddress: '', requestId: `job:${job}` };
}

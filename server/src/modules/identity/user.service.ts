import type { UserRole } from '../../platform/auth/roles';
import type { Database, Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import type { UserDto } from './dto';
import { hashPassword } from './password.util';
import { findUserByEmail, insertUser, type UserRow, usernameExists } from './user.repository';

export type NewUser = {
  email: string;
  password?: string;
  role: UserRole;
  name?: string;
  clientId?: number;
};

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function toUserDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    username: row.username,
    name: row.name,
    role: row.role,
    clientId: row.clientId,
    phone: row.phone,
    locale: row.locale,
    timeZone: row.timeZone,
    avatarUrl: row.avatarUrl,
    version: row.version,
  };
}

export function createUserService(deps: { db: Database }) {
  const { db } = deps;

  async function freeUsername(email: string, executor: Executor = db): Promise<string> {
    const base = email.split('@')[0]?.replace(/[^a-z0-9._-]/g, '') || 'user';
    for (let attempt = 0; ; attempt++) {
      const candidate = attempt === 0 ? base : `${base}${attempt + 1}`;
      if (!(await usernameExists(executor, candidate))) return candidate;
    }
  }

  return {
    freeUsername,

    /** Pass the caller's transaction as executor when the account is one part of a larger write. */
    async createUser(input: NewUser, executor: Executor = db): Promise<UserDto> {
      const email = normaliseEmail(input.email);
      if (input.role === 'customer' && !input.clientId) {
        throw new AppError('client_required', 400, 'A customer account must belong to a client');
      }
      if (await findUserByEmail(executor, email))
        throw new AppError('email_taken', 409, `${email} already has an account`);
      const row = await insertUser(executor, {
        email,
        username: await freeUsername(email, executor),
        name: input.name ?? null,
        role: input.role,
        clientId: input.role === 'customer' ? input.clientId : null,
        passwordHash: input.password ? await hashPassword(input.password) : null,
        // Whoever sets a password here (an admin, the demo set) vouches for the address; invitees prove it.
        emailVerifiedAt: input.password ? new Date() : null,
      });
      return toUserDto(row);
    },
  };
}

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../src/platform/db/database';
import { createSharedDatabase } from '../support/shared-database';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
let shared: Awaited<ReturnType<typeof createSharedDatabase>>;

beforeAll(async () => {
  shared = await createSharedDatabase();
});
afterAll(() => shared.close());

// Asynchronous on purpose: the embedded database the command talks to is served by this very process.
function smartcrm(args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: shared.url, LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('smartcrm create-admin', () => {
  it('creates the first administrator with an argon2id hash of the given password', async () => {
    const result = await smartcrm(['create-admin', '--email', 'Owner@Example.com', '--name', 'Owner'], {
      ADMIN_PASSWORD: 'a long enough passphrase',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('administrator owner@example.com created');
    const database = await openDatabase({ url: shared.url, poolSize: 1 });
    const rows = await queryRows<{ role: string; password_hash: string }>(
      database.db,
      sql`select role, password_hash from users where email = 'owner@example.com'`,
    );
    await database.close();
    expect(rows[0]?.role).toBe('admin');
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a short password and a taken email, saying why', async () => {
    const short = await smartcrm(['create-admin', '--email', 'second@example.com'], {
      ADMIN_PASSWORD: 'short',
    });
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('at least 10 characters');
    const taken = await smartcrm(['create-admin', '--email', 'owner@example.com'], {
      ADMIN_PASSWORD: 'another passphrase',
    });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('already has an account');
  });
});

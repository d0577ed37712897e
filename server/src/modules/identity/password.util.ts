import argon2 from 'argon2';
import { createConcurrencyLimit } from '../../platform/concurrency';

// OWASP's second argon2id profile (19 MiB, 2 passes, 1 lane): strong, and about 20 ms per hash here.
// argon2 hashes on libuv's thread pool, so sign-ins never block the event loop.
const hashingOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Hashing shares libuv's thread pool with token signature checks (WebCrypto) and file I/O: leaving two
// threads free keeps a burst of sign-ins from stalling every other request of the process.
const threadPoolSize = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
const hashingSlots = createConcurrencyLimit(Math.max(1, threadPoolSize - 2));

export function hashPassword(password: string): Promise<string> {
  return hashingSlots(() => argon2.hash(password, hashingOptions));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await hashingSlots(() => argon2.verify(hash, password));
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let decoyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so a wrong email and a wrong password are indistinguishable. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  await verifyPassword(await decoyHash, password);
  return false;
}

import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeyValueStore } from './key-value-store';

// Runs against Redis when REDIS_URL is set (CI), against the in-memory store otherwise.
const store = createKeyValueStore({ redisUrl: process.env.REDIS_URL });
afterAll(() => store.close());
const key = () => `test:${randomUUID()}`;

describe(`key-value store (${store.kind})`, () => {
  it('stores, reads and deletes values', async () => {
    const name = key();
    await store.set(name, 'hello', 60);
    expect(await store.get(name)).toBe('hello');
    await store.delete(name);
    expect(await store.get(name)).toBeNull();
  });

  it('counts up within a window', async () => {
    const counter = key();
    expect(await store.increment(counter, 60)).toBe(1);
    expect(await store.increment(counter, 60)).toBe(2);
    expect(await store.increment(counter, 60)).toBe(3);
  });

  it('forgets values when they expire', async () => {
    const name = key();
    await store.set(name, 'brief', 1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await store.get(name)).toBeNull();
  });

  it('answers a ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

describe('the in-memory store', () => {
  it('keeps the first expiry of a counter, so a window does not slide', async () => {
    let now = 0;
    const memory = createKeyValueStore({ clock: () => now });
    await memory.increment('window', 10);
    now = 9_000;
    expect(await memory.increment('window', 10)).toBe(2);
    now = 10_001;
    expect(await memory.increment('window', 10)).toBe(1);
    await memory.close();
  });
});

describe('an unreachable Redis', () => {
  it('fails a ping quickly instead of hanging', async () => {
    const unreachable = createKeyValueStore({ redisUrl: 'redis://127.0.0.1:1' });
    const started = Date.now();
    await expect(unreachable.ping()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3_000);
    await unreachable.close();
  });
});

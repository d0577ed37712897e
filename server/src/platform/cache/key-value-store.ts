import { Redis } from 'ioredis';

/**
 * Small shared state with expiry: rate-limit counters, caches, revoked tokens. Redis when REDIS_URL is
 * set, so every instance sees the same values; an in-process map otherwise, which serves one instance.
 */
export type KeyValueStore = {
  kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Adds one and returns the new count; the key expires ttlSeconds after it was first created. */
  increment(key: string, ttlSeconds: number): Promise<number>;
  delete(key: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

export function createKeyValueStore(options: {
  redisUrl?: string;
  /** Keeps this installation's keys apart from others sharing the same Redis. */
  keyPrefix?: string;
  clock?: () => number;
}): KeyValueStore {
  return options.redisUrl
    ? createRedisStore(options.redisUrl, options.keyPrefix ?? 'smartcrm:')
    : createMemoryStore(options.clock ?? Date.now);
}

function createRedisStore(url: string, keyPrefix: string): KeyValueStore {
  // No offline queue: while Redis is down, calls fail within a second instead of piling up.
  const redis = new Redis(url, { keyPrefix, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined); // it reconnects by itself; callers see failures through their promises
  const connected = async () => {
    if (redis.status === 'ready') return redis;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        redis.off('ready', onReady);
        reject(new Error('Redis is not connected'));
      }, 1_000);
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      redis.once('ready', onReady);
    });
    return redis;
  };
  return {
    kind: 'redis',
    get: async (key) => (await connected()).get(key),
    set: async (key, value, ttlSeconds) => {
      await (await connected()).set(key, value, 'EX', ttlSeconds);
    },
    increment: async (key, ttlSeconds) => {
      const results = await (await connected()).multi().incr(key).expire(key, ttlSeconds, 'NX').exec();
      return Number(results?.[0]?.[1]);
    },
    delete: async (key) => {
      await (await connected()).del(key);
    },
    ping: async () => {
      await (await connected()).ping();
    },
    close: async () => {
      redis.disconnect();
    },
  };
}

function createMemoryStore(now: () => number): KeyValueStore {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const sweep = setInterval(() => {
    for (const key of entries.keys()) live(key);
  }, 60_000);
  sweep.unref();
  return {
    kind: 'memory',
    get: async (key) => live(key)?.value ?? null,
    set: async (key, value, ttlSeconds) => {
      entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
    },
    increment: async (key, ttlSeconds) => {
      const entry = live(key);
      const count = Number(entry?.value ?? 0) + 1;
      entries.set(key, { value: String(count), expiresAt: entry?.expiresAt ?? now() + ttlSeconds * 1000 });
      return count;
    },
    delete: async (key) => {
      entries.delete(key);
    },
    ping: async () => undefined,
    close: async () => {
      clearInterval(sweep);
      entries.clear();
    },
  };
}

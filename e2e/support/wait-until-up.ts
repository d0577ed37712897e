import { setTimeout as delay } from 'node:timers/promises';

/**
 * Polls the URLs until each answers 200, failing early when `aborted` reports why the wait is hopeless
 * (the server process died) and at `timeoutMs` otherwise.
 */
export async function waitUntilUp(options: {
  urls: string[];
  timeoutMs: number;
  aborted: () => string | null;
}): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  const pending = new Set(options.urls);
  while (pending.size > 0) {
    const reason = options.aborted();
    if (reason) throw new Error(reason);
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${options.timeoutMs / 1000} s waiting for ${[...pending].join(', ')}`);
    }
    for (const url of [...pending]) {
      if (await answersOk(url)) pending.delete(url);
    }
    if (pending.size > 0) await delay(500);
  }
}

async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

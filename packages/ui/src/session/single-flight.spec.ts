import { describe, expect, it } from 'vitest';
import { createSingleFlight } from './single-flight';

function deferred<Value>() {
  let resolve!: (value: Value) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<Value>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

describe('createSingleFlight', () => {
  it('runs the task once for callers that arrive while it runs, and gives them all its result', async () => {
    const pending = deferred<string>();
    let runs = 0;
    const refresh = createSingleFlight(() => {
      runs += 1;
      return pending.promise;
    });

    const results = Promise.all([refresh(), refresh(), refresh()]);
    pending.resolve('token-2');

    expect(await results).toEqual(['token-2', 'token-2', 'token-2']);
    expect(runs).toBe(1);
  });

  it('starts a new run for a call that comes after the previous run settled', async () => {
    let runs = 0;
    const refresh = createSingleFlight(async () => {
      runs += 1;
      return `token-${runs}`;
    });

    expect(await refresh()).toBe('token-1');
    expect(await refresh()).toBe('token-2');
  });

  it('shares a failure with every waiting caller, then lets the next call try again', async () => {
    const pending = deferred<string>();
    let runs = 0;
    const refresh = createSingleFlight(() => {
      runs += 1;
      return runs === 1 ? pending.promise : Promise.resolve('token-2');
    });

    const first = refresh();
    const second = refresh();
    pending.reject(new Error('offline'));

    await expect(first).rejects.toThrow('offline');
    await expect(second).rejects.toThrow('offline');
    expect(await refresh()).toBe('token-2');
    expect(runs).toBe(2);
  });

  it('treats a task that throws before returning a promise like a failed run', async () => {
    let runs = 0;
    const refresh = createSingleFlight((): Promise<string> => {
      runs += 1;
      if (runs === 1) throw new Error('broken');
      return Promise.resolve('token-2');
    });

    await expect(refresh()).rejects.toThrow('broken');
    expect(await refresh()).toBe('token-2');
  });
});

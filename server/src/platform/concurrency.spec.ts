import { describe, expect, it } from 'vitest';
import { createConcurrencyLimit } from './concurrency';

describe('createConcurrencyLimit', () => {
  it('never runs more than the limit at once, and runs every task', async () => {
    const limit = createConcurrencyLimit(2);
    let active = 0;
    let peak = 0;
    const task = (value: number) =>
      limit(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active--;
        return value;
      });
    const results = await Promise.all([1, 2, 3, 4, 5].map(task));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('frees its slot when a task fails', async () => {
    const limit = createConcurrencyLimit(1);
    await expect(limit(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });
});

/**
 * Wraps an async task so that calls arriving while it runs share that run's result instead of starting
 * another one; the first call after it settles, whether it succeeded or failed, starts afresh.
 */
export function createSingleFlight<Result>(task: () => Promise<Result>): () => Promise<Result> {
  let running: Promise<Result> | null = null;
  return () => {
    // Started through `then` so that even a task throwing synchronously settles (and resets) asynchronously.
    running ??= Promise.resolve()
      .then(task)
      .finally(() => {
        running = null;
      });
    return running;
  };
}

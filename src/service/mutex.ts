// Serialises async work within a process: ingests and corrections run one after another, so two
// of them never read the same events and write conflicting versions.

export type Mutex = {
  /** Runs `work` after every earlier `run` has settled; resolves or rejects with its outcome. */
  run<T>(work: () => Promise<T>): Promise<T>;
};

export function createMutex(): Mutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      const result = tail.then(work, work);
      // The next caller waits for this one whether it succeeds or fails.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

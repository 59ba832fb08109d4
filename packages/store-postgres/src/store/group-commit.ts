import { sqlState } from '../driver/sql-driver.js';

/** How the intake groups concurrent reports into shared transactions. */
export interface GroupCommitOptions {
  /** The most reports one transaction carries (default 128). */
  maxBatchSize?: number;
  /**
   * How many such transactions may be in flight at once (default 1: measured best; while one
   * commits, the next batch fills up).
   */
  maxConcurrentBatches?: number;
}

interface Waiting<Input, Output> {
  input: Input;
  resolve(output: Output): void;
  reject(error: unknown): void;
}

// Errors after which PostgreSQL may or may not have committed, or that no retry can fix: the
// connection broke, the server is shutting down, out of resources, or an internal error.
const unknownOutcomeClasses = new Set(['08', '53', '57', '58', 'XX']);
const retryableStates = new Set(['40001', '40P01']);

/**
 * Group commit: calls that arrive while transactions are in flight wait and go together in the
 * next one, so many concurrent reports share one commit (one WAL flush) while each caller's
 * promise settles only after that commit. With nothing in flight a call runs at once, so a lone
 * report waits for nobody. When a shared transaction fails, each of its reports runs again
 * alone, so one report's failure never fails the others.
 */
export function createGroupCommit<Input, Output>(
  run: (inputs: Input[]) => Promise<Output[]>,
  options: GroupCommitOptions = {},
): (input: Input) => Promise<Output> {
  const maxBatchSize = options.maxBatchSize ?? 128;
  const maxConcurrentBatches = options.maxConcurrentBatches ?? 1;
  const queue: Waiting<Input, Output>[] = [];
  let inFlight = 0;

  const runAlone = async (waiting: Waiting<Input, Output>) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const [output] = await run([waiting.input]);
        waiting.resolve(output as Output);
        return;
      } catch (error) {
        if (attempt < 5 && retryableStates.has(sqlState(error) ?? '')) continue;
        waiting.reject(error);
        return;
      }
    }
  };

  const runBatch = async (batch: Waiting<Input, Output>[]) => {
    if (batch.length === 1) return runAlone(batch[0]!);
    try {
      const outputs = await run(batch.map((waiting) => waiting.input));
      for (const [index, waiting] of batch.entries()) waiting.resolve(outputs[index] as Output);
    } catch (error) {
      const state = sqlState(error);
      if (state === undefined || unknownOutcomeClasses.has(state.slice(0, 2))) {
        for (const waiting of batch) waiting.reject(error);
        return;
      }
      // The transaction was rolled back: nothing of the batch is stored. Each report again, alone.
      await Promise.all(batch.map(runAlone));
    }
  };

  const drain = () => {
    while (inFlight < maxConcurrentBatches && queue.length > 0) {
      const batch = queue.splice(0, maxBatchSize);
      inFlight++;
      void runBatch(batch).finally(() => {
        inFlight--;
        drain();
      });
    }
  };

  return (input) =>
    new Promise<Output>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      drain();
    });
}

/** How the client retries a request that got no answer, a 429 or a 503. */
export interface RetryOptions {
  /** Requests at most, the first included. Default 5. */
  maxAttempts?: number | undefined;
  /** Longest time for all attempts and waits together, in milliseconds. Default 60,000. */
  budgetMs?: number | undefined;
  /** Wait before the first retry; doubles with each retry (with jitter). Default 300. */
  baseDelayMs?: number | undefined;
  /** Longest wait between two attempts, unless the portal's `Retry-After` asks for more. Default 10,000. */
  maxDelayMs?: number | undefined;
}

/** `RetryOptions` with every default filled in. */
export type RetryPolicy = { [Option in keyof RetryOptions]-?: number };

/** The retry policy of `options` (`false`: one attempt, no retry). */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  const given = options || {};
  return {
    maxAttempts: options === false ? 1 : (given.maxAttempts ?? 5),
    budgetMs: given.budgetMs ?? 60_000,
    baseDelayMs: given.baseDelayMs ?? 300,
    maxDelayMs: given.maxDelayMs ?? 10_000,
  };
}

/**
 * The wait before retry number `retry` (1 for the first): exponential, with "equal jitter" (half
 * fixed, half random) so that many clients refused at once do not come back at once. A
 * `Retry-After` from the portal is a floor.
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  retryAfterSeconds?: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const jittered = exponential / 2 + (random() * exponential) / 2;
  return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
}

/** Reads `Retry-After` (seconds or an HTTP date) as seconds; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

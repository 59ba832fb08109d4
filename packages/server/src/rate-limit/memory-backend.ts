import { LRUCache } from 'lru-cache';
import { retryAfterSeconds, tokensAt } from './bucket-arithmetic.js';
import type { RateLimitBackend, RateLimitDecision, RateLimitTake } from './rate-limiter.js';

/** Options of `createMemoryRateLimitBackend`. */
export interface MemoryRateLimitBackendOptions {
  /**
   * The most buckets kept at once (default 100,000, about 24 MB of heap as `pnpm test` measures it); past it the least recently
   * used is forgotten, which gives that client a fresh budget. The global limit still holds.
   */
  maxBuckets?: number;
}

/** The memory backend, which also tells how many buckets it holds. */
export interface MemoryRateLimitBackend extends RateLimitBackend {
  /** Buckets held now (at most `maxBuckets`). */
  readonly size: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  period: number | undefined;
}

/**
 * Token buckets in this process's memory, bounded: the default backend of the rate limits for
 * a single process (the embedded store). Several processes each have their own limits; give
 * them a shared backend (the PostgreSQL store's) instead.
 *
 * @example
 * ```ts
 * const reportal = createReportal({
 *   portal: 'bz',
 *   store,
 *   rateLimit: { backend: createMemoryRateLimitBackend({ maxBuckets: 20_000 }) },
 * });
 * ```
 */
export function createMemoryRateLimitBackend(
  options: MemoryRateLimitBackendOptions = {},
): MemoryRateLimitBackend {
  const buckets = new LRUCache<string, Bucket>({ max: options.maxBuckets ?? 100_000 });
  let current: { period: number; secret: Uint8Array } | undefined;

  const forgetBefore = (period: number) => {
    for (const [key, bucket] of buckets.entries()) {
      if (bucket.period !== undefined && bucket.period < period) buckets.delete(key);
    }
  };

  return {
    get size() {
      return buckets.size;
    },
    async periodSecret(period) {
      if (!current || current.period !== period) {
        if (current && period > current.period) forgetBefore(period);
        current = { period, secret: crypto.getRandomValues(new Uint8Array(32)) };
      }
      return current.secret;
    },
    async take(takes: readonly RateLimitTake[], now: number): Promise<RateLimitDecision> {
      const available = takes.map((item) => tokensAt(buckets.peek(item.key), item.limit, now));
      let retryAfter = 0;
      for (const [index, item] of takes.entries()) {
        const tokens = available[index]!;
        if (tokens < 1 && item.cost >= 0)
          retryAfter = Math.max(retryAfter, retryAfterSeconds(tokens, item.limit));
      }
      if (retryAfter > 0) {
        for (const [index, item] of takes.entries()) {
          const bucket = buckets.peek(item.key);
          if (item.chargeWhenRefused && item.cost > 0 && bucket && available[index]! >= 1) {
            bucket.tokens = available[index]! - 1;
            bucket.updatedAt = Math.max(bucket.updatedAt, now);
          }
        }
        return { ok: false, retryAfterSeconds: retryAfter };
      }
      for (const [index, item] of takes.entries()) {
        if (item.cost === 0) continue;
        const previous = buckets.peek(item.key);
        if (item.cost < 0) {
          // A give-back: to a bucket that exists, never past its burst.
          if (previous) previous.tokens = Math.min(item.limit.burst, available[index]! + 1);
          continue;
        }
        buckets.set(item.key, {
          tokens: available[index]! - item.cost,
          // Never back in time (a clock read earlier must not refill an interval twice).
          updatedAt: Math.max(previous?.updatedAt ?? now, now),
          period: item.period,
        });
      }
      return { ok: true };
    },
  };
}

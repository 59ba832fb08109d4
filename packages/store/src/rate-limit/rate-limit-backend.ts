/**
 * A token bucket: `burst` requests at once, refilled at `perMinute`.
 *
 * @example
 * ```ts
 * const perClient: BucketLimit = { burst: 10, perMinute: 10 };
 * ```
 */
export interface BucketLimit {
  burst: number;
  perMinute: number;
}

/**
 * The outcome of a rate-limit check.
 *
 * @example
 * ```ts
 * const decision: RateLimitDecision = await backend.take(takes, Date.now());
 * if (!decision.ok) headers.set('Retry-After', String(decision.retryAfterSeconds));
 * ```
 */
export type RateLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * One bucket a request draws on.
 *
 * @example
 * ```ts
 * const global: RateLimitTake = { key: 'global', limit: { burst: 300, perMinute: 3000 }, cost: 1 };
 * ```
 */
export interface RateLimitTake {
  /** The bucket's key: never an address (client buckets are keyed by a keyed hash). */
  key: string;
  limit: BucketLimit;
  /**
   * 1 takes a token; 0 only checks that one is there; -1 gives one back (after a request that
   * turned out invalid): a give-back is never refused and creates no bucket.
   */
  cost: -1 | 0 | 1;
  /**
   * Take the token even when the call is refused because of another bucket, if this bucket
   * exists already: a client that keeps knocking on a full portal spends its own budget, so a
   * flood drains itself and real reporters get in. A refused call never creates a bucket.
   */
  chargeWhenRefused?: boolean;
  /**
   * The secret period a client bucket belongs to; buckets of earlier periods are forgotten when
   * a later period is seen. Absent for buckets that are not derived from an address.
   */
  period?: number;
}

/**
 * Where token buckets live: in memory (one process) or in a store every process shares. A
 * backend implements the buckets; the server's rate limiter decides what is limited and how keys
 * are made. A store offers one as `ReportStore.rateLimitBackend`; `@reportal/store/testing`
 * exports the contract suite every backend passes (`describeRateLimitBackendContract`).
 *
 * @example
 * ```ts
 * const backend: RateLimitBackend | undefined = store.rateLimitBackend;
 * const decision = await backend?.take([{ key: 'global', limit, cost: 1 }], Date.now());
 * ```
 */
export interface RateLimitBackend {
  /**
   * Takes `cost` from every bucket of `takes` when each of them (but those given back to) holds
   * at least one token, and nothing otherwise. A refused take creates and changes no bucket.
   * `now` is in milliseconds.
   */
  take(takes: readonly RateLimitTake[], now: number): Promise<RateLimitDecision>;
  /**
   * The secret of a period (at least 32 random bytes), the same for every process sharing the
   * backend, forgotten with the period's buckets when a later period begins.
   */
  periodSecret(period: number): Promise<Uint8Array>;
}

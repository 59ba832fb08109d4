/** A token bucket: `burst` requests at once, refilled at `perMinute`. */
export interface BucketLimit {
  burst: number;
  perMinute: number;
}

/** Rate limits of the public routes that write or look up (`POST /v1/reports`, `POST /v1/status`, the forms). */
export interface RateLimitOptions {
  /**
   * Per client address, keyed by a keyed hash under a secret that rotates and is never stored;
   * `false` behind a Tor onion service, where every client is the same loopback address.
   * Default: a burst of 10, then 10 a minute.
   */
  perClient?: BucketLimit | false;
  /** For the whole process, whatever the address. Default: a burst of 300, then 3,000 a minute. */
  global?: BucketLimit | false;
  /**
   * Per partner token, for reports sent with a partner's bearer token: their own budget, apart
   * from the public limits, so a trusted flagger's bulk run neither holds back reporters nor is
   * held back by a flood. Default: a burst of 60, then 600 a minute.
   */
  perPartner?: BucketLimit | false;
  /** Minutes between secret rotations (the per-client state is forgotten then). Default: 60. */
  rotateMinutes?: number;
}

/** The outcome of a rate-limit check. */
export type RateLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** In-memory rate limits that never keep a client's address. */
export interface RateLimiter {
  check(clientAddress: string | undefined): Promise<RateLimitDecision>;
  /** The budget of one partner token (by the token's id, not a network address). */
  checkPartner(tokenId: string): RateLimitDecision;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const defaults = {
  perClient: { burst: 10, perMinute: 10 },
  perPartner: { burst: 60, perMinute: 600 },
  global: { burst: 300, perMinute: 3000 },
  rotateMinutes: 60,
};

/**
 * Creates the rate limiter. Client addresses are turned into HMAC-SHA-256 keys under a random
 * secret held only in memory and replaced every `rotateMinutes`, when every per-client bucket is
 * dropped too: no address, and nothing that could be matched to one later, is ever kept.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ perClient: false }); // a portal behind an onion service
 * const decision = await limiter.check(undefined);
 * ```
 */
export function createRateLimiter(
  options: RateLimitOptions = {},
  now: () => number = Date.now,
): RateLimiter {
  const perClient = options.perClient === undefined ? defaults.perClient : options.perClient;
  const global = options.global === undefined ? defaults.global : options.global;
  const rotateMilliseconds = (options.rotateMinutes ?? defaults.rotateMinutes) * 60_000;
  let secret: Promise<CryptoKey> | undefined;
  let rotatedAt = 0;
  let clients = new Map<string, Bucket>();
  const globalBucket: Bucket = { tokens: global ? global.burst : 0, updatedAt: now() };
  const perPartner = options.perPartner === undefined ? defaults.perPartner : options.perPartner;
  const partners = new Map<string, Bucket>();

  const currentSecret = () => {
    const time = now();
    if (!secret || time - rotatedAt >= rotateMilliseconds) {
      rotatedAt = time;
      clients = new Map();
      secret = crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, [
        'sign',
      ]) as Promise<CryptoKey>;
    }
    return secret;
  };

  return {
    checkPartner(tokenId) {
      if (!perPartner) return { ok: true };
      const time = now();
      let bucket = partners.get(tokenId);
      if (!bucket) {
        bucket = { tokens: perPartner.burst, updatedAt: time };
        partners.set(tokenId, bucket);
      }
      return take(bucket, perPartner, time);
    },
    async check(clientAddress) {
      const time = now();
      if (perClient && clientAddress) {
        const key = await keyFor(await currentSecret(), clientAddress);
        let bucket = clients.get(key);
        if (!bucket) {
          bucket = { tokens: perClient.burst, updatedAt: time };
          clients.set(key, bucket);
        }
        const decision = take(bucket, perClient, time);
        if (!decision.ok) return decision;
      }
      if (global) return take(globalBucket, global, time);
      return { ok: true };
    },
  };
}

function take(bucket: Bucket, limit: BucketLimit, time: number): RateLimitDecision {
  const perMillisecond = limit.perMinute / 60_000;
  bucket.tokens = Math.min(limit.burst, bucket.tokens + (time - bucket.updatedAt) * perMillisecond);
  bucket.updatedAt = time;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return { ok: true };
  }
  return {
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMillisecond / 1000)),
  };
}

async function keyFor(secret: CryptoKey, clientAddress: string): Promise<string> {
  const signature = new Uint8Array(
    await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(clientAddress)),
  );
  let key = '';
  for (const byte of signature.subarray(0, 16)) key += byte.toString(16).padStart(2, '0');
  return key;
}

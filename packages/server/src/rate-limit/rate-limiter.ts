import type {
  BucketLimit,
  RateLimitBackend,
  RateLimitDecision,
  RateLimitTake,
} from '@reportal/store';
import { clientKeyOf } from './client-key.js';
import { createMemoryRateLimitBackend } from './memory-backend.js';

// The backend interface is part of the store contract (@reportal/store); the server's modules
// take its types from here.
export type { BucketLimit, RateLimitBackend, RateLimitDecision, RateLimitTake };

/** Rate limits of the public routes that write or look up (`POST /v1/reports`, `POST /v1/status`, the forms). */
export interface RateLimitOptions {
  /**
   * Per client address, keyed by a keyed hash under a secret that rotates; IPv6 addresses are
   * grouped by /64 (one host usually holds a whole /64). `false` behind a Tor onion service,
   * where every client is the same loopback address. Default: a burst of 10, then 10 a minute.
   * A report form or API call that fails validation uses none of it, so a reporter fixing a typo
   * is never locked out (the global limit still counts it).
   */
  perClient?: BucketLimit | false;
  /**
   * For every process sharing the backend, whatever the address (the whole deployment with a
   * shared backend, one process with the memory one). Default: a burst of 300, then 3,000 a minute.
   */
  global?: BucketLimit | false;
  /**
   * Per partner token, for reports sent with a partner's bearer token: their own budget, apart
   * from the public limits, so a trusted flagger's bulk run neither holds back reporters nor is
   * held back by a flood. Default: a burst of 60, then 600 a minute.
   */
  perPartner?: BucketLimit | false;
  /**
   * Failed bearer-token checks per client address (any route that takes a token). When used
   * up, every request with a token from that address is refused with 429 before the store is
   * asked. Default: a burst of 20, then 10 a minute.
   */
  failedAuthentication?: BucketLimit | false;
  /** Minutes between secret rotations (the per-client state is forgotten then). Default: 60. */
  rotateMinutes?: number;
  /**
   * Where the buckets live. Default: the store's shared backend when it has one (the PostgreSQL
   * store: every process on the database shares the limits), else one in memory.
   */
  backend?: RateLimitBackend;
}

/** The rate limits of a Reportal server. Client addresses are used as keyed hashes, never kept. */
export interface RateLimiter {
  /** A public request: takes one from the global budget and one from the client's. */
  check(clientAddress: string | undefined): Promise<RateLimitDecision>;
  /**
   * Gives the client back what `check` took, for a request that turned out invalid: a reporter
   * fixing a typo is never locked out, while the global budget still counts the work.
   */
  refundClient(clientAddress: string | undefined): Promise<void>;
  /** The budget of one partner token (by the token's id, not a network address). */
  checkPartner(tokenId: string): Promise<RateLimitDecision>;
  /** Whether the client may try a bearer token now (checks, takes nothing). */
  checkAuthentication(clientAddress: string | undefined): Promise<RateLimitDecision>;
  /** Counts a failed bearer-token check against the client. */
  failedAuthentication(clientAddress: string | undefined): Promise<void>;
}

const defaults = {
  perClient: { burst: 10, perMinute: 10 },
  perPartner: { burst: 60, perMinute: 600 },
  global: { burst: 300, perMinute: 3000 },
  failedAuthentication: { burst: 20, perMinute: 10 },
  rotateMinutes: 60,
};

const ok: RateLimitDecision = { ok: true };

/**
 * Creates the rate limiter over a backend (default: in memory, bounded). Client addresses are
 * turned into HMAC-SHA-256 keys under a secret of the current period, which the backend
 * forgets, with every per-client bucket, when the next period begins: no address is ever kept.
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
  const pick = <Key extends 'perClient' | 'global' | 'perPartner' | 'failedAuthentication'>(
    key: Key,
  ): BucketLimit | false => (options[key] === undefined ? defaults[key] : options[key]) ?? false;
  const perClient = pick('perClient');
  const global = pick('global');
  const perPartner = pick('perPartner');
  const failedAuthentication = pick('failedAuthentication');
  const rotateMilliseconds = (options.rotateMinutes ?? defaults.rotateMinutes) * 60_000;
  const backend = options.backend ?? createMemoryRateLimitBackend();
  let secret: { period: number; key: Promise<CryptoKey> } | undefined;

  const hmacKey = (period: number): Promise<CryptoKey> => {
    if (secret?.period !== period) {
      const key = backend
        .periodSecret(period)
        .then((bytes) =>
          crypto.subtle.importKey(
            'raw',
            bytes as Uint8Array<ArrayBuffer>,
            { name: 'HMAC', hash: 'SHA-256' },
            false,
            ['sign'],
          ),
        );
      // A failure is not cached: the next request asks again.
      key.catch(() => {
        if (secret?.key === key) secret = undefined;
      });
      secret = { period, key };
    }
    return secret.key;
  };

  /** The bucket of one client for one purpose, or `undefined` without an address. */
  const clientTake = async (
    purpose: 'c' | 'a',
    clientAddress: string | undefined,
    limit: BucketLimit,
    cost: -1 | 0 | 1,
    chargeWhenRefused = false,
  ): Promise<RateLimitTake | undefined> => {
    if (clientAddress === undefined || clientAddress === '') return undefined;
    const period = Math.floor(now() / rotateMilliseconds);
    const signature = new Uint8Array(
      await crypto.subtle.sign(
        'HMAC',
        await hmacKey(period),
        new TextEncoder().encode(`${purpose}:${clientKeyOf(clientAddress)}`),
      ),
    );
    // 16 bytes of the HMAC in base64 (one flat string: small in memory, never an address).
    const key = `${purpose}${period}:${btoa(String.fromCharCode(...signature.subarray(0, 16)))}`;
    return { key, limit, cost, period, ...(chargeWhenRefused && { chargeWhenRefused }) };
  };

  const take = (takes: readonly (RateLimitTake | undefined)[]) => {
    const present = takes.filter((item): item is RateLimitTake => item !== undefined);
    return present.length === 0 ? Promise.resolve(ok) : backend.take(present, now());
  };

  return {
    async check(clientAddress) {
      return take([
        perClient ? await clientTake('c', clientAddress, perClient, 1, true) : undefined,
        global ? { key: 'global', limit: global, cost: 1 } : undefined,
      ]);
    },
    async refundClient(clientAddress) {
      if (!perClient) return;
      await take([await clientTake('c', clientAddress, perClient, -1)]);
    },
    checkPartner(tokenId) {
      return take([perPartner ? { key: `p:${tokenId}`, limit: perPartner, cost: 1 } : undefined]);
    },
    async checkAuthentication(clientAddress) {
      if (!failedAuthentication) return ok;
      return take([await clientTake('a', clientAddress, failedAuthentication, 0)]);
    },
    async failedAuthentication(clientAddress) {
      if (!failedAuthentication) return;
      await take([await clientTake('a', clientAddress, failedAuthentication, 1)]);
    },
  };
}

import { describe, expect, it } from 'vitest';
import type {
  BucketLimit,
  RateLimitBackend,
  RateLimitTake,
} from '../rate-limit/rate-limit-backend.js';

/**
 * How `describeRateLimitBackendContract` gets backends to test.
 *
 * @example
 * ```ts
 * const options: RateLimitBackendContractOptions = {
 *   shared: true, // every backend it creates shares one set of buckets
 *   createBackend: async () => (await openStoreOnTheTestDatabase()).rateLimitBackend!,
 * };
 * ```
 */
export interface RateLimitBackendContractOptions {
  /**
   * A backend. When `shared` is true, every call must give a backend over the same buckets (two
   * processes on one database); the suite then also checks that they share budgets and secrets.
   */
  createBackend: () => Promise<RateLimitBackend> | RateLimitBackend;
  shared?: boolean;
}

/**
 * The contract every `RateLimitBackend` must pass, as a vitest suite: token buckets with burst
 * and refill, all-or-nothing takes, checks that take nothing, refused takes that leave no
 * bucket behind, per-period secrets and, for a shared backend, one budget across instances even
 * under concurrent takes.
 *
 * @example
 * ```ts
 * import { describeRateLimitBackendContract } from '@reportal/store/testing';
 *
 * describeRateLimitBackendContract('my backend', { createBackend: () => createMyBackend() });
 * ```
 */
export function describeRateLimitBackendContract(
  name: string,
  options: RateLimitBackendContractOptions,
): void {
  let serial = 0;
  // Every test uses keys of its own, so tests never see each other's buckets.
  const newKey = (label: string) => `contract:${label}:${Date.now()}:${serial++}:${Math.random()}`;
  const take = (key: string, limit: BucketLimit, cost: -1 | 0 | 1 = 1, period?: number) =>
    ({ key, limit, cost, ...(period !== undefined && { period }) }) satisfies RateLimitTake;
  const start = 1_700_000_000_000;

  describe(`RateLimitBackend contract: ${name}`, () => {
    it('lets a burst through, refuses with the seconds to wait, and refills', async () => {
      const backend = await options.createBackend();
      const key = newKey('burst');
      const limit = { burst: 3, perMinute: 6 };
      const answers = [];
      for (let index = 0; index < 4; index++) {
        answers.push(await backend.take([take(key, limit)], start));
      }
      expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }, expect.anything()]);
      expect(answers[3]).toEqual({ ok: false, retryAfterSeconds: 10 });
      expect(await backend.take([take(key, limit)], start + 5_000)).toEqual({
        ok: false,
        retryAfterSeconds: 5,
      });
      expect(await backend.take([take(key, limit)], start + 10_000)).toEqual({ ok: true });
    });

    it('takes from every bucket or from none', async () => {
      const backend = await options.createBackend();
      const client = newKey('client');
      const global = newKey('global');
      const small = { burst: 2, perMinute: 0.001 };
      const one = { burst: 1, perMinute: 0.001 };
      expect(await backend.take([take(global, one)], start)).toEqual({ ok: true });
      // The global bucket is empty: the client's is refused with it and not charged.
      for (let index = 0; index < 5; index++) {
        const answer = await backend.take([take(client, small), take(global, one)], start);
        expect(answer.ok).toBe(false);
      }
      expect(await backend.take([take(client, small)], start)).toEqual({ ok: true });
      expect(await backend.take([take(client, small)], start)).toEqual({ ok: true });
      expect((await backend.take([take(client, small)], start)).ok).toBe(false);
    });

    it('never refills an interval twice when calls arrive out of clock order', async () => {
      const backend = await options.createBackend();
      const key = newKey('order');
      const limit = { burst: 2, perMinute: 60 };
      expect(await backend.take([take(key, limit)], start)).toEqual({ ok: true });
      expect(await backend.take([take(key, limit)], start + 1_000)).toEqual({ ok: true });
      // A call that read the clock before the last one takes the token left, refilling nothing.
      expect(await backend.take([take(key, limit)], start + 500)).toEqual({ ok: true });
      // Half a second after the latest clock seen: half a token, refused.
      expect((await backend.take([take(key, limit)], start + 1_500)).ok).toBe(false);
      expect(await backend.take([take(key, limit)], start + 2_000)).toEqual({ ok: true });
    });

    it('charges an existing bucket marked chargeWhenRefused when another bucket refuses', async () => {
      const backend = await options.createBackend();
      const known = newKey('known');
      const unknown = newKey('unknown');
      const full = newKey('full');
      const limit = { burst: 3, perMinute: 0.001 };
      const one = { burst: 1, perMinute: 0.001 };
      const knocking = (key: string) =>
        ({ ...take(key, limit), chargeWhenRefused: true }) satisfies RateLimitTake;
      expect(await backend.take([knocking(known), take(full, one)], start)).toEqual({ ok: true });
      // The full bucket refuses: the known client still pays, the unknown one leaves no trace.
      expect((await backend.take([knocking(known), take(full, one)], start)).ok).toBe(false);
      expect((await backend.take([knocking(unknown), take(full, one)], start)).ok).toBe(false);
      expect(await backend.take([take(known, limit)], start)).toEqual({ ok: true });
      expect((await backend.take([take(known, limit)], start)).ok).toBe(false);
      for (let index = 0; index < 3; index++) {
        expect(await backend.take([take(unknown, limit)], start)).toEqual({ ok: true });
      }
    });

    it('checks without taking (cost 0)', async () => {
      const backend = await options.createBackend();
      const key = newKey('check');
      const limit = { burst: 1, perMinute: 0.001 };
      for (let index = 0; index < 3; index++) {
        expect(await backend.take([take(key, limit, 0)], start)).toEqual({ ok: true });
      }
      expect(await backend.take([take(key, limit)], start)).toEqual({ ok: true });
      expect((await backend.take([take(key, limit, 0)], start)).ok).toBe(false);
    });

    it('takes a give-back (cost -1) up to the burst, never refusing it nor creating a bucket', async () => {
      const backend = await options.createBackend();
      const key = newKey('refund');
      const limit = { burst: 2, perMinute: 0.001 };
      // A give-back to a bucket never seen creates nothing: the burst is still two.
      expect(await backend.take([take(key, limit, -1)], start)).toEqual({ ok: true });
      expect(await backend.take([take(key, limit)], start)).toEqual({ ok: true });
      expect(await backend.take([take(key, limit)], start)).toEqual({ ok: true });
      expect((await backend.take([take(key, limit)], start)).ok).toBe(false);
      // The give-back of an empty bucket is taken, and the token is there again.
      expect(await backend.take([take(key, limit, -1)], start)).toEqual({ ok: true });
      expect(await backend.take([take(key, limit)], start)).toEqual({ ok: true });
      for (let index = 0; index < 4; index++) {
        expect(await backend.take([take(key, limit, -1)], start)).toEqual({ ok: true });
      }
      expect(await backend.take([take(key, limit)], start)).toEqual({ ok: true });
      expect(await backend.take([take(key, limit)], start)).toEqual({ ok: true });
      expect((await backend.take([take(key, limit)], start)).ok).toBe(false);
    });

    it('gives one secret per period, of at least 32 bytes, and a new one for the next', async () => {
      const backend = await options.createBackend();
      const period = Math.floor(Math.random() * 1e9) + 1e9;
      const first = await backend.periodSecret(period);
      expect(first.byteLength).toBeGreaterThanOrEqual(32);
      expect(await backend.periodSecret(period)).toEqual(first);
      const next = await backend.periodSecret(period + 1);
      expect(next).not.toEqual(first);
    });

    if (options.shared) {
      it('shares budgets and secrets between instances', async () => {
        const [a, b] = [await options.createBackend(), await options.createBackend()];
        const key = newKey('shared');
        const limit = { burst: 2, perMinute: 0.001 };
        expect(await a.take([take(key, limit)], start)).toEqual({ ok: true });
        expect(await b.take([take(key, limit)], start)).toEqual({ ok: true });
        expect((await a.take([take(key, limit)], start)).ok).toBe(false);
        const period = Math.floor(Math.random() * 1e9) + 3e9;
        expect(await b.periodSecret(period)).toEqual(await a.periodSecret(period));
      });

      it('holds a burst exactly under concurrent takes from several instances', async () => {
        const backends = [
          await options.createBackend(),
          await options.createBackend(),
          await options.createBackend(),
        ];
        const key = newKey('concurrent');
        const shared = newKey('concurrent-global');
        const limit = { burst: 10, perMinute: 0.001 };
        const roomy = { burst: 1000, perMinute: 0.001 };
        const answers = await Promise.all(
          Array.from({ length: 30 }, (_, index) =>
            backends[index % 3]!.take([take(key, limit), take(shared, roomy)], start),
          ),
        );
        expect(answers.filter((answer) => answer.ok)).toHaveLength(10);
      });
    }
  });
}

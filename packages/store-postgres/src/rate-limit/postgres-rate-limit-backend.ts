import type { RateLimitBackend } from '@reportal/store';
import type { SqlQueryable } from '../driver/sql-driver.js';

/** The most refusals a process remembers (past it, the expired go, then all). */
const maxRemembered = 10_000;
/** Refusals shorter than this are not remembered. */
const rememberedWaitMs = 1_000;

/**
 * Rate-limit buckets in the store's UNLOGGED tables, shared by every process on the database:
 * one call of `take_rate_limit` per request, all or nothing. The secret of each period is made
 * by the first process that needs it and deleted, with the period's buckets, when the next
 * period begins.
 *
 * A flood must not turn into a flood of database calls: when the database refuses a bucket, the
 * process remembers until when it holds no token (tokens only come back with time, so the
 * answer stays true for every process) and refuses takes of it without asking again.
 */
export function createPostgresRateLimitBackend(
  driver: SqlQueryable,
  schema: string,
): RateLimitBackend {
  const s = schema;
  const secrets = new Map<number, Promise<Uint8Array>>();
  const refusedUntil = new Map<string, number>();

  const remember = (key: string, until: number, now: number) => {
    if (refusedUntil.size >= maxRemembered) {
      for (const [known, time] of refusedUntil) if (time <= now) refusedUntil.delete(known);
      if (refusedUntil.size >= maxRemembered) refusedUntil.clear();
    }
    refusedUntil.set(key, until);
  };
  const refusal = (waitMs: number) => ({
    ok: false as const,
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  });

  const loadSecret = async (period: number): Promise<Uint8Array> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const candidate = crypto.getRandomValues(new Uint8Array(32));
      const inserted = await driver.query<{ secret: Uint8Array }>(
        `INSERT INTO ${s}.rate_limit_secrets (period, secret) VALUES ($1, $2)
        ON CONFLICT (period) DO NOTHING RETURNING secret`,
        [period, candidate],
      );
      if (inserted.rows[0]) {
        // The first process of a period forgets the earlier ones, buckets and secrets.
        await driver.query(`DELETE FROM ${s}.rate_limit_buckets WHERE period < $1`, [period]);
        await driver.query(`DELETE FROM ${s}.rate_limit_secrets WHERE period < $1`, [period]);
        return candidate;
      }
      const existing = await driver.query<{ secret: Uint8Array }>(
        `SELECT secret FROM ${s}.rate_limit_secrets WHERE period = $1`,
        [period],
      );
      if (existing.rows[0]) return new Uint8Array(existing.rows[0].secret);
    }
    throw new Error('No rate-limit secret could be agreed for the current period');
  };

  return {
    periodSecret(period) {
      let secret = secrets.get(period);
      if (!secret) {
        secret = loadSecret(period);
        secrets.clear();
        secrets.set(period, secret);
        secret.catch(() => secrets.delete(period));
      }
      return secret;
    },
    async take(takes, now) {
      let known = 0;
      for (const item of takes) {
        if (item.cost < 0) {
          refusedUntil.delete(item.key);
          continue;
        }
        const until = refusedUntil.get(item.key);
        if (until === undefined) continue;
        if (until > now) known = Math.max(known, until - now);
        else refusedUntil.delete(item.key);
      }
      if (known > 0) return refusal(known);
      // Locked in key order, so that two calls never wait on each other in a cycle.
      const sorted = [...takes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const { rows } = await driver.query<{ waits: number[] | null }>(
        `SELECT ${s}.take_rate_limit($1::text[], $2::bigint[], $3::float8[], $4::float8[],
          $5::int[], $6::boolean[], $7::float8) AS waits`,
        [
          sorted.map((item) => item.key),
          sorted.map((item) => item.period ?? null),
          sorted.map((item) => item.limit.burst),
          sorted.map((item) => item.limit.perMinute / 60_000),
          sorted.map((item) => item.cost),
          sorted.map((item) => item.chargeWhenRefused === true),
          now,
        ],
      );
      const waits = rows[0]?.waits;
      if (!waits) return { ok: true };
      let longest = 0;
      for (const [index, wait] of waits.entries()) {
        if (!(wait > 0)) continue;
        // Only long refusals (a client's bucket, seconds) are remembered; a short one (the
        // global bucket, refilled every few milliseconds) is asked again, so that the clients
        // knocking meanwhile spend their own budgets.
        if (wait >= rememberedWaitMs) remember(sorted[index]!.key, now + wait, now);
        longest = Math.max(longest, wait);
      }
      return refusal(longest);
    },
  };
}

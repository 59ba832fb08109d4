import type { RateLimitBackend } from '@reportal/server';
import type { SqlQueryable } from '../driver/sql-driver.js';

/**
 * Rate-limit buckets in the store's UNLOGGED tables, shared by every process on the database:
 * one call of `take_rate_limit` per request, all or nothing. The secret of each period is made
 * by the first process that needs it and deleted, with the period's buckets, when the next
 * period begins.
 */
export function createPostgresRateLimitBackend(
  driver: SqlQueryable,
  schema: string,
): RateLimitBackend {
  const s = schema;
  const secrets = new Map<number, Promise<Uint8Array>>();

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
      // Locked in key order, so that two calls never wait on each other in a cycle.
      const sorted = [...takes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const { rows } = await driver.query<{ wait: number }>(
        `SELECT ${s}.take_rate_limit($1::text[], $2::bigint[], $3::float8[], $4::float8[],
          $5::int[], $6::float8) AS wait`,
        [
          sorted.map((item) => item.key),
          sorted.map((item) => item.period ?? null),
          sorted.map((item) => item.limit.burst),
          sorted.map((item) => item.limit.perMinute / 60_000),
          sorted.map((item) => item.cost),
          now,
        ],
      );
      const wait = Number(rows[0]?.wait ?? 0);
      return wait > 0 ? { ok: false, retryAfterSeconds: wait } : { ok: true };
    },
  };
}

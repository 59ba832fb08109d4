import type { Pool, PoolClient } from 'pg';
import { PostgresStoreError } from '../errors/postgres-store-error.js';
import { type SqlDriver, type SqlQueryable, type SqlResult, sqlState } from './sql-driver.js';

/** Network failures of the connection itself (Node's system error codes). */
const connectionFailures = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * True when the database cannot be reached now, rather than refusing this statement: refused or
 * lost connections, SQLSTATE class 08 (connection exception), 57P01-57P03 (shutting down,
 * starting up) and 53300 (too many connections).
 */
export function isUnavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (state !== undefined) {
    return state.startsWith('08') || /^57P0[123]$/.test(state) || state === '53300';
  }
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && connectionFailures.has(code)) return true;
  return (
    typeof message === 'string' &&
    /^Connection terminated|^timeout exceeded when trying to connect/.test(message)
  );
}

/** A failure to reach the database as a `PostgresStoreError` of code `unavailable`. */
const asUnavailable = (error: unknown): unknown =>
  isUnavailable(error)
    ? new PostgresStoreError('unavailable', 'The database cannot be reached now', {
        cause: error,
      })
    : error;

/** A driver on a `pg` Pool; `ownsPool` says whether `close` ends the pool. */
export function createPgDriver(pool: Pool, options: { ownsPool: boolean }): SqlDriver {
  const run = async <Row>(
    client: Pool | PoolClient,
    text: string,
    params?: readonly unknown[],
  ): Promise<SqlResult<Row>> => {
    try {
      const result = await client.query(text, params as unknown[] | undefined);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    } catch (error) {
      throw asUnavailable(error);
    }
  };
  return {
    connections: pool.options.max ?? 10,
    query: (text, params) => run(pool, text, params),
    async transaction(work) {
      const client = await pool.connect().catch((error: unknown) => {
        throw asUnavailable(error);
      });
      let broken: unknown;
      try {
        await run(client, 'BEGIN');
        const transaction: SqlQueryable = { query: (text, params) => run(client, text, params) };
        const result = await work(transaction);
        await run(client, 'COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError;
        }
        throw error;
      } finally {
        // A connection whose rollback failed is in an unknown state: destroy it.
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
    async close() {
      if (options.ownsPool) await pool.end();
    },
  };
}

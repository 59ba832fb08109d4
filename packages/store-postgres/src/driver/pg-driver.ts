import type { Pool, PoolClient } from 'pg';
import type { SqlDriver, SqlQueryable, SqlResult } from './sql-driver.js';

/** A driver on a `pg` Pool; `ownsPool` says whether `close` ends the pool. */
export function createPgDriver(pool: Pool, options: { ownsPool: boolean }): SqlDriver {
  const run = async <Row>(
    client: Pool | PoolClient,
    text: string,
    params?: readonly unknown[],
  ): Promise<SqlResult<Row>> => {
    const result = await client.query(text, params as unknown[] | undefined);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  };
  return {
    connections: pool.options.max ?? 10,
    query: (text, params) => run(pool, text, params),
    async transaction(work) {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query('BEGIN');
        const transaction: SqlQueryable = { query: (text, params) => run(client, text, params) };
        const result = await work(transaction);
        await client.query('COMMIT');
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

import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriver, SqlResult } from './sql-driver.js';

/** A driver on a PGlite database (one connection: PGlite runs one statement at a time). */
export function createPgliteDriver(
  database: PGlite,
  options: { ownsDatabase: boolean },
): SqlDriver {
  const toResult = <Row>(result: { rows: unknown[]; affectedRows?: number }): SqlResult<Row> => ({
    rows: result.rows as Row[],
    rowCount: result.affectedRows ?? result.rows.length,
  });
  return {
    connections: 1,
    query: async (text, params) => toResult(await database.query(text, params as unknown[])),
    transaction: (work) =>
      database.transaction((transaction) =>
        work({
          query: async (text, params) =>
            toResult(await transaction.query(text, params as unknown[])),
        }),
      ),
    async close() {
      if (options.ownsDatabase && !database.closed) await database.close();
    },
  };
}

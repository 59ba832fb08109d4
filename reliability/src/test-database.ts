// A PostgreSQL database of a suite's own: created at the start, dumped and dropped at the end.
import pg from 'pg';

const adminUrl =
  process.env.REPORTAL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database created for one suite. */
export interface TestDatabase {
  name: string;
  url: string;
  /** Runs a query on the suite's database. */
  query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<Row[]>;
  /** The number of rows of every table, keyed `schema.table`. */
  countRows(): Promise<Record<string, number>>;
  /** Every row of every table as PostgreSQL prints it (`SELECT t::text`), table by table. */
  dump(): Promise<string>;
  /** Closes the connections and drops the database (WITH (FORCE)). */
  drop(): Promise<void>;
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database named after the suite; the server's store migrates it at start-up.
 *
 * @example
 * ```ts
 * const database = await createTestDatabase('crash');
 * const counts = await database.countRows();
 * ```
 */
export async function createTestDatabase(suite: string): Promise<TestDatabase> {
  const name = `reportal_reliability_${suite}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const query = async <Row extends pg.QueryResultRow>(text: string, values?: unknown[]) =>
    (await pool.query<Row>(text, values)).rows;
  const tables = () =>
    query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'
       ORDER BY 1, 2`,
    );
  return {
    name,
    url,
    query,
    async countRows() {
      const counts: Record<string, number> = {};
      for (const table of await tables()) {
        const [row] = await query<{ count: string }>(
          `SELECT count(*) AS count FROM "${table.schema}"."${table.name}"`,
        );
        counts[`${table.schema}.${table.name}`] = Number(row!.count);
      }
      return counts;
    },
    async dump() {
      let dump = '';
      for (const table of await tables()) {
        const rows = await query<{ row: string }>(
          `SELECT t::text AS row FROM "${table.schema}"."${table.name}" t`,
        );
        dump += `${table.schema}.${table.name}\n${rows.map((row) => row.row).join('\n')}\n`;
      }
      return dump;
    },
    async drop() {
      await pool.end();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

// Test helpers for the real PostgreSQL (not exported from the package).
import pg from 'pg';

/** The test database: trust auth on 127.0.0.1, database `test`, user `postgres`. */
export const testDatabaseUrl =
  process.env.REPORTAL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Checks that the test PostgreSQL answers. It runs on every machine of this project and in CI, so
 * an unreachable database fails the tests with a message saying how to start it: never a skip.
 */
export async function probeTestDatabase(): Promise<true> {
  const client = new pg.Client({
    connectionString: testDatabaseUrl,
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    throw new Error(
      `The PostgreSQL tests need ${testDatabaseUrl} (set REPORTAL_TEST_DATABASE_URL for another): ${String(error)}. Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** A schema name of its own for one test store. */
export function testSchemaName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

/** Runs one statement on the test database with a short-lived connection. */
export async function onTestDatabase<Row = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Drops a test schema and everything in it. */
export async function dropTestSchema(schema: string): Promise<void> {
  await onTestDatabase(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

// Test helpers for the real PostgreSQL (not exported from the package).
import pg from 'pg';

/** The test database: trust auth on 127.0.0.1, database `test`, user `postgres`. */
export const testDatabaseUrl =
  process.env.REPORTAL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether the test PostgreSQL answers. In CI (CI=true) an unreachable database is an error, never
 * a skip; elsewhere the caller skips with a message saying so.
 */
export async function probeTestDatabase(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: testDatabaseUrl,
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    if (runningInCi()) {
      throw new Error(
        `PostgreSQL is required in CI (CI=true) but ${testDatabaseUrl} is unreachable: ${String(error)}`,
        { cause: error },
      );
    }
    console.warn(
      `\n*** SKIPPED: the PostgreSQL tests of @reportal/store-postgres: ${testDatabaseUrl} is unreachable (${String(error)}). In CI this fails. ***\n`,
    );
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function runningInCi(): boolean {
  const value = process.env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
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

import type { SqlDriver } from '../driver/sql-driver.js';
import { PostgresStoreError } from '../errors/postgres-store-error.js';
import { type Migration, migrations } from './migrations.js';

/** What `migrate` did. */
export interface MigrationResult {
  /** The schema the store lives in. */
  schema: string;
  /** The versions applied by this call, in order (empty when the schema was up to date). */
  applied: number[];
  /** The schema's version afterwards. */
  version: number;
}

/** The first key of the advisory lock migrations hold ('RPTL'); the second is the schema's. */
const migrationLockClass = 0x5250544c;

/** The store's default schema. */
export const DEFAULT_SCHEMA = 'reportal';

/** Checks a schema name and returns it quoted for SQL. */
export function quoteSchema(schema: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new PostgresStoreError(
      'invalid_argument',
      `Schema names are letters, digits and underscores (at most 63, not starting with a digit): ${JSON.stringify(schema)}`,
    );
  }
  return `"${schema}"`;
}

/**
 * Applies the migrations the schema lacks, in one transaction under a transaction-level advisory
 * lock, so several processes starting at once apply each migration exactly once.
 */
export async function migrateSchema(
  driver: SqlDriver,
  schema: string,
  known: readonly Migration[] = migrations,
): Promise<MigrationResult> {
  const quoted = quoteSchema(schema);
  const latest = known.at(-1)?.version ?? 0;
  // The usual start: the schema is up to date. Two reads say so, without the lock and the DDL
  // (a fifth of the embedded store's start-up).
  const present = await driver.query<{ present: boolean }>(
    'SELECT to_regclass($1) IS NOT NULL AS present',
    [`${quoted}.schema_migrations`],
  );
  if (present.rows[0]?.present) {
    const { rows } = await driver.query<{ version: number }>(
      `SELECT version FROM ${quoted}.schema_migrations`,
    );
    const done = new Set(rows.map((row) => Number(row.version)));
    if (
      known.every((migration) => done.has(migration.version)) &&
      Math.max(0, ...done) === latest
    ) {
      return { schema, applied: [], version: latest };
    }
  }
  return driver.transaction(async (transaction) => {
    await transaction.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      migrationLockClass,
      schema,
    ]);
    await transaction.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await transaction.query(
      `CREATE TABLE IF NOT EXISTS ${quoted}.schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const { rows } = await transaction.query<{ version: number }>(
      `SELECT version FROM ${quoted}.schema_migrations ORDER BY version`,
    );
    const done = new Set(rows.map((row) => Number(row.version)));
    const newest = Math.max(0, ...done);
    if (newest > latest) {
      throw new PostgresStoreError(
        'schema_too_new',
        `Schema ${schema} is at version ${newest}, newer than this @reportal/store-postgres knows (${latest}): upgrade the package`,
      );
    }
    const applied: number[] = [];
    for (const migration of known) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements(quoted)) await transaction.query(statement);
      await migration.backfill?.(transaction, quoted);
      await transaction.query(
        `INSERT INTO ${quoted}.schema_migrations (version, name) VALUES ($1, $2)`,
        [migration.version, migration.name],
      );
      applied.push(migration.version);
    }
    return { schema, applied, version: Math.max(newest, ...applied) };
  });
}

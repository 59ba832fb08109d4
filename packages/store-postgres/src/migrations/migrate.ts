import { pgliteDriver } from '../create-pglite-store.js';
import { type PostgresConnection, postgresDriver } from '../create-postgres-store.js';
import { DEFAULT_SCHEMA, type MigrationResult, migrateSchema } from './migrate-schema.js';

/** Options of `migrate`: a PostgreSQL connection or a PGlite folder, and the schema. */
export type MigrateOptions = (PostgresConnection | { dataDir: string }) & {
  /** Default `reportal`. */
  schema?: string;
};

/**
 * Applies the pending migrations and returns. Safe to run from several processes at once: they
 * wait for each other on an advisory lock, and each migration is applied once. The stores also
 * migrate at start-up; `reportal migrate` runs this ahead of a deployment.
 *
 * @example
 * ```ts
 * const { applied, version } = await migrate({ connectionString: process.env.DATABASE_URL! });
 * console.log(`schema at version ${version}, applied ${applied.length}`);
 * ```
 */
export async function migrate(options: MigrateOptions): Promise<MigrationResult> {
  const driver =
    'dataDir' in options && options.dataDir !== undefined
      ? await pgliteDriver(options.dataDir)
      : postgresDriver(options as PostgresConnection);
  try {
    return await migrateSchema(driver, options.schema ?? DEFAULT_SCHEMA);
  } finally {
    await driver.close();
  }
}

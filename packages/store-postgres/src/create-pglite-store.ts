import type { PGlite } from '@electric-sql/pglite';
import type { ReportStore } from '@reportal/server';
import type { StoreOptions } from './create-postgres-store.js';
import { createPgliteDriver } from './driver/pglite-driver.js';
import type { SqlDriver } from './driver/sql-driver.js';
import { DEFAULT_SCHEMA, migrateSchema } from './migrations/migrate-schema.js';
import { createDriverStore } from './store/postgres-report-store.js';

/** Options of `createPgliteStore`. */
export interface PgliteStoreOptions extends StoreOptions {
  /** The folder the database lives in, created if missing; in memory when absent (tests). */
  dataDir?: string;
}

/**
 * The report store on PGlite, PostgreSQL compiled to WebAssembly and embedded in the process:
 * nothing to install, the data in one folder. The same SQL as `createPostgresStore`; one process
 * at a time may open a folder.
 *
 * @example
 * ```ts
 * const store = await createPgliteStore({ dataDir: './.reportal/db' });
 * const reportal = createReportal({ portal: 'bz', store });
 * ```
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<ReportStore> {
  const driver = await pgliteDriver(options.dataDir);
  try {
    const schema = options.schema ?? DEFAULT_SCHEMA;
    if (options.migrate !== false) await migrateSchema(driver, schema);
    return createDriverStore(driver, { schema, groupCommit: options.groupCommit });
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** Opens PGlite (loaded only when used, so a `pg` deployment never loads the WebAssembly). */
export async function pgliteDriver(dataDir: string | undefined): Promise<SqlDriver> {
  const { PGlite } = await import('@electric-sql/pglite');
  const database: PGlite = await PGlite.create(dataDir === undefined ? undefined : { dataDir });
  return createPgliteDriver(database, { ownsDatabase: true });
}

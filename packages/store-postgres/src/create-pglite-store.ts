import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { ReportStore } from '@reportal/store';
import { type StoreOptions, timeBlindSettings } from './create-postgres-store.js';
import { createPgliteDriver } from './driver/pglite-driver.js';
import type { SqlDriver } from './driver/sql-driver.js';
import { type FolderLock, lockFolder } from './embedded/folder-lock.js';
import { makeFolderPrivate, privateFolderMode } from './embedded/private-files.js';
import {
  DEFAULT_SCHEMA,
  type MigrationResult,
  migrateSchema,
} from './migrations/migrate-schema.js';
import { createDriverStore } from './store/postgres-report-store.js';

/** Options of `createPgliteStore`. */
export interface PgliteStoreOptions extends StoreOptions {
  /** The folder the database lives in, created if missing; in memory when absent (tests). */
  dataDir?: string;
  /**
   * Told what the store did to its folder that its operator should know, in a sentence: that it
   * made files or folders private which other local accounts could read. Default: nothing.
   */
  onNotice?: (message: string) => void;
  /** Told what the migrations at open did (not called with `migrate: false`). */
  onMigrated?: (result: MigrationResult) => void;
}

/**
 * The report store on PGlite, PostgreSQL compiled to WebAssembly and embedded in the process:
 * nothing to install, the data in one folder. The same SQL as `createPostgresStore`.
 *
 * The folder is private to the account that runs the process (folders 0700, files 0600, at open
 * and at close, whatever PGlite wrote), and one process at a time has it open: a lock file holds
 * the opener's pid until `close`. A second opener gets `PostgresStoreError` `store_locked`; the
 * lock file of a process that no longer exists is taken over.
 *
 * @example
 * ```ts
 * const store = await createPgliteStore({ dataDir: './.reportal/db' });
 * const reportal = createReportal({ portal: 'bz', store });
 * ```
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<ReportStore> {
  const driver = await pgliteDriver(options.dataDir, { onNotice: options.onNotice });
  try {
    const schema = options.schema ?? DEFAULT_SCHEMA;
    if (options.migrate !== false) {
      const migrated = await migrateSchema(driver, schema);
      options.onMigrated?.(migrated);
    }
    const { dataDir } = options;
    return createDriverStore(driver, {
      schema,
      groupCommit: options.groupCommit,
      timeBlind: timeBlindSettings(options.timeBlind, dataDir && join(dataDir, 'held')),
    });
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/**
 * Opens PGlite (loaded only when used, so a `pg` deployment never loads the WebAssembly). A
 * folder on disk is locked for this process and made private first.
 */
export async function pgliteDriver(
  dataDir: string | undefined,
  options: { onNotice?: ((message: string) => void) | undefined } = {},
): Promise<SqlDriver> {
  const { PGlite } = await import('@electric-sql/pglite');
  const folder = dataDir === undefined ? undefined : folderOnDisk(dataDir);
  if (dataDir === undefined || folder === undefined) {
    const database: PGlite = await PGlite.create(dataDir === undefined ? undefined : { dataDir });
    return createPgliteDriver(database, { ownsDatabase: true });
  }
  mkdirSync(folder, { recursive: true, mode: privateFolderMode });
  const lock: FolderLock = await lockFolder(folder);
  let database: PGlite | undefined;
  try {
    const opened = makeFolderPrivate(folder);
    if (opened > 0) {
      options.onNotice?.(
        `Made the embedded store in ${folder} private: ${opened} file(s) or folder(s) were open to other local accounts; now its folders are 0700 and its files 0600.`,
      );
    }
    database = await PGlite.create({ dataDir });
    // A new database's files come 0666, its relation cache files 0644 (PGlite's own chmod).
    makeFolderPrivate(folder);
  } catch (error) {
    if (database !== undefined && !database.closed) await database.close().catch(() => {});
    lock.release();
    throw error;
  }
  const driver = createPgliteDriver(database, { ownsDatabase: true });
  return {
    ...driver,
    async close() {
      try {
        await driver.close();
        makeFolderPrivate(folder);
      } finally {
        lock.release();
      }
    },
  };
}

/** The folder of a PGlite data directory on disk, or `undefined` (memory, IndexedDB, OPFS). */
function folderOnDisk(dataDir: string): string | undefined {
  if (dataDir === '') return undefined;
  if (dataDir.startsWith('file://')) return dataDir.slice('file://'.length);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir) ? undefined : dataDir;
}

import type { ReportStore } from '@reportal/store';
import pg from 'pg';
import { createPgDriver } from './driver/pg-driver.js';
import type { SqlDriver } from './driver/sql-driver.js';
import { PostgresStoreError } from './errors/postgres-store-error.js';
import { DEFAULT_SCHEMA, migrateSchema, quoteSchema } from './migrations/migrate-schema.js';
import type { GroupCommitOptions } from './store/group-commit.js';
import { databaseKeyKeeper, folderKeyKeeper, type HeldKeyKeeper } from './store/held-reports.js';
import { createDriverStore } from './store/postgres-report-store.js';
import type { TimeBlindSettings } from './store/time-blind-intake.js';

/** Where the store's PostgreSQL is: a connection string, or a `pg` Pool of yours. */
export type PostgresConnection =
  | {
      /** For example `process.env.DATABASE_URL`. The store creates and ends its own pool. */
      connectionString: string;
      /** Connections of the pool the store creates (default 10). */
      maxConnections?: number;
      pool?: never;
    }
  | {
      /** Your pool; the store does not end it on `close`. */
      pool: pg.Pool;
      connectionString?: never;
      maxConnections?: never;
    };

/** Options of the stores of this package, whichever the driver. */
export interface StoreOptions {
  /** The schema the tables live in (default `reportal`), created if missing. */
  schema?: string;
  /** Apply pending migrations before the store is returned (default `true`). */
  migrate?: boolean;
  /** How concurrent reports share transactions (see `GroupCommitOptions`). */
  groupCommit?: GroupCommitOptions;
  /**
   * Time-blind intake (default off for now): each report is held sealed under a key of its hour
   * and stored with the rest of its hour when the hour's window ends, so that no file the
   * database writes (tables, indexes, WAL, a WAL archive or base backup made after the window)
   * tells when within its hour a report came. `true` takes the defaults.
   */
  timeBlind?: boolean | TimeBlindOptions;
}

/**
 * How a time-blind store holds reports.
 *
 * @example
 * ```ts
 * const store = await createPostgresStore({ connectionString, timeBlind: { graceMinutes: 10 } });
 * ```
 */
export interface TimeBlindOptions {
  /** Minutes after the end of an hour before its reports are released (default 5, 0 to 60). */
  graceMinutes?: number;
  /**
   * A folder for the keys of the held hours, one file each. Default: the database (an UNLOGGED
   * table) for `createPostgresStore`, `<dataDir>/held-keys` for `createPgliteStore`. A folder on
   * a memory file system (`/dev/shm/...`) keeps keys off every disk, at the price of the reports
   * held at a power cut or reboot.
   */
  keysFolder?: string;
  /** The clock (tests). */
  now?: () => Date;
}

/** The settings of a time-blind store from its options, or `undefined` when it is not one. */
export function timeBlindSettings(
  option: boolean | TimeBlindOptions | undefined,
  defaultKeys: () => HeldKeyKeeper,
): TimeBlindSettings | undefined {
  if (option === undefined || option === false) return undefined;
  const options = option === true ? {} : option;
  const graceMinutes = options.graceMinutes ?? 5;
  if (!Number.isInteger(graceMinutes) || graceMinutes < 0 || graceMinutes > 60) {
    throw new PostgresStoreError(
      'invalid_argument',
      `timeBlind.graceMinutes must be a whole number from 0 to 60, not ${graceMinutes}`,
    );
  }
  return {
    graceMinutes,
    keys: options.keysFolder ? folderKeyKeeper(options.keysFolder) : defaultKeys(),
    now: options.now ?? (() => new Date()),
  };
}

/** Options of `createPostgresStore`. */
export type PostgresStoreOptions = PostgresConnection &
  StoreOptions & {
    /**
     * Offer rate-limit buckets in the database (`store.rateLimitBackend`, in UNLOGGED tables),
     * which `createReportal` then uses: every process on the database shares one set of limits.
     * Default `true`; `false` keeps each process's limits in its own memory.
     */
    sharedRateLimits?: boolean;
  };

/**
 * The report store on PostgreSQL through a `pg` Pool, for production and for several server
 * processes sharing one database: idempotency, deduplication and case versions are all decided
 * by the database. Applies pending migrations first (under an advisory lock) unless
 * `migrate: false`.
 *
 * @example
 * ```ts
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL! });
 * const reportal = createReportal({ portal: 'bz', store });
 * ```
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<ReportStore> {
  const driver = postgresDriver(options);
  try {
    const schema = options.schema ?? DEFAULT_SCHEMA;
    if (options.migrate !== false) await migrateSchema(driver, schema);
    return createDriverStore(driver, {
      schema,
      groupCommit: options.groupCommit,
      sharedRateLimits: options.sharedRateLimits ?? true,
      timeBlind: timeBlindSettings(options.timeBlind, () =>
        databaseKeyKeeper(driver, quoteSchema(schema)),
      ),
    });
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** The driver for a connection string or a pool. */
export function postgresDriver(connection: PostgresConnection): SqlDriver {
  if (connection.pool) return createPgDriver(connection.pool, { ownsPool: false });
  const pool = new pg.Pool({
    connectionString: connection.connectionString,
    max: connection.maxConnections ?? 10,
  });
  // An idle connection that breaks must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return createPgDriver(pool, { ownsPool: true });
}

import type { ReportStore } from '@reportal/store';
import pg from 'pg';
import { createPgDriver } from './driver/pg-driver.js';
import type { SqlDriver } from './driver/sql-driver.js';
import { PostgresStoreError } from './errors/postgres-store-error.js';
import { DEFAULT_SCHEMA, migrateSchema } from './migrations/migrate-schema.js';
import type { GroupCommitOptions } from './store/group-commit.js';
import { heldSpool } from './store/held-reports.js';
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
   * Time-blind intake (off unless given; `reportal serve` turns it on): each report is held
   * sealed in a spool folder beside the database, under a key of its window, and stored with the
   * rest of its window when the window ends, so that nothing the database writes (tables,
   * indexes, WAL, a WAL archive or base backup) tells when within its window a report came.
   * `true` takes the defaults (the embedded store's only: `createPostgresStore` needs a folder).
   */
  timeBlind?: boolean | TimeBlindOptions;
}

/**
 * How a time-blind store holds reports.
 *
 * @example
 * ```ts
 * const store = await createPostgresStore({
 *   connectionString,
 *   timeBlind: { folder: '/var/lib/reportal/held', windowMinutes: 60, graceMinutes: 5 },
 * });
 * ```
 */
export interface TimeBlindOptions {
  /**
   * Minutes in a window, aligned to the clock (UTC): a report that arrives at 15:12 with the
   * default 60 belongs to the window that ends at 16:00. A whole number that divides a day
   * (1440). A window shorter than an hour lets the order of an hour's windows be seen.
   */
  windowMinutes?: number;
  /** Minutes after the end of a window before its reports are released (default 5, 0 to 60). */
  graceMinutes?: number;
  /**
   * The spool folder: the held reports, sealed, and (unless `keysFolder`) their windows' keys.
   * Default `<dataDir>/held` for `createPgliteStore`; required for `createPostgresStore`. Every
   * process on one database should share one folder: a process releases only what its folder
   * holds.
   */
  folder?: string;
  /**
   * A folder for the keys alone. On a memory file system (`/dev/shm/...`) a copy of the disk
   * holds no key, at the price of the reports held at a power cut or reboot.
   */
  keysFolder?: string;
  /** The clock (tests). */
  now?: () => Date;
}

/** The settings of a time-blind store from its options, or `undefined` when it is not one. */
export function timeBlindSettings(
  option: boolean | TimeBlindOptions | undefined,
  defaultFolder: string | undefined,
): TimeBlindSettings | undefined {
  if (option === undefined || option === false) return undefined;
  const options = option === true ? {} : option;
  const windowMinutes = options.windowMinutes ?? 60;
  const graceMinutes = options.graceMinutes ?? 5;
  if (!Number.isInteger(windowMinutes) || windowMinutes < 1 || 1440 % windowMinutes !== 0) {
    throw new PostgresStoreError(
      'invalid_argument',
      `timeBlind.windowMinutes must be a whole number of minutes that divides a day (1440), not ${windowMinutes}`,
    );
  }
  if (!Number.isInteger(graceMinutes) || graceMinutes < 0 || graceMinutes > 60) {
    throw new PostgresStoreError(
      'invalid_argument',
      `timeBlind.graceMinutes must be a whole number from 0 to 60, not ${graceMinutes}`,
    );
  }
  const folder = options.folder ?? defaultFolder;
  if (!folder) {
    throw new PostgresStoreError(
      'invalid_argument',
      'timeBlind.folder is required: the folder where held reports wait for the end of their window',
    );
  }
  return {
    windowMinutes,
    graceMinutes,
    spool: heldSpool({ folder, keysFolder: options.keysFolder }),
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
      timeBlind: timeBlindSettings(options.timeBlind, undefined),
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

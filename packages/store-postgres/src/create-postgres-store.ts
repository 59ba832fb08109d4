import type { ReportStore } from '@reportal/store';
import pg from 'pg';
import { createPgDriver } from './driver/pg-driver.js';
import type { SqlDriver } from './driver/sql-driver.js';
import { DEFAULT_SCHEMA, migrateSchema } from './migrations/migrate-schema.js';
import type { GroupCommitOptions } from './store/group-commit.js';
import { createDriverStore } from './store/postgres-report-store.js';

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

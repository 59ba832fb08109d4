/** @reportal/store-postgres: the Reportal report store on PostgreSQL (a `pg` Pool) or PGlite. */
export { createPgliteStore, type PgliteStoreOptions } from './create-pglite-store.js';
export type { TimeBlindOptions } from './create-postgres-store.js';
export {
  createPostgresStore,
  type PostgresConnection,
  type PostgresStoreOptions,
  type StoreOptions,
} from './create-postgres-store.js';
export {
  type EmbeddedStoreHolder,
  embeddedStoreHolder,
} from './embedded/folder-lock.js';
export {
  PostgresStoreError,
  type PostgresStoreErrorCode,
} from './errors/postgres-store-error.js';
export { type MigrateOptions, migrate } from './migrations/migrate.js';
export { DEFAULT_SCHEMA, type MigrationResult } from './migrations/migrate-schema.js';
export type { GroupCommitOptions } from './store/group-commit.js';

import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { listPortals, type Portal } from '@reportal/core';
import type { ReportStore, RetentionPolicy } from '@reportal/store';
import {
  createPgliteStore,
  createPostgresStore,
  type MigrationResult,
  migrate,
  type TimeBlindOptions,
} from '@reportal/store-postgres';
import { type CommandContext, UsageError } from '../command.js';
import { type RunningStore, runningStoreOf } from './running-store.js';

/** The options every command that opens the store takes. */
export const storeCommandOptions = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

/** Where the store is: a PGlite folder (the default, `./.reportal`) or a PostgreSQL URL. */
export type StoreLocation = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export const storeOptionsHelp = `  --data <folder>        the embedded store's folder (default ./.reportal)
  --database-url <url>   PostgreSQL instead of the embedded store (default: $DATABASE_URL)`;

/** Reads `--data` and `--database-url` (or `DATABASE_URL`); both at once is a usage error. */
export function storeLocation(
  values: { data?: string | undefined; 'database-url'?: string | undefined },
  cwd: string,
  environment: NodeJS.ProcessEnv = process.env,
): StoreLocation {
  const url =
    values['database-url'] ?? (values.data === undefined ? environment.DATABASE_URL : undefined);
  if (values.data !== undefined && values['database-url'] !== undefined) {
    throw new UsageError('give either --data or --database-url, not both');
  }
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new UsageError('--database-url must start with postgres://');
    return { kind: 'postgres', url };
  }
  return { kind: 'pglite', dataDir: resolve(cwd, values.data ?? '.reportal', 'db') };
}

/** Says where the store is, without any password. */
export function describeStore(location: StoreLocation): string {
  if (location.kind === 'pglite') return `embedded store in ${location.dataDir}`;
  const url = new URL(location.url);
  url.password = '';
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

/** What opening a store may tell: notices for the operator (a folder made private). */
export interface OpenStoreOptions {
  onNotice?: (message: string) => void;
  /** Hold reports until the end of their hour (`reportal serve --time-blind`). */
  timeBlind?: TimeBlindOptions;
}

/** What the migrations did when each embedded store was opened (the server answers with it). */
const migrationsAtOpen = new WeakMap<ReportStore, MigrationResult>();

/** What the migrations did when `openStore` opened this embedded store. */
export function migrationAtOpen(store: ReportStore): MigrationResult | undefined {
  return migrationsAtOpen.get(store);
}

/** Opens (and migrates) the store. An embedded store's folders are made private first. */
export async function openStore(
  location: StoreLocation,
  options: OpenStoreOptions = {},
): Promise<ReportStore> {
  const { timeBlind } = options;
  if (location.kind === 'postgres') {
    return createPostgresStore({ connectionString: location.url, ...(timeBlind && { timeBlind }) });
  }
  prepareDataFolder(location.dataDir, options);
  let migration: MigrationResult | undefined;
  const store = await createPgliteStore({
    dataDir: location.dataDir,
    onMigrated: (result) => {
      migration = result;
    },
    ...(options.onNotice && { onNotice: options.onNotice }),
    ...(timeBlind && { timeBlind }),
  });
  if (migration) migrationsAtOpen.set(store, migration);
  return store;
}

/** Applies pending migrations (when the server has the folder open: what it applied at start). */
export async function migrateStore(
  location: StoreLocation,
  context: CommandContext,
): Promise<MigrationResult> {
  const running = runningStoreOf(context);
  if (running) return { ...servedStore(running, location).migration, applied: [] };
  if (location.kind === 'postgres') return migrate({ connectionString: location.url });
  prepareDataFolder(location.dataDir, { onNotice: noticeTo(context) });
  return migrate({ dataDir: location.dataDir });
}

/**
 * The `--data` folder holds the store's folder and the server's admin socket: private to its
 * owner (0700) like the store's folder, which the store makes private itself.
 */
function prepareDataFolder(dataDir: string, options: OpenStoreOptions): void {
  const folder = dirname(dataDir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const mode = statSync(folder).mode & 0o777;
  if (mode === 0o700) return;
  chmodSync(folder, 0o700);
  if (mode & 0o077) {
    options.onNotice?.(
      `Made ${folder} private (0700): the embedded store and the admin socket of reportal serve live in it.`,
    );
  }
}

/** The running server's store, if it is the one the command names. */
function servedStore(running: RunningStore, location: StoreLocation): RunningStore {
  if (location.kind === 'pglite' && location.dataDir === running.dataDir) return running;
  throw new Error(
    `the running server has the embedded store in ${running.dataDir} open, not ${describeStore(location)}`,
  );
}

/** Notices of a command line tool: one line on standard error. */
function noticeTo(context: CommandContext): (message: string) => void {
  return (message) => context.stderr(`reportal: ${message}`);
}

/** A plain-words reason a store could not be opened. */
export function storeFailure(location: StoreLocation, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return location.kind === 'postgres'
    ? `cannot reach the database (${describeStore(location)}): ${detail}`
    : `cannot open the embedded store in ${location.dataDir}: ${detail}`;
}

/**
 * Opens the store the options name, runs `use` with it and closes it. When the store cannot be
 * opened, says why on standard error and answers `undefined`. A command that a running server
 * runs for the CLI uses the server's open store.
 */
export async function withStore<Result>(
  values: { data?: string | undefined; 'database-url'?: string | undefined },
  context: CommandContext,
  use: (store: ReportStore) => Promise<Result>,
): Promise<Result | undefined> {
  const location = storeLocation(values, context.cwd);
  const running = runningStoreOf(context);
  let store: ReportStore;
  try {
    store = running
      ? servedStore(running, location).store
      : await openStore(location, { onNotice: noticeTo(context) });
  } catch (error) {
    context.stderr(`reportal: ${storeFailure(location, error)}`);
    return undefined;
  }
  try {
    return await use(store);
  } finally {
    if (!running) await store.close();
  }
}

/** A portal's retention periods as the store's purge takes them. */
export function retentionPolicyOf(portal: Portal): RetentionPolicy {
  return {
    portal: portal.id,
    contactDetailsDays: portal.retention.contactDays,
    reportsDays: portal.retention.reportDays,
  };
}

/** The portals a store command covers: the one named by `--portal`, or every portal of the registry. */
export function selectedPortals(id: string | undefined): Portal[] {
  const portals = listPortals().filter((portal) => id === undefined || portal.id === id);
  if (portals.length === 0) throw new UsageError(`unknown portal "${id}"`);
  return portals;
}

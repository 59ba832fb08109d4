import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Portal } from '@reportal/core';
import type { ReportStore, RetentionPolicy } from '@reportal/server';
import { createPgliteStore, createPostgresStore, migrate } from '@reportal/store-postgres';
import { type CommandContext, UsageError } from '../command.js';

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

/** Opens (and migrates) the store. */
export async function openStore(location: StoreLocation): Promise<ReportStore> {
  if (location.kind === 'postgres') return createPostgresStore({ connectionString: location.url });
  mkdirSync(location.dataDir, { recursive: true });
  return createPgliteStore({ dataDir: location.dataDir });
}

/** Applies pending migrations. */
export async function migrateStore(location: StoreLocation) {
  if (location.kind === 'postgres') return migrate({ connectionString: location.url });
  mkdirSync(location.dataDir, { recursive: true });
  return migrate({ dataDir: location.dataDir });
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
 * opened, says why on standard error and answers `undefined`.
 */
export async function withStore<Result>(
  values: { data?: string | undefined; 'database-url'?: string | undefined },
  context: CommandContext,
  use: (store: ReportStore) => Promise<Result>,
): Promise<Result | undefined> {
  const location = storeLocation(values, context.cwd);
  let store: ReportStore;
  try {
    store = await openStore(location);
  } catch (error) {
    context.stderr(`reportal: ${storeFailure(location, error)}`);
    return undefined;
  }
  try {
    return await use(store);
  } finally {
    await store.close();
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

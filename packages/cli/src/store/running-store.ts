import type { ReportStore } from '@reportal/store';
import type { MigrationResult } from '@reportal/store-postgres';
import type { CommandContext } from '../command.js';

/**
 * The store a running `reportal serve` has open, which the commands it runs for the CLI (through
 * its admin socket) use instead of opening the folder: one process writes an embedded store.
 */
export interface RunningStore {
  /** The embedded store's folder. */
  dataDir: string;
  store: ReportStore;
  /** What the migrations did when the server opened the store. */
  migration: MigrationResult;
}

/** The context of a command the server runs for the CLI: the CLI's, and the server's store. */
export interface RunningStoreContext extends CommandContext {
  runningStore: RunningStore;
}

/** The server's store when the server runs this command, else `undefined`. */
export function runningStoreOf(context: CommandContext): RunningStore | undefined {
  return (context as Partial<RunningStoreContext>).runningStore;
}

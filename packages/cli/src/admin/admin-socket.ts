import { chmodSync, lstatSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from '@reportal/server';
import type { ReportStore } from '@reportal/store';
import { ExitCode } from '../command.js';
import type { RunningStore, RunningStoreContext } from '../store/running-store.js';
import { migrationAtOpen, type StoreLocation } from '../store/store-options.js';
import {
  type AdminAnswer,
  type AdminRequest,
  adminSocketPath,
  commandsBesideServer,
  maxRequestBytes,
  parseAdminRequest,
  readLine,
} from './admin-protocol.js';

/** The admin socket a server listens on. */
export interface AdminSocket {
  path: string;
  /** Stops listening, lets the commands under way finish, and removes the socket file. */
  close(): Promise<void>;
}

/** How long a connection may take to send its command line. */
const requestTimeoutMilliseconds = 10_000;

/**
 * Listens on the admin socket of an embedded store that this process has open (and so locked):
 * the CLI sends it the commands that use the store, which run here, on the open store. A socket
 * file left by a killed server is replaced. Answers `undefined` for PostgreSQL (every process
 * opens it) and when the socket cannot be made (logged; the server runs without it).
 */
export async function openAdminSocket(options: {
  location: StoreLocation;
  store: ReportStore;
  logger: Logger;
}): Promise<AdminSocket | undefined> {
  const { location, store, logger } = options;
  const migration = migrationAtOpen(store);
  if (location.kind !== 'pglite' || migration === undefined) return undefined;
  const running: RunningStore = { dataDir: location.dataDir, store, migration };
  const path = adminSocketPath(location.dataDir);
  const waiting = new Set<Socket>();
  const underWay = new Set<Promise<void>>();
  const server = createServer((socket) => {
    const work = answer(socket, running, logger, waiting);
    underWay.add(work);
    void work.finally(() => underWay.delete(work));
  });
  try {
    removeStaleSocket(path);
    await listenPrivately(server, path);
  } catch (error) {
    server.close();
    logger.warn('admin socket unavailable', { reason: (error as Error).message });
    return undefined;
  }
  return {
    path,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of waiting) socket.destroy();
      await Promise.allSettled(underWay);
      await closed;
      removeStaleSocket(path);
    },
  };
}

/** Runs one command line for the CLI and answers its output and exit code. */
async function answer(
  socket: Socket,
  running: RunningStore,
  logger: Logger,
  waiting: Set<Socket>,
): Promise<void> {
  socket.on('error', () => {}); // a client that went away: nothing to answer
  waiting.add(socket);
  socket.setTimeout(requestTimeoutMilliseconds, () => socket.destroy());
  const line = await readLine(socket, maxRequestBytes);
  waiting.delete(socket);
  socket.setTimeout(0);
  const request = line === undefined ? undefined : parseAdminRequest(line);
  if (request === undefined) {
    socket.destroy();
    return;
  }
  const result = await runCommand(request, running);
  logger.info('admin command', { command: commandWords(request.argv), exitCode: result.exitCode });
  socket.end(`${JSON.stringify(result)}\n`);
}

async function runCommand(request: AdminRequest, running: RunningStore): Promise<AdminAnswer> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const [name] = request.argv;
  if (!commandsBesideServer.includes(name!)) {
    stderr.push(`reportal: a running server runs only ${commandsBesideServer.join(', ')}.`);
    return { exitCode: ExitCode.usage, stdout, stderr };
  }
  const context: RunningStoreContext = {
    cwd: request.cwd,
    stdout: (text) => stdout.push(...text.split('\n')),
    stderr: (text) => stderr.push(...text.split('\n')),
    runningStore: running,
  };
  try {
    // The command line's own runner, imported when used: run.ts imports serve.ts, which imports this.
    const { run } = await import('../run.js');
    return { exitCode: await run(request.argv, context), stdout, stderr };
  } catch (error) {
    stderr.push(`reportal: ${(error as Error).message}`);
    return { exitCode: ExitCode.problems, stdout, stderr };
  }
}

/** The command's words for the log (`tokens create`), never its values (ids, labels). */
function commandWords(argv: readonly string[]): string {
  const [name, subcommand] = argv;
  return subcommand !== undefined && /^[a-z]+$/.test(subcommand) ? `${name} ${subcommand}` : name!;
}

/** Removes a socket file at `path` if there is one; refuses to remove anything else. */
function removeStaleSocket(path: string): void {
  try {
    if (!lstatSync(path).isSocket()) throw new Error(`${path} exists and is not a socket`);
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Listens with the socket file created 0600 (umask while binding), and makes sure of it. */
async function listenPrivately(server: Server, path: string): Promise<void> {
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const umask = process.umask(0o177);
  try {
    server.listen(path);
  } finally {
    process.umask(umask);
  }
  await listening;
  chmodSync(path, 0o600);
}

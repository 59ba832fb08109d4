import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ParseArgsConfig } from 'node:util';
import { embeddedStoreHolder } from '@reportal/store-postgres';
import { type CommandContext, type CommandGroup, ExitCode, parseCommandLine } from '../command.js';
import { runningStoreOf } from '../store/running-store.js';
import { storeLocation } from '../store/store-options.js';
import {
  type AdminAnswer,
  type AdminRequest,
  adminSocketPath,
  maxAnswerBytes,
  parseAdminAnswer,
  readLine,
} from './admin-protocol.js';

type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What the help of each such command says about it. */
export const besideRunningServerHelp = `While reportal serve has the same embedded store open, the command runs in that server
(through <data>/admin.sock) and takes effect there at once: one process at a time opens the
folder. With PostgreSQL it runs here.`;

/** How long a command waits for a holder without an admin socket (another command) to finish. */
const releaseWaitMilliseconds = 5_000;

/**
 * A command that uses the store, made to work beside a running server: when a live process has
 * the embedded store's folder open, the command line goes to that process's admin socket and runs
 * there, on its open store; when no admin socket answers, the command does nothing and says so.
 * Otherwise (the folder is free, PostgreSQL, help, a wrong command line) it runs here.
 */
export function besideRunningServer(
  name: string,
  options: CommandOptions,
  run: CommandGroup['run'],
): CommandGroup['run'] {
  return async (args, context) => {
    if (runningStoreOf(context)) return run(args, context); // the server runs it for the CLI
    const dataDir = embeddedFolderOf(args, options, context);
    const holder = dataDir === undefined ? undefined : await embeddedStoreHolder(dataDir);
    if (dataDir === undefined || holder === undefined) return run(args, context);

    const socketPath = adminSocketPath(dataDir);
    const reply = await askServer(socketPath, { argv: [name, ...args], cwd: context.cwd }, context);
    if (reply.kind === 'answered') {
      for (const line of reply.answer.stdout) context.stdout(line);
      for (const line of reply.answer.stderr) context.stderr(line);
      return reply.answer.exitCode;
    }
    if (reply.kind === 'lost') {
      context.stderr(
        `reportal: the server (process ${holder.pid}) that has the embedded store in ${dataDir} open did not answer to the end; the command may or may not have been carried out.`,
      );
      return ExitCode.problems;
    }
    // No admin socket: perhaps another command that will soon let the folder go.
    const still = await heldAfterWaiting(dataDir);
    if (still === undefined) return run(args, context);
    context.stderr(
      `reportal: the embedded store in ${dataDir} is in use by process ${still.pid}, and no reportal serve answers on ${socketPath}; nothing was done. Stop that process (or let it finish), then run the command again.`,
    );
    return ExitCode.problems;
  };
}

/** The embedded store's folder the command line names, if it runs (not help, not a usage error). */
function embeddedFolderOf(
  args: readonly string[],
  options: CommandOptions,
  context: CommandContext,
): string | undefined {
  try {
    const { values } = parseCommandLine(args, options);
    if (values.help === true) return undefined;
    const location = storeLocation(
      values as { data?: string | undefined; 'database-url'?: string | undefined },
      context.cwd,
    );
    return location.kind === 'pglite' ? location.dataDir : undefined;
  } catch {
    return undefined; // the command says what is wrong when it runs
  }
}

async function heldAfterWaiting(dataDir: string) {
  const deadline = Date.now() + releaseWaitMilliseconds;
  for (;;) {
    const holder = await embeddedStoreHolder(dataDir);
    if (holder === undefined || Date.now() > deadline) return holder;
    await sleep(100);
  }
}

type ServerReply =
  | { kind: 'answered'; answer: AdminAnswer }
  /** Nothing listens: the command was not sent. */
  | { kind: 'unreachable' }
  /** Sent, but no complete answer came back: it may or may not have run. */
  | { kind: 'lost' };

/** Sends one command line to the admin socket and waits for its answer. */
function askServer(
  path: string,
  request: AdminRequest,
  context: CommandContext,
): Promise<ServerReply> {
  return new Promise((resolve) => {
    const socket = createConnection(path);
    let sent = false;
    const onAbort = () => socket.destroy();
    const finish = (reply: ServerReply) => {
      context.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(reply);
    };
    context.signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('error', () => {
      if (!sent) finish({ kind: 'unreachable' });
    });
    socket.once('connect', () => {
      sent = true;
      socket.write(`${JSON.stringify(request)}\n`);
      void readLine(socket, maxAnswerBytes).then((line) => {
        const answer = line === undefined ? undefined : parseAdminAnswer(line);
        finish(answer === undefined ? { kind: 'lost' } : { kind: 'answered', answer });
      });
    });
  });
}

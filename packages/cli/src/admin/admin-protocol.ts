import type { Socket } from 'node:net';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * The admin socket of `reportal serve` on an embedded store: a Unix domain socket beside the
 * store's folder (`<data>/admin.sock`, 0600 in the 0700 `--data` folder). One request a
 * connection, one JSON line each way: the CLI sends a command line, the server runs that command
 * on its open store and answers what it printed and its exit code.
 */
export function adminSocketPath(dataDir: string): string {
  return join(dirname(dataDir), 'admin.sock');
}

/** The commands a server runs for the CLI: those that open the store. */
export const commandsBesideServer: readonly string[] = [
  'tokens',
  'purge',
  'migrate',
  'transparency',
];

/** A command line to run, and the working directory its relative paths are resolved in. */
export interface AdminRequest {
  argv: string[];
  cwd: string;
}

/** What the command printed, line by line, and its exit code. */
export interface AdminAnswer {
  exitCode: number;
  stdout: string[];
  stderr: string[];
}

/** The longest request line; a command line is far shorter. */
export const maxRequestBytes = 64 * 1024;
/** The longest answer line (a long `tokens list`). */
export const maxAnswerBytes = 16 * 1024 * 1024;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function parseAdminRequest(line: string): AdminRequest | undefined {
  const value = parseJson(line) as Partial<AdminRequest> | undefined;
  if (!isStringArray(value?.argv) || value.argv.length === 0 || value.argv.length > 64) return;
  if (typeof value.cwd !== 'string' || !isAbsolute(value.cwd)) return;
  return { argv: value.argv, cwd: value.cwd };
}

export function parseAdminAnswer(line: string): AdminAnswer | undefined {
  const value = parseJson(line) as Partial<AdminAnswer> | undefined;
  if (!Number.isInteger(value?.exitCode)) return;
  if (!isStringArray(value?.stdout) || !isStringArray(value.stderr)) return;
  return { exitCode: value.exitCode as number, stdout: value.stdout, stderr: value.stderr };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * Reads the socket up to its first newline: the line, or `undefined` when the socket ends,
 * fails or sends more than `maxBytes` first.
 */
export function readLine(socket: Socket, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (line: string | undefined) => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
      socket.off('error', onEnd);
      resolve(line);
    };
    const onData = (chunk: Buffer) => {
      const newline = chunk.indexOf(0x0a);
      const kept = newline === -1 ? chunk : chunk.subarray(0, newline);
      chunks.push(kept);
      length += kept.length;
      if (length > maxBytes) {
        socket.destroy();
        finish(undefined);
      } else if (newline !== -1) {
        finish(Buffer.concat(chunks).toString('utf8'));
      }
    };
    const onEnd = () => finish(undefined);
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('close', onEnd);
    socket.once('error', onEnd);
  });
}

// `reportal serve` in a process of its own, from the built CLI, on 127.0.0.1 and a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'undici';

const cliPath = fileURLToPath(new URL('../../packages/cli/dist/cli.js', import.meta.url));
// What Node itself prints on stderr when started with --inspect.
const inspectorLine = /^(Debugger listening on|Debugger attached|Debugger ending|For help, see:)/;

/** Everything the server processes of one suite wrote, for the anonymity audit. */
export class ServerLogs {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  /** All output, in one text. */
  text(): string {
    return `${this.stdout.join('')}\n${this.stderr.join('')}`;
  }
  /**
   * The JSON log lines of stderr, parsed (a line that is not JSON is kept as `{ raw }`), without
   * the inspector's own lines.
   */
  lines(): Record<string, unknown>[] {
    return this.stderr
      .join('')
      .split('\n')
      .filter((line) => line.trim() !== '' && !inspectorLine.test(line))
      .map((line) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          return { raw: line };
        }
      });
  }

  /** Waits until a JSON log line matches (checked every 50 ms), or fails after `timeoutMs`. */
  async waitForLine(
    matches: (line: Record<string, unknown>) => boolean,
    timeoutMs: number,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.lines().some(matches)) {
      if (Date.now() > deadline) throw new Error(`no such log line within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** How a server process ended. */
export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running `reportal serve`. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Settles when the process ends, however it ends. */
  exited: Promise<ServerExit>;
  /** True until the process has ended. */
  running(): boolean;
  /** Resident memory in bytes (VmRSS of /proc/<pid>/status). */
  residentBytes(): number;
  /** SIGTERM, then waits for the graceful stop. */
  stop(): Promise<ServerExit>;
  /** SIGKILL, then waits for the process to be gone. */
  kill(): Promise<ServerExit>;
  /**
   * With `inspect`: forces a full garbage collection through the inspector, then gives the bytes
   * the JavaScript heap still uses (what a leak would grow).
   */
  heapUsedAfterCollection(): Promise<number>;
}

/** Options of `startServer`. */
export interface StartServerOptions {
  databaseUrl: string;
  logs: ServerLogs;
  /** Default true; false passes `--rate-limit off`. */
  rateLimit?: boolean;
  /** Longest wait for the "serving" line, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /** Opens the inspector on 127.0.0.1 (a free port), for `heapUsedAfterCollection`. */
  inspect?: boolean;
  /** More options of `reportal serve` (for example `['--trust-proxy', 'loopback']`). */
  serveArgs?: readonly string[];
}

const started = new Set<ChildProcess>();

/**
 * Starts `reportal serve --portal bz` on PostgreSQL and resolves once it listens.
 *
 * @example
 * ```ts
 * const server = await startServer({ databaseUrl: database.url, logs: new ServerLogs() });
 * await server.kill();
 * ```
 */
export async function startServer(options: StartServerOptions): Promise<ServerProcess> {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run pnpm build first`);
  const args = [
    ...(options.inspect ? ['--inspect=127.0.0.1:0'] : []),
    cliPath,
    'serve',
    '--portal',
    'bz',
    '--database-url',
    options.databaseUrl,
  ];
  args.push('--port', '0', '--host', '127.0.0.1');
  if (options.rateLimit === false) args.push('--rate-limit', 'off');
  const serveArgs = options.serveArgs ?? [];
  // Time-blind intake holds reports until their window ends; the suites that count what was
  // stored right after their load turn it off, the time-blind crash run turns it on itself.
  if (!serveArgs.includes('--time-blind-window')) args.push('--time-blind-window', 'off');
  args.push(...serveArgs);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  const ownStdout: string[] = [];
  const ownStderr: string[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    ownStdout.push(chunk);
    options.logs.stdout.push(chunk);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    ownStderr.push(chunk);
    options.logs.stderr.push(chunk);
  });
  let ended = false;
  const exited = new Promise<ServerExit>((resolve) => {
    child.once('exit', (code, signal) => {
      ended = true;
      started.delete(child);
      resolve({ code, signal });
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`reportal serve did not start in time:\n${ownStderr.join('')}`));
    }, options.timeoutMs ?? 30_000);
    const onData = () => {
      const found = /at (http:\/\/127\.0\.0\.1:\d+) /.exec(ownStdout.join(''))?.[1];
      if (!found) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve(found);
    };
    child.stdout!.on('data', onData);
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(
        new Error(
          `reportal serve ended (${JSON.stringify(exit)}) before listening:\n${ownStderr.join('')}`,
        ),
      );
    });
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    exited,
    running: () => !ended,
    residentBytes() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
      if (!kilobytes) throw new Error(`no VmRSS for process ${pid}`);
      return Number(kilobytes) * 1024;
    },
    async stop() {
      if (!ended) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
    async kill() {
      if (!ended) child.kill('SIGKILL');
      return exited;
    },
    async heapUsedAfterCollection() {
      const inspectorUrl = /Debugger listening on (ws:\/\/\S+)/.exec(ownStderr.join(''))?.[1];
      if (!inspectorUrl) throw new Error('the server was not started with inspect');
      return inspectHeap(inspectorUrl);
    },
  };
}

/** Runs a full garbage collection through the inspector protocol and reads the heap's use. */
async function inspectHeap(inspectorUrl: string): Promise<number> {
  const socket = new WebSocket(inspectorUrl);
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error(`cannot reach the inspector at ${inspectorUrl}`));
  });
  const pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  };
  let nextId = 0;
  const call = (method: string) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, (message) =>
        message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result),
      );
      socket.send(JSON.stringify({ id, method }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  } finally {
    socket.close();
  }
}

/** Kills every server process still running (after a failed test). */
export async function killAllServers(): Promise<void> {
  const waits = [...started].map(
    (child) => new Promise<void>((resolve) => child.once('exit', () => resolve())),
  );
  for (const child of started) child.kill('SIGKILL');
  await Promise.all(waits);
}

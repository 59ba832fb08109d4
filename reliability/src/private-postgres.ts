// A PostgreSQL server of the test's own: initdb in a temporary folder, started on a free port, so
// that its WAL holds nothing but what the test did. As root it runs as the `postgres` user
// (initdb refuses root).
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A running private PostgreSQL server. */
export interface PrivatePostgres {
  /** The connection string of its `postgres` database. */
  url: string;
  /** Its data directory (WAL in `pg_wal/`). */
  dataDirectory: string;
  /** Runs one statement as the superuser. */
  query(statement: string): Promise<void>;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  throw new Error(
    'PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql',
  );
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts a private PostgreSQL server. Background checkpoints and autovacuum are off, so that the
 * WAL holds only what the test's own statements wrote (and the test says when to checkpoint).
 *
 * @example
 * ```ts
 * const server = await startPrivatePostgres();
 * await server.stop();
 * ```
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binaries();
  const folder = mkdtempSync(join(tmpdir(), 'reportal-private-pg-'));
  const dataDirectory = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? ['runuser', '-u', 'postgres', '--'] : [];
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(folder, uid, gid);
  }
  const run = (command: string, args: string[]) =>
    execFileSync(
      user[0] ?? command,
      [...user.slice(1), ...(user.length ? [command] : []), ...args],
      {
        stdio: 'pipe',
      },
    );
  run(join(bin, 'initdb'), ['-D', dataDirectory, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const child = spawn(
    user[0] ?? join(bin, 'postgres'),
    [
      ...user.slice(1),
      ...(user.length ? [join(bin, 'postgres')] : []),
      '-D',
      dataDirectory,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${folder}`,
      '-c',
      'checkpoint_timeout=1d',
      '-c',
      'autovacuum=off',
      '-c',
      'fsync=on',
    ],
    { stdio: 'ignore' },
  );
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(`the private PostgreSQL did not start: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    dataDirectory,
    async query(statement) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      run(join(bin, 'pg_ctl'), ['stop', '-D', dataDirectory, '-m', 'fast', '-w']);
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

// The CLI beside a running `reportal serve` on an embedded store: the store commands run in the
// server's process, through its admin socket; without an answering socket they do nothing and
// say so; after the server is killed they open the folder themselves.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, temporaryCore } from '../test-support.js';

const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const folders: string[] = [];
const servers: ChildProcess[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * A throw-away working folder (a core folder with the bz portal, so that runCli accepts it and
 * reportal serve serves bz from it), removed afterwards.
 * Commands run in this process, as a shell would run them, with `--data state` inside it.
 */
function temporaryFolder(): string {
  const folder = temporaryCore({ locales: ['en', 'es'], portals: ['bz'] });
  folders.push(folder);
  return folder;
}

/** `reportal serve` from the built CLI, in a process of its own with umask 022. */
async function startServer(cwd: string) {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: build the CLI first`);
  const child = spawn(
    'sh',
    ['-c', `umask 022; exec "${process.execPath}" "${cliPath}" serve --data state --port 0`],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  servers.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  for (;;) {
    url = /at (http:\/\/127\.0\.0\.1:\d+) /.exec(stdout)?.[1];
    if (url !== undefined) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      throw new Error(`reportal serve did not start:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    pid: child.pid!,
    logLines: () =>
      stderr
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function casesStatus(url: string, token: string): Promise<number> {
  const answer = await fetch(`${url}/v1/cases`, { headers: { Authorization: `Bearer ${token}` } });
  await answer.body?.cancel();
  return answer.status;
}

/** Every entry under `folder` (itself included) not 0700 (folders) or 0600 (files, sockets). */
function notPrivate(folder: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const stat = lstatSync(path);
    const mode = stat.mode & 0o777;
    if (mode !== (stat.isDirectory() ? 0o700 : 0o600)) found.push(`${mode.toString(8)} ${path}`);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(folder);
  return found;
}

describe('the store commands beside a running reportal serve on an embedded store', () => {
  it('run on the server, refuse without its admin socket, and open the folder once it is killed', async () => {
    const cwd = temporaryFolder();
    const state = join(cwd, 'state');
    const socket = join(state, 'admin.sock');
    const lockFile = join(state, 'db', 'reportal.lock');
    let server = await startServer(cwd);

    // tokens create: the token works at once on the running server.
    const created = await runCli(['tokens', 'create', '--role', 'analyst', '--data', 'state'], cwd);
    expect(created.code).toBe(0);
    expect(created.stdout).toHaveLength(1);
    const token = created.stdout[0]!;
    expect(token).toMatch(/^rpt_[0-9a-z]{40}$/);
    expect(created.stderr.join('\n')).toMatch(/Created analyst token \S+\. It is shown only/);
    expect(await casesStatus(server.url, token)).toBe(200);

    const listed = await runCli(['tokens', 'list', '--data', 'state'], cwd);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toHaveLength(1);
    expect(listed.stdout[0]).toMatch(/^\S+ {2}analyst {2}"analyst token" .* active$/);
    expect(listed.stdout.join('\n')).not.toContain(token);
    const id = listed.stdout[0]!.split(' ')[0]!;

    const revoked = await runCli(['tokens', 'revoke', id, '--data', 'state'], cwd);
    expect(revoked).toMatchObject({ code: 0, stdout: [`Revoked token ${id}.`] });
    expect(await casesStatus(server.url, token)).toBe(401);

    const purged = await runCli(['purge', '--portal', 'bz', '--data', 'state'], cwd);
    expect(purged.code).toBe(0);
    expect(purged.stdout[0]).toMatch(/^Removed contact details from 0 report\(s\)/);
    const report = await runCli(
      ['transparency', '--year', '2026', '--portal', 'bz', '--data', 'state'],
      cwd,
    );
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout.join('\n'))).toMatchObject({
      portal: 'bz',
      year: 2026,
      casesAssessed: 0,
    });
    const migrated = await runCli(['migrate', '--data', 'state'], cwd);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout[0]).toMatch(
      /^embedded store in .*state\/db: schema at version \d+, 0 migration\(s\) applied\.$/,
    );

    // A wrong command line is still a usage error, said by the server's run of the command.
    const wrong = await runCli(['tokens', 'create', '--role', 'king', '--data', 'state'], cwd);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr[0]).toMatch(/^reportal: --role must be one of/);

    // Private files: the umask was 022; the socket is 0600 too.
    expect(lstatSync(socket).isSocket()).toBe(true);
    expect(notPrivate(state)).toEqual([]);

    // A second server is refused, naming the holder.
    const second = await runCli(['serve', '--data', 'state', '--port', '0'], cwd);
    expect(second.code).toBe(1);
    expect(second.stderr.join('\n')).toContain(`is in use by process ${server.pid}`);

    // The server logs each command by its words only, never a token or an id.
    const logged = server.logLines().filter((line) => line.message === 'admin command');
    expect(logged.map((line) => line.command)).toEqual([
      'tokens create',
      'tokens list',
      'tokens revoke',
      'purge',
      'transparency',
      'migrate',
      'tokens create',
    ]);
    expect(JSON.stringify(server.logLines())).not.toContain(token);
    expect(JSON.stringify(server.logLines())).not.toContain(id);

    // Killed: its lock file and socket stay behind, and neither stops the CLI or a new server.
    await server.kill();
    expect(existsSync(lockFile)).toBe(true);
    expect(existsSync(socket)).toBe(true);
    const afterKill = await runCli(['tokens', 'list', '--data', 'state'], cwd);
    expect(afterKill.code).toBe(0);
    expect(afterKill.stdout).toEqual([expect.stringMatching(new RegExp(`^${id} .* revoked `))]);

    server = await startServer(cwd);
    const again = await runCli(['tokens', 'create', '--role', 'auditor', '--data', 'state'], cwd);
    expect(again.code).toBe(0);
    expect(await casesStatus(server.url, again.stdout[0]!)).toBe(200);

    // Without an admin socket that answers, nothing is done, and the command says so.
    unlinkSync(socket);
    for (const args of [
      ['tokens', 'create', '--role', 'supervisor', '--data', 'state'],
      ['tokens', 'revoke', id, '--data', 'state'],
    ]) {
      const refused = await runCli(args, cwd);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toEqual([]);
      expect(refused.stderr).toEqual([
        `reportal: the embedded store in ${join(state, 'db')} is in use by process ${server.pid}, and no reportal serve answers on ${socket}; nothing was done. Stop that process (or let it finish), then run the command again.`,
      ]);
    }

    expect(await server.stop()).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
    const tokens = await runCli(['tokens', 'list', '--data', 'state'], cwd);
    expect(tokens.stdout.map((line) => line.split('  ')[1])).toEqual(
      expect.arrayContaining(['analyst', 'auditor']),
    );
    expect(tokens.stdout).toHaveLength(2);
    expect(notPrivate(state)).toEqual([]);
  }, 180_000);

  it('makes a folder with looser modes private at start and says so on standard error', async () => {
    const cwd = temporaryFolder();
    const state = join(cwd, 'state');
    expect((await runCli(['migrate', '--data', 'state'], cwd)).code).toBe(0);
    chmodSync(state, 0o755);
    chmodSync(join(state, 'db'), 0o755);
    chmodSync(join(state, 'db', 'PG_VERSION'), 0o644);

    const listed = await runCli(['tokens', 'list', '--data', 'state'], cwd);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toEqual([
      `reportal: Made ${state} private (0700): the embedded store and the admin socket of reportal serve live in it.`,
      `reportal: Made the embedded store in ${join(state, 'db')} private: 2 file(s) or folder(s) were open to other local accounts; now its folders are 0700 and its files 0600.`,
    ]);
    expect(notPrivate(state)).toEqual([]);
  }, 60_000);
});

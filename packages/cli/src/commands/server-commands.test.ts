import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCli } from '../test-support.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'reportal-cli-store-'));
  folders.push(folder);
  return folder;
}

/** Runs a command in `cwd`, recording its output; `signal` stops a long-running one. */
const start = startCli;

async function waitFor<T>(
  probe: () => T | undefined,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const report = {
  schemaVersion: 1,
  portal: 'bz',
  locale: 'en',
  urls: ['https://www.example.com/gallery/7'],
  goodFaith: true,
};

describe('reportal serve, tokens, migrate and purge on the embedded store', () => {
  it('serves a portal, takes a report, and stops gracefully on the signal', async () => {
    const cwd = temporaryFolder();
    const migrated = start(['migrate', '--data', 'state'], cwd);
    expect(await migrated.done).toBe(0);
    expect(migrated.stdout.join('\n')).toMatch(/schema at version \d+/);

    const created = start(
      ['tokens', 'create', '--role', 'analyst', '--label', 'Analyst A', '--data', 'state'],
      cwd,
    );
    expect(await created.done).toBe(0);
    const token = created.stdout[0]!;
    expect(token).toMatch(/^rpt_[0-9a-z]{40}$/);
    expect(created.stdout).toHaveLength(1);

    const stop = new AbortController();
    const served = start(
      ['serve', '--portal', 'bz', '--data', 'state', '--port', '0'],
      cwd,
      stop.signal,
    );
    const url = await waitFor(
      () => /at (http:\/\/\S+) /.exec(served.stdout.join('\n'))?.[1],
      'the server to listen',
    );
    const accepted = await fetch(`${url}/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(accepted.status).toBe(201);
    const cases = await fetch(`${url}/v1/cases`, { headers: { Authorization: `Bearer ${token}` } });
    expect(cases.status).toBe(200);
    const form = await fetch(`${url}/es/`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('<form');
    // Time-blind intake (the default): the report waits, sealed, for the end of its hour.
    expect(((await cases.json()) as { items: unknown[] }).items).toHaveLength(0);
    expect(served.stdout.join('\n')).toMatch(
      /Time-blind intake: each hour's reports reach the analysts' queue 5 minutes after it ends \(the next at \S+:05:00\.000Z\); held reports are in the folder \S+state\/held/,
    );
    // The console says so, with how many wait and when they arrive.
    const queue = await fetch(`${url}/console/view/queue`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(queue.status).toBe(200);
    expect(await queue.text()).toMatch(
      /New reports are held, sealed, until their 60-minute window ends, and reach this queue 5 minutes after that, all together, so that no record tells when each one came\. Held now: 1\. Next arrival in the queue: [^<]*:05\b[^<]*UTC/,
    );
    const held = readdirSync(join(cwd, 'state', 'held'));
    expect(held.filter((file) => file.endsWith('.key'))).toHaveLength(1);
    expect(held.filter((file) => file.endsWith('.spool'))).toHaveLength(1);
    stop.abort();
    expect(await served.done).toBe(0);
    // The log is JSON lines with an hour, never an exact time, and no client identifier.
    const lines = served.stderr.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.message)).toEqual(
      expect.arrayContaining(['listening', 'stopped']),
    );
    for (const line of lines) {
      expect(line.hour).toMatch(/T\d\d:00:00\.000Z$/);
      expect(JSON.stringify(line)).not.toMatch(/user-agent|"address"|cookie/i);
    }

    const listed = start(['tokens', 'list', '--data', 'state'], cwd);
    expect(await listed.done).toBe(0);
    const [id] = listed.stdout[0]!.split(/\s+/);
    expect(listed.stdout[0]).toContain('analyst');
    expect(listed.stdout.join('\n')).not.toContain(token);
    const revoked = start(['tokens', 'revoke', id!, '--data', 'state'], cwd);
    expect(await revoked.done).toBe(0);
    const purged = start(['purge', '--portal', 'bz', '--data', 'state'], cwd);
    expect(await purged.done).toBe(0);
    expect(purged.stdout[0]).toMatch(/^Removed contact details from 0 report/);
  }, 60_000);

  it('refuses an unknown portal with a clear message and exit code 1', async () => {
    const served = start(
      ['serve', '--portal', 'zz', '--data', 'state', '--port', '0'],
      temporaryFolder(),
    );
    expect(await served.done).toBe(1);
    expect(served.stderr.join('\n')).toMatch(/unknown portal "zz"\. Known portals: .*bz/);
  });

  it('refuses a port in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const served = start(['serve', '--data', 'state', '--port', String(port)], temporaryFolder());
      expect(await served.done).toBe(1);
      expect(served.stderr.join('\n')).toContain(`port ${port} on 127.0.0.1 is in use`);
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('refuses an unreachable database', async () => {
    const served = start(
      ['serve', '--database-url', 'postgres://postgres@127.0.0.1:1/test', '--port', '0'],
      temporaryFolder(),
    );
    expect(await served.done).toBe(1);
    expect(served.stderr.join('\n')).toMatch(
      /cannot reach the database \(PostgreSQL at 127\.0\.0\.1:1\/test\)/,
    );
  });

  it('explains wrong command lines with exit code 2', async () => {
    const cwd = temporaryFolder();
    for (const args of [
      ['serve', '--port', 'eighty'],
      ['serve', '--rate-limit', 'maybe'],
      ['serve', '--pages', 'maybe'],
      ['serve', '--quick-exit-url', 'javascript:alert(1)'],
      ['serve', '--partner-origin', 'https://partner.example.org/page'],
      ['serve', '--data', 'a', '--database-url', 'postgres://postgres@127.0.0.1/test'],
      ['serve', '--time-blind-window', '7'],
      ['serve', '--time-blind-grace', '61'],
      ['serve', '--time-blind-window', 'off', '--held', 'held'],
      ['tokens', 'create', '--role', 'king'],
      ['tokens', 'create', '--role', 'partner'],
      ['tokens', 'revoke'],
    ]) {
      const result = start(args, cwd);
      expect(await result.done, args.join(' ')).toBe(2);
      expect(result.stderr[0]).toMatch(/^reportal: /);
    }
  });

  it('has help for every server command', async () => {
    for (const command of ['serve', 'migrate', 'tokens', 'purge']) {
      const result = start([command, '--help'], temporaryFolder());
      expect(await result.done).toBe(0);
      expect(result.stdout.join('\n')).toContain(`Usage: reportal ${command}`);
    }
  });
});

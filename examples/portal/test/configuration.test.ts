import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfiguration } from '../src/portal.js';

const portalScript = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'portal.js');

/** Runs the portal as `pnpm start` does; resolves with its exit code and output. */
function run(args: string[], environment: Record<string, string> = {}) {
  const child = spawn(process.execPath, [portalScript, ...args], {
    env: { PATH: process.env.PATH ?? '', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

// A first start initializes PGlite's folder: seconds, many more on a loaded machine.
async function waitFor(condition: () => boolean, child: ChildProcess, timeout = 90_000) {
  const start = Date.now();
  while (!condition()) {
    if (child.exitCode !== null) throw new Error('the portal exited');
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('starting the example portal', () => {
  it('prints the address and an analyst token, serves the form, and stops cleanly', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reportal-start-'));
    try {
      const started = run(['--port', '0', '--data', folder]);
      await waitFor(() => started.output().stdout.includes('Stop with Ctrl-C.'), started.child);
      const { stdout } = started.output();
      const url = /report form\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout)![1]!;
      expect(stdout).toContain('Reportal portal "bz" (Belize, example configuration)');
      expect(stdout).toMatch(/analyst token\s+rpt_[0-9a-z]{40}/);
      expect(stdout).toContain(`embedded PostgreSQL (PGlite) in ${join(folder, 'db')}`);
      expect(stdout).toMatch(
        /time-blind {7}each report is held sealed in the folder \S+held \(sealed reports and their keys\) and reaches the console 5 minutes after its 60-minute window ends/,
      );
      const form = await fetch(`${url}/es/`);
      expect(form.status).toBe(200);
      expect(await form.text()).toContain('<html lang="es" dir="ltr">');
      const token = /rpt_[0-9a-z]{40}/.exec(stdout)![0];
      const cases = await fetch(`${url}/v1/cases`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(cases.status).toBe(200);
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses an unknown portal with a clear message and a non-zero exit', async () => {
    const { exited, output } = run(['--portal', 'zz']);
    expect(await exited).not.toBe(0);
    expect(output().stderr).toMatch(/unknown portal "zz"; choose one of: [a-z, ]*\bbz\b/);
  });

  it('refuses an unreachable database without printing its password', async () => {
    const { exited, output } = run(['--port', '0'], {
      DATABASE_URL: 'postgres://reportal:secret-password@127.0.0.1:1/reportal',
    });
    expect(await exited).not.toBe(0);
    expect(output().stderr).toContain('cannot open the store (PostgreSQL at 127.0.0.1:1/reportal)');
    expect(output().stderr).not.toContain('secret-password');
  });

  it('refuses a port in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    const folder = mkdtempSync(join(tmpdir(), 'reportal-port-'));
    try {
      const { exited, output } = run(['--port', String(port), '--data', folder]);
      expect(await exited).not.toBe(0);
      expect(output().stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
    } finally {
      blocker.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('readConfiguration', () => {
  it('takes flags over environment variables, with the documented defaults', () => {
    const defaults = readConfiguration([], {}, '/srv/portal');
    expect(defaults).toMatchObject({
      store: { kind: 'pglite', dataDir: '/srv/portal/.reportal/db' },
      port: 8080,
      host: '127.0.0.1',
      partnerOrigins: [],
      quickExitUrl: 'https://www.google.com/',
      analystToken: true,
      timeBlind: { windowMinutes: 60, folder: '/srv/portal/.reportal/held' },
    });
    expect(defaults.portal.id).toBe('bz');
    expect(readConfiguration(['--time-blind-window', 'off'], {}, '/a').timeBlind).toBeUndefined();
    expect(readConfiguration([], { TIME_BLIND_WINDOW: '15' }, '/a').timeBlind).toEqual({
      windowMinutes: 15,
      folder: '/a/.reportal/held',
    });
    const configured = readConfiguration(
      ['--portal', 'pk', '--port', '3000', '--partner-origin', 'https://ngo.example.org'],
      {
        PORTAL: 'gt',
        PORT: '9000',
        DATABASE_URL: 'postgres://db.example.net/reportal',
        QUICK_EXIT_URL: 'https://www.example.com/',
        ANALYST_TOKEN: 'off',
        PARTNER_ORIGINS: 'https://ignored.example',
      },
      '/srv/portal',
    );
    expect(configured).toMatchObject({
      store: { kind: 'postgres', url: 'postgres://db.example.net/reportal' },
      port: 3000,
      partnerOrigins: ['https://ngo.example.org'],
      quickExitUrl: 'https://www.example.com/',
      analystToken: false,
    });
    expect(configured.portal.id).toBe('pk');
    expect(
      readConfiguration(['--data', 'here'], { DATABASE_URL: 'postgres://x/y' }, '/a').store,
    ).toEqual({
      kind: 'pglite',
      dataDir: '/a/here/db',
    });
  });

  it('explains each mistake', () => {
    const mistake = (args: string[], environment: Record<string, string> = {}) => {
      try {
        readConfiguration(args, environment, '/');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(mistake(['--port', 'eighty'])).toContain('port "eighty"');
    expect(mistake(['--port', '70000'])).toContain('port "70000"');
    expect(mistake(['--partner-origin', 'https://ngo.example.org/page'])).toContain(
      'not an origin',
    );
    expect(mistake(['--quick-exit-url', 'javascript:alert(1)'])).toContain('quick exit URL');
    expect(mistake([], { DATABASE_URL: 'mysql://x' })).toContain('postgres://');
    expect(mistake(['--data', 'a', '--database-url', 'postgres://x/y'])).toContain('not both');
    expect(mistake(['--time-blind-window', '7'])).toContain('time-blind window "7"');
    expect(mistake([], { TIME_BLIND_WINDOW: 'never' })).toContain('time-blind window "never"');
    expect(mistake(['--what'])).toContain("Unknown option '--what'");
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceipt, formatReceipt } from '@reportal/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCli } from '../test-support.js';

const folders: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'reportal-cli-proxy-'));
  folders.push(folder);
  return folder;
}

/** Runs `reportal <args>` in `cwd` (default: a folder of its own), recording its output. */
function start(args: string[], cwd = temporaryFolder(), signal?: AbortSignal) {
  return startCli(args, cwd, signal);
}

/** Serves a new embedded store on a free port with `args`, runs `use`, then stops the server. */
async function withServer(args: string[], use: (url: string) => Promise<void>) {
  const cwd = temporaryFolder();
  expect(await start(['migrate', '--data', 'state'], cwd).done).toBe(0);
  const stop = new AbortController();
  const served = start(['serve', '--data', 'state', '--port', '0', ...args], cwd, stop.signal);
  const deadline = Date.now() + 20_000;
  const listening = () => /at (http:\/\/\S+) /.exec(served.stdout.join('\n'))?.[1];
  while (!listening()) {
    if (Date.now() > deadline) throw new Error(`the server did not listen: ${served.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = listening()!;
  try {
    await use(url);
  } finally {
    stop.abort();
    expect(await served.done).toBe(0);
  }
}

const receipt = formatReceipt(createReceipt());

/** The statuses of `count` receipt look-ups that claim to be forwarded for `address`. */
async function lookUps(url: string, address: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = 0; index < count; index++) {
    const response = await fetch(`${url}/v1/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ receipt }),
    });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}

describe('reportal serve --trust-proxy and --forwarded-header', () => {
  it('believes X-Forwarded-For from the proxies named: each reporter has a budget', async () => {
    // This test's client is on loopback: trusted, it stands for the proxy.
    await withServer(['--trust-proxy', 'loopback'], async (url) => {
      expect(await lookUps(url, '192.0.2.10', 11)).toEqual([...Array(10).fill(404), 429]);
      expect(await lookUps(url, '198.51.100.20', 1)).toEqual([404]);
    });
  }, 30_000);

  it('takes TRUST_PROXY when the flag is absent', async () => {
    vi.stubEnv('TRUST_PROXY', '127.0.0.0/8,::1');
    await withServer([], async (url) => {
      expect(await lookUps(url, '192.0.2.10', 11)).toEqual([...Array(10).fill(404), 429]);
      expect(await lookUps(url, '198.51.100.20', 1)).toEqual([404]);
    });
  }, 30_000);

  it('believes no forwarded header without it', async () => {
    vi.stubEnv('TRUST_PROXY', '');
    await withServer([], async (url) => {
      expect(await lookUps(url, '192.0.2.10', 10)).toEqual(Array(10).fill(404));
      expect(await lookUps(url, '198.51.100.20', 1)).toEqual([429]);
    });
  }, 30_000);

  it.each([
    [
      ['--trust-proxy', 'proxy.example.com'],
      /^reportal: --trust-proxy: "proxy.example.com" is not an IP address/,
    ],
    [['--trust-proxy', ''], /^reportal: --trust-proxy is empty/],
    [['--trust-proxy', '10.0.0.0/33'], /^reportal: --trust-proxy: invalid range/],
    [
      ['--forwarded-header', 'x-real-ip'],
      /^reportal: --forwarded-header must be x-forwarded-for or forwarded/,
    ],
  ])('refuses %j as a wrong command line', async (args, message) => {
    const result = start(['serve', '--data', 'state', '--port', '0', ...args]);
    expect(await result.done).toBe(2);
    expect(result.stderr[0]).toMatch(message);
    expect(result.stdout).toEqual([]);
  });

  it('names TRUST_PROXY when that is what is wrong', async () => {
    vi.stubEnv('TRUST_PROXY', 'loopback, proxy.example.com');
    const result = start(['serve', '--data', 'state', '--port', '0']);
    expect(await result.done).toBe(2);
    expect(result.stderr[0]).toMatch(/^reportal: TRUST_PROXY: "proxy.example.com" is not/);
  });

  it('says so in its help', async () => {
    const result = start(['serve', '--help']);
    expect(await result.done).toBe(0);
    expect(result.stdout.join('\n')).toMatch(/--trust-proxy <list>[\s\S]*TRUST_PROXY/);
    expect(result.stdout.join('\n')).toContain('--forwarded-header <x-forwarded-for|forwarded>');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPortal } from '@reportal/core';
import { createReportal } from '@reportal/server';
import { type NodeServer, serveNode } from '@reportal/server/node';
import { createMemoryStore, type ReportStore } from '@reportal/store';
import { afterEach, describe, expect, it } from 'vitest';
import { startCli } from '../test-support.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real portal (bz) on 127.0.0.1 on the memory store, counting the reports it stores. */
async function startPortal(): Promise<NodeServer & { stored(): number }> {
  const memory = createMemoryStore();
  let stored = 0;
  const store: ReportStore = {
    ...memory,
    async submitReport(input) {
      const outcome = await memory.submitReport(input);
      if (outcome.kind === 'stored') stored++;
      return outcome;
    },
  };
  const reportal = createReportal({ portal: getPortal('bz')!, store, rateLimit: false });
  const running = await serveNode(reportal, { port: 0, handleSignals: false });
  cleanups.push(() => running.stop());
  return Object.assign(running, { stored: () => stored });
}

function folderWithCsv(csv: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'reportal-cli-submit-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, 'reports.csv'), csv);
  return folder;
}

async function submit(args: string[], cwd: string) {
  const started = startCli(['submit', ...args], cwd);
  return { code: await started.done, stdout: started.stdout, stderr: started.stderr };
}

const csv = `urls,description,contentTypes,whereFound
https://example.com/a https://example.net/a,"Seen on a forum, page 2",image video,forum
https://example.org/b,,,
javascript:alert(1),,,
https://203.0.113.9/c,,livestream,website
`;

describe('reportal submit', () => {
  it('submits each row, writes the results file, and sends nothing again on a second run', async () => {
    const portal = await startPortal();
    const cwd = folderWithCsv(csv);
    const args = ['--portal-url', portal.url, '--portal', 'bz', '--file', 'reports.csv'];
    const first = await submit(args, cwd);
    expect(first.code).toBe(1); // row 3 is refused
    expect(first.stdout.join('\n')).toMatch(
      /^3 accepted, 1 refused or failed of 4 rows; results in .*reports\.csv\.results\.jsonl$/,
    );
    expect(first.stderr.at(-1)).toMatch(/^4\/4 \(100%\), 3 accepted, 1 failed, [\d.]+\/s/);
    const lines = readFileSync(join(cwd, 'reports.csv.results.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ format: 'reportal-submit-results', portal: 'bz' });
    const byRow = new Map(lines.slice(1).map((line) => [line.row, line]));
    expect(byRow.get(1)).toMatchObject({ receipt: expect.stringMatching(/^[0-9A-Z-]+$/) });
    expect(byRow.get(3)).toMatchObject({
      error: { code: 'validation', issues: [{ path: 'urls/0', code: 'url_scheme_javascript' }] },
    });
    expect(portal.stored()).toBe(3);

    const second = await submit(args, cwd);
    expect(second.stdout.join('\n')).toMatch(/^0 accepted, 3 done by an earlier run, 1 refused/);
    expect(portal.stored()).toBe(3);
  });

  it('uses the messages of --locale for refused rows', async () => {
    const portal = await startPortal();
    const cwd = folderWithCsv('urls\nfile:///etc/passwd\n');
    const result = await submit(
      [
        ...['--portal-url', portal.url, '--portal', 'bz', '--file', 'reports.csv'],
        ...['--locale', 'es', '--results', 'out.jsonl'],
      ],
      cwd,
    );
    expect(result.code).toBe(1);
    const [, row] = readFileSync(join(cwd, 'out.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(row!).error.issues[0].message).toMatch(
      /^Una dirección que empieza por file:/,
    );
  });

  it('stops at once for a wrong command line, an unreachable portal or a bad file', async () => {
    const cwd = folderWithCsv('name\nx\n');
    expect((await submit(['--portal', 'bz', '--file', 'reports.csv'], cwd)).code).toBe(2);
    expect(
      (await submit(['--portal-url', 'ftp://x.example', '--portal', 'bz', '--file', 'a'], cwd))
        .code,
    ).toBe(2);
    const portal = await startPortal();
    const badFile = await submit(
      ['--portal-url', portal.url, '--portal', 'bz', '--file', 'reports.csv'],
      cwd,
    );
    expect(badFile.code).toBe(3);
    expect(badFile.stderr.join('\n')).toMatch(/unknown column name/);
    const wrongPortal = await submit(
      ['--portal-url', portal.url, '--portal', 'gt', '--file', 'reports.csv'],
      cwd,
    );
    expect(wrongPortal.code).toBe(3);
    expect(wrongPortal.stderr.join('\n')).toMatch(/cannot get portal gt/);
  });
});

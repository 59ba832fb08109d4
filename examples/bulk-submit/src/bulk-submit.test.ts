import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReportal } from '@reportal/server';
import { type NodeServer, serveNode } from '@reportal/server/node';
import { createMemoryStore, type ReportStore } from '@reportal/store';
import { afterEach, describe, expect, it } from 'vitest';
import { submitFile, submitFindings } from './bulk-submit.js';

let running: NodeServer | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function startPortal() {
  const memory = createMemoryStore();
  const counter = { stored: 0 };
  const store: ReportStore = {
    ...memory,
    async submitReport(input) {
      const outcome = await memory.submitReport(input);
      if (outcome.kind === 'stored') counter.stored++;
      return outcome;
    },
  };
  running = await serveNode(createReportal({ portal: 'bz', store, rateLimit: false }), {
    port: 0,
    handleSignals: false,
  });
  return { url: running.url, counter };
}

describe('the bulk-submit example against a real portal', () => {
  it('submits the sample CSV file, and a second run sends nothing', async () => {
    const portal = await startPortal();
    const file = join(mkdtempSync(join(tmpdir(), 'reportal-bulk-example-')), 'reports.csv');
    copyFileSync(fileURLToPath(new URL('../reports.csv', import.meta.url)), file);
    const destination = { portalUrl: portal.url, portal: 'bz', locale: 'en' };
    const log: string[] = [];
    const first = await submitFile(destination, file, (line) => log.push(line));
    expect(first).toMatchObject({ total: 5, accepted: 5, failed: 0 });
    expect(log.at(-1)).toMatch(/^5\/5 \(100%\), 5 accepted, 0 failed/);
    const second = await submitFile(destination, file, () => {});
    expect(second).toMatchObject({ total: 5, alreadyDone: 5, accepted: 0 });
    const results = readFileSync(first.resultsFile, 'utf8').trim().split('\n');
    expect(results).toHaveLength(6); // the header and one line per row
    expect(portal.counter.stored).toBe(5);
  });

  it('submits findings from code; the same batch again is answered without storing twice', async () => {
    const portal = await startPortal();
    const destination = { portalUrl: portal.url, portal: 'bz', locale: 'en' };
    const findings = [
      { id: 'crawl-1', url: 'https://www.example.com/album/1', seenOn: 'website' },
      { id: 'crawl-2', url: 'https://forum.example.net/t/77', seenOn: 'forum' },
    ] as const;
    const first = await submitFindings(destination, findings);
    const again = await submitFindings(destination, findings);
    expect(first.map((result) => result.ok && !result.replayed)).toEqual([true, true]);
    expect(again.map((result) => result.ok && result.replayed)).toEqual([true, true]);
    expect(again.map((result) => result.ok && result.receipt)).toEqual(
      first.map((result) => result.ok && result.receipt),
    );
    expect(portal.counter.stored).toBe(2);
  });
});

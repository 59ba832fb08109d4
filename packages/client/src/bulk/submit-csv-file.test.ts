import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReceipt } from '@reportal/core';
import { describe, expect, it } from 'vitest';
import { createReportalClient } from '../client/reportal-client.js';
import { onCleanup, portal } from '../test-cleanup.js';
import { countingFetch } from '../test-portal.js';
import { readResultsFile } from './results-file.js';
import { submitCsvFile } from './submit-csv-file.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'reportal-bulk-'));
}

function writeCsv(directory: string, rows: number, invalidRow?: number): string {
  const lines = ['urls,description,contentTypes,whereFound'];
  for (let row = 1; row <= rows; row++) {
    const url = row === invalidRow ? 'ftp://example.com/file' : `https://example.com/bulk/${row}`;
    lines.push(`${url},"Row ${row}, seen today",image,website`);
  }
  const file = join(directory, 'reports.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('submitCsvFile', () => {
  it('is interrupted, then resumed: every row submitted once, nothing stored twice', async () => {
    const running = await portal({ storeDelayMs: 30 });
    const file = writeCsv(folder(), 30, 7);
    const { fetch, requests } = countingFetch();
    const client = createReportalClient({
      baseUrl: running.url,
      portal: 'bz',
      locale: 'en',
      fetch,
    });

    // First run: stopped after ten rows, with three more in flight, which the portal still stores.
    const controller = new AbortController();
    const first = await submitCsvFile({
      client,
      file,
      concurrency: 4,
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 10) controller.abort();
      },
    });
    if (!first.ok) throw new Error(first.message);
    await new Promise((resolve) => setTimeout(resolve, 150)); // the portal finishes what it had
    const { accepted, aborted } = first.summary;
    expect(first.summary).toMatchObject({ total: 30, alreadyDone: 0, failed: 1 });
    expect(accepted).toBeGreaterThanOrEqual(9); // a reply may land just as the stop comes
    expect(accepted + 1 + aborted).toBe(30);
    const storedAfterFirst = running.storedReports;
    // Stored but never acknowledged to the client: the dangerous rows.
    expect(storedAfterFirst).toBeGreaterThan(accepted);

    // Second run with the same results file: only the rows without a receipt are sent.
    const sentBefore = requests.length;
    const second = await submitCsvFile({ client, file, concurrency: 4 });
    if (!second.ok) throw new Error(second.message);
    expect(second.summary).toMatchObject({ total: 30, alreadyDone: accepted, failed: 1 });
    expect(second.summary.accepted).toBe(29 - accepted);
    expect(second.summary.replayed).toBe(storedAfterFirst - accepted);
    // Only the rows without a receipt; the invalid row 7 is refused locally again.
    expect(requests.length - sentBefore).toBe(29 - accepted);
    expect(running.storedReports).toBe(29);

    // The results file: the last word on each row is a receipt, except row 7's validation error.
    const results = readResultsFile(first.summary.resultsFile);
    if (!results.ok || !results.contents) throw new Error('no results file');
    const { header, rows } = results.contents;
    expect(header).toMatchObject({ format: 'reportal-submit-results', portal: 'bz' });
    expect(rows.size).toBe(30);
    const receipts = new Set<string>();
    for (const [row, result] of rows) {
      if (row === 7) {
        expect(result).toMatchObject({
          error: { code: 'validation', issues: [{ path: 'urls/0' }] },
        });
        continue;
      }
      if (!('receipt' in result)) throw new Error(`row ${row} has no receipt`);
      expect(parseReceipt(result.receipt).ok).toBe(true);
      receipts.add(result.receipt);
    }
    expect(receipts.size).toBe(29);
    // Sent under keys from the run id and the row, the same in both runs.
    const keys = requests.map(
      ({ init }) => (init.headers as Record<string, string>)['Idempotency-Key'],
    );
    expect(keys.every((key) => key?.startsWith(`${header.runId}-`))).toBe(true);

    // A third run has nothing left to send.
    const third = await submitCsvFile({ client, file });
    expect(third).toMatchObject({ ok: true, summary: { alreadyDone: 29, accepted: 0, failed: 1 } });
    expect(requests.length - sentBefore).toBe(29 - accepted);
    expect(running.storedReports).toBe(29);
  });

  it('survives a results line cut short by a crash', async () => {
    const running = await portal();
    const directory = folder();
    const file = writeCsv(directory, 3);
    const client = createReportalClient({ baseUrl: running.url, portal: 'bz', locale: 'en' });
    const resultsFile = join(directory, 'results.jsonl');
    const first = await submitCsvFile({ client, file, resultsFile });
    expect(first).toMatchObject({ ok: true, summary: { accepted: 3 } });
    // Cut the last line in half, as a power cut might.
    const text = readFileSync(resultsFile, 'utf8');
    writeFileSync(resultsFile, text.slice(0, text.length - 20));
    const second = await submitCsvFile({ client, file, resultsFile });
    expect(second).toMatchObject({
      ok: true,
      summary: { alreadyDone: 2, accepted: 1, replayed: 1 },
    });
    const results = readResultsFile(resultsFile);
    expect(results.ok && results.contents?.rows.size).toBe(3);
    expect(running.storedReports).toBe(3);
  });

  it('refuses a results file of another portal, and a CSV file it cannot read', async () => {
    const running = await portal();
    const directory = folder();
    const file = writeCsv(directory, 1);
    const resultsFile = join(directory, 'results.jsonl');
    appendFileSync(
      resultsFile,
      `${JSON.stringify({ format: 'reportal-submit-results', version: 1, runId: 'r-0123456789abcdef', portal: 'gt', portalUrl: 'https://gt.example' })}\n`,
    );
    const client = createReportalClient({ baseUrl: running.url, portal: 'bz', locale: 'en' });
    onCleanup(() => {});
    expect(await submitCsvFile({ client, file, resultsFile })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/another results file/),
    });
    expect(await submitCsvFile({ client, file: join(directory, 'missing.csv') })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cannot read/),
    });
    expect(running.storedReports).toBe(0);
  });
});

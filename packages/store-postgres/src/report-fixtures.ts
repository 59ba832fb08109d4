// Test fixtures: reports as the server hands them to the store (not exported from the package).
import { ANONYMIZATION_RULESET_ID, createReportId, urlKey } from '@reportal/core';
import type { IdempotencyRecord, NewReport } from '@reportal/store';

export const receivedAt = '2025-03-10T09:00:00.000Z';

export function randomHex(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (value) => value.toString(16).padStart(2, '0')).join('');
}

/** A report of one URL (reserved names only), with fresh ids and receipt hash. */
export async function newReport(
  options: { portal?: string; url?: string; idempotency?: IdempotencyRecord } = {},
): Promise<NewReport> {
  const url = options.url ?? `https://example.com/reported/${randomHex(6)}`;
  const reportId = createReportId(new Date(receivedAt));
  return {
    report: {
      schemaVersion: 1,
      portal: options.portal ?? 'bz',
      locale: 'en',
      urls: [url],
      goodFaith: true,
      receivedAt,
      source: 'public',
      anonymization: { ruleset: ANONYMIZATION_RULESET_ID, applied: [] },
      reportId,
    },
    receiptHash: randomHex(32),
    cases: [
      { key: await urlKey(url), urls: [url], newCaseId: createReportId(new Date(receivedAt)) },
    ],
    ...(options.idempotency ? { idempotency: options.idempotency } : {}),
  };
}

import { createReceipt, formatReceipt } from '@reportal/core';
import { catalog as es } from '@reportal/core/locales/es';
import { describe, expect, it } from 'vitest';
import { createReportalClient } from '../client/reportal-client.js';
import { submitReport } from '../reports/submit-report.js';
import { portal } from '../test-cleanup.js';
import { countingFetch, validInput } from '../test-portal.js';
import { checkStatus } from './check-status.js';

describe('checkStatus against a real portal', () => {
  it('finds the status of a submitted report, the receipt in the body and never in the URL', async () => {
    const running = await portal();
    const { fetch, requests } = countingFetch();
    const client = createReportalClient({
      baseUrl: running.url,
      portal: 'bz',
      locale: 'es',
      fetch,
    });
    const submitted = await submitReport(client, validInput());
    if (!submitted.ok) throw submitted.error;
    // As a person types it: lower case, spaces instead of dashes.
    const typed = submitted.receipt.toLowerCase().replaceAll('-', ' ');
    const result = await checkStatus(client, typed);
    expect(result).toEqual({
      ok: true,
      status: { status: 'received', updatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
    const lookup = requests[1]!;
    expect(lookup.url).toBe(`${running.url}/v1/status`);
    expect(lookup.init.body).toBe(JSON.stringify({ receipt: typed }));
  });

  it('answers not_found for a well-formed receipt that no report has', async () => {
    const running = await portal();
    const client = createReportalClient({ baseUrl: running.url, portal: 'bz', locale: 'es' });
    const result = await checkStatus(client, formatReceipt(createReceipt()));
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', status: 404 } });
  });

  it('refuses a mistyped receipt locally, with a localized message', async () => {
    const { fetch, requests } = countingFetch();
    const client = createReportalClient({
      baseUrl: 'http://192.0.2.1:9',
      portal: 'bz',
      locale: 'es',
      catalog: es,
      fetch,
    });
    const result = await checkStatus(client, '7K2M-9QXD');
    expect(requests).toHaveLength(0);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        issues: [
          { path: 'receipt', code: 'receipt_length', message: expect.stringMatching(/recibo/) },
        ],
      },
    });
  });
});

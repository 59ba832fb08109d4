import { createTranslator, parseReceipt } from '@reportal/core';
import type { PublicStatus } from '../api/api-types.js';
import { internals, type ReportalClient } from '../client/reportal-client.js';
import { sendRequest } from '../client/send-request.js';
import { ReportalClientError } from '../errors/reportal-client-error.js';

/** The outcome of `checkStatus`. */
export type CheckStatusResult =
  | { ok: true; status: PublicStatus }
  | { ok: false; error: ReportalClientError };

/**
 * Looks up the coarse public status of a report by its receipt (`received`, `in_review`,
 * `completed`, and an `outcome` where the portal gives one). The receipt is checked locally first
 * (a typo is a `validation` error, with nothing sent) and travels in the request body, never in a
 * URL. An unknown receipt is a `not_found` error.
 *
 * @example
 * ```ts
 * const result = await checkStatus(client, '7K2M-9QXD-...');
 * if (result.ok) console.log(result.status.status, result.status.updatedOn);
 * ```
 */
export async function checkStatus(
  client: ReportalClient,
  receipt: string,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<CheckStatusResult> {
  const parsed = parseReceipt(receipt);
  if (!parsed.ok) {
    const [catalog, ...fallbacks] = client[internals].catalogs;
    const message = catalog
      ? createTranslator(catalog, { fallbacks })(`error.${parsed.code}`)
      : parsed.code;
    const issues = [{ path: 'receipt', code: parsed.code, message }];
    return {
      ok: false,
      error: new ReportalClientError('validation', message, { issues, attempts: 0 }),
    };
  }
  const result = await sendRequest(client, {
    method: 'POST',
    path: '/v1/status',
    body: JSON.stringify({ receipt }),
    signal: options.signal,
  });
  return result.ok ? { ok: true, status: result.body as PublicStatus } : result;
}

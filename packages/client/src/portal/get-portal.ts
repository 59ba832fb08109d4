import type { PortalConfiguration } from '../api/api-types.js';
import type { ReportalClient } from '../client/reportal-client.js';
import { sendRequest } from '../client/send-request.js';
import type { ReportalClientError } from '../errors/reportal-client-error.js';

/** The outcome of `getPortal`. */
export type GetPortalResult =
  | { ok: true; portal: PortalConfiguration }
  | { ok: false; error: ReportalClientError };

/**
 * The portal's public configuration in the client's locale: its locales, the hotline that
 * assesses reports, the fields it asks for and whether it gives outcome feedback.
 *
 * @example
 * ```ts
 * const result = await getPortal(client);
 * if (result.ok) console.log(result.portal.locales);
 * ```
 */
export async function getPortal(
  client: ReportalClient,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<GetPortalResult> {
  const query = new URLSearchParams({ locale: client.locale });
  const result = await sendRequest(client, {
    method: 'GET',
    path: `/v1/portals/${encodeURIComponent(client.portal)}?${query}`,
    signal: options.signal,
  });
  return result.ok ? { ok: true, portal: result.body as PortalConfiguration } : result;
}

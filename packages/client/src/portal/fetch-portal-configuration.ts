import type { PortalConfiguration } from '../api/api-types.js';
import type { ReportalClient } from '../client/reportal-client.js';
import { sendRequest } from '../client/send-request.js';
import type { ReportalClientError } from '../errors/reportal-client-error.js';

/** The outcome of `fetchPortalConfiguration`. */
export type FetchPortalConfigurationResult =
  | { ok: true; portal: PortalConfiguration }
  | { ok: false; error: ReportalClientError };

/**
 * Fetches the portal's public configuration in the client's locale (not to be confused with
 * `getPortal` of `@reportal/core`, which looks a portal up in the jurisdiction registry): its locales, the hotline that
 * assesses reports, the fields it asks for and whether it gives outcome feedback.
 *
 * @example
 * ```ts
 * const result = await fetchPortalConfiguration(client);
 * if (result.ok) console.log(result.portal.locales);
 * ```
 */
export async function fetchPortalConfiguration(
  client: ReportalClient,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<FetchPortalConfigurationResult> {
  const query = new URLSearchParams({ locale: client.locale });
  const result = await sendRequest(client, {
    method: 'GET',
    path: `/v1/portals/${encodeURIComponent(client.portal)}?${query}`,
    signal: options.signal,
  });
  return result.ok ? { ok: true, portal: result.body as PortalConfiguration } : result;
}

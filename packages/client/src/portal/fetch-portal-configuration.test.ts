import { describe, expect, it } from 'vitest';
import { createReportalClient } from '../client/reportal-client.js';
import { portal } from '../test-cleanup.js';
import { fetchPortalConfiguration } from './fetch-portal-configuration.js';

describe('fetchPortalConfiguration against a real portal', () => {
  it('answers the public configuration of the portal', async () => {
    const running = await portal();
    const client = createReportalClient({ baseUrl: running.url, portal: 'bz', locale: 'es' });
    const result = await fetchPortalConfiguration(client);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.portal.id).toBe('bz');
    expect(result.portal.defaultLocale).toBeTypeOf('string');
    expect(result.portal.locales.length).toBeGreaterThan(0);
  });

  it('answers not_found for a portal this server does not serve', async () => {
    const running = await portal();
    const client = createReportalClient({ baseUrl: running.url, portal: 'gt', locale: 'es' });
    expect(await fetchPortalConfiguration(client)).toMatchObject({
      ok: false,
      error: { code: 'not_found', status: 404 },
    });
  });
});

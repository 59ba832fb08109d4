import { describe, expect, it } from 'vitest';
import { testReportal } from '../../test-reportal.js';
import { createPortalPages } from '../create-portal-pages.js';
import { isCrossSitePost } from './cross-site.js';

const post = (headers: Record<string, string>) =>
  new Request('http://report.example.org/en/report', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ urls: 'https://www.example.com/a', goodFaith: 'true' }).toString(),
  });

describe('isCrossSitePost', () => {
  it('believes Sec-Fetch-Site first', () => {
    expect(isCrossSitePost(post({ 'Sec-Fetch-Site': 'cross-site' }))).toBe(true);
    expect(isCrossSitePost(post({ 'Sec-Fetch-Site': 'same-origin' }))).toBe(false);
    expect(isCrossSitePost(post({ 'Sec-Fetch-Site': 'same-site' }))).toBe(false);
    expect(isCrossSitePost(post({ 'Sec-Fetch-Site': 'none' }))).toBe(false);
    // Sec-Fetch-Site wins over an Origin that would say otherwise.
    expect(
      isCrossSitePost(
        post({ 'Sec-Fetch-Site': 'cross-site', Origin: 'http://report.example.org' }),
      ),
    ).toBe(true);
  });

  it('falls back to Origin against the portal host, and lets a request with neither through', () => {
    expect(isCrossSitePost(post({ Origin: 'https://elsewhere.example.com' }))).toBe(true);
    expect(isCrossSitePost(post({ Origin: 'null' }))).toBe(true);
    // Behind a TLS proxy the scheme differs; the host is what counts.
    expect(isCrossSitePost(post({ Origin: 'https://report.example.org' }))).toBe(false);
    expect(isCrossSitePost(post({}))).toBe(false);
  });
});

describe('the forms refuse a cross-site post', () => {
  it('answers 403 with a localized page on both forms, and stores nothing', async () => {
    const reportal = testReportal({ routes: createPortalPages() });
    const stored = async () => (await reportal.store.listCases({ limit: 10 })).items.length;
    const refused = await reportal.fetch(
      new Request('http://portal.test/es/report', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Sec-Fetch-Site': 'cross-site',
        },
        body: new URLSearchParams({ urls: 'https://www.example.com/a', goodFaith: 'true' }),
      }),
    );
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await refused.text()).toContain('Este formulario se envió desde otro sitio web');
    const status = await reportal.fetch(
      new Request('http://portal.test/es/status', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: 'https://elsewhere.example.com',
        },
        body: new URLSearchParams({ receipt: 'ABCD-EFGH-JKMN-PQRS' }),
      }),
    );
    expect(status.status).toBe(403);
    expect(await stored()).toBe(0);
  });
});

import { gzipSync } from 'node:zlib';
import { getPortal } from '@reportal/core';
import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../auth/access-tokens.js';
import { createMemoryStore } from '../../store/memory-store.js';
import { pageAssets } from '../assets/page-assets.js';
import {
  everyLocalePortal,
  get,
  pagesReportal,
  postForm,
  quickExitUrl,
  receiptOf,
} from '../pages-test-support.js';

const validForm: [string, string][] = [
  ['urls', 'https://www.example.com/gallery/7'],
  ['urls', ''],
  ['contentTypes', 'image'],
  ['whereFound', 'website'],
  ['goodFaith', 'true'],
];

describe('the language choice', () => {
  it('lists each locale of the portal, named in itself, with its lang and dir', async () => {
    const response = await pagesReportal({ portal: everyLocalePortal }).fetch(get('/'));
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('<a href="/es/" lang="es" dir="ltr" hreflang="es">Español</a>');
    expect(page).toMatch(/<a href="\/ar\/" lang="ar" dir="rtl" hreflang="ar">[^<]+<\/a>/);
    expect(page).toMatch(/<a href="\/ur\/" lang="ur" dir="rtl"/);
  });
});

describe("the hotline's identity", () => {
  it.each([
    ['bz', '/en/'],
    ['np', '/ne/'],
    ['kh', '/km/'],
  ])(
    "shows the hotline's name, logo and colours from the portal's own origin (%s)",
    async (id, home) => {
      const reportal = pagesReportal({ portal: getPortal(id)! });
      const page = await (await reportal.fetch(get(home))).text();
      const logo =
        /<p class="hotline"><img src="(\/assets\/logo\.[0-9a-z]+\.svg)" alt="" height="40"><span>Example Hotline<\/span><\/p>/.exec(
          page,
        );
      expect(logo).not.toBeNull();
      const image = await reportal.fetch(get(logo![1]!));
      expect(image.status).toBe(200);
      expect(image.headers.get('Content-Type')).toBe('image/svg+xml');
      expect(await image.text()).toContain('EXAMPLE');
      const colors = /<link rel="stylesheet" href="(\/assets\/hotline\.[0-9a-z]+\.css)">/.exec(
        page,
      );
      expect(await (await reportal.fetch(get(colors![1]!))).text()).toBe(
        '.hotline{color:#ffffff;background:#2f3e46}',
      );
      // The API's public configuration names the hotline; the logo stays on the pages.
      const configuration = await (await reportal.fetch(get(`/v1/portals/${id}`))).json();
      expect(configuration.hotline).toEqual({
        name: 'Example Hotline',
        website: `https://hotline.example.org/${id}/`,
      });
    },
  );
});

describe('findable and forgiving', () => {
  it('describes every page for search engines in its language, and serves robots.txt', async () => {
    const reportal = pagesReportal({ portal: everyLocalePortal });
    for (const locale of everyLocalePortal.locales) {
      const page = await (await reportal.fetch(get(`/${locale}/`))).text();
      expect(page, locale).toMatch(/<meta name="description" content="[^"]{40,}">/);
    }
    const robots = await reportal.fetch(get('/robots.txt'));
    expect(robots.status).toBe(200);
    expect(robots.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(await robots.text()).toBe('User-agent: *\nAllow: /\nDisallow: /console/\n');
  });

  it('answers a mistyped address under a locale with a page not found, in that language', async () => {
    const reportal = pagesReportal();
    for (const path of ['/es/estado', '/es/status/x', '/es/a/b/c']) {
      const response = await reportal.fetch(get(path));
      expect(response.status, path).toBe(404);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      const page = await response.text();
      expect(page).toContain('<html lang="es" dir="ltr">');
      expect(page).toContain('<h1>Página no encontrada</h1>');
    }
    // The pages themselves still answer.
    expect((await reportal.fetch(get('/es/status'))).status).toBe(200);
    expect((await reportal.fetch(postForm('/es/report', validForm))).status).toBe(200);
  });
});

describe('the console without JavaScript and its tables', () => {
  it('says the console needs JavaScript, and captions its tables', async () => {
    const store = createMemoryStore();
    const reportal = pagesReportal({ store });
    const shell = await (await reportal.fetch(get('/console/'))).text();
    expect(shell).toContain(
      '<noscript><p class="notice warning">The analyst console needs JavaScript.',
    );
    await reportal.fetch(postForm('/en/report', validForm));
    const { token } = await createAccessToken({ store, role: 'analyst', label: 'test' });
    const headers = { Authorization: `Bearer ${token}` };
    const queue = await (await reportal.fetch(get('/console/view/queue', headers))).text();
    expect(queue).toContain(
      '<caption class="visually-hidden">Cases: overdue ones first, then the newest</caption>',
    );
    const metrics = await (await reportal.fetch(get('/console/view/metrics', headers))).text();
    expect(metrics).toContain('<caption class="visually-hidden">Cases per state</caption>');
  });
});

describe('a portal of one language', () => {
  it('answers / with a redirect to its form, and shows no language link', async () => {
    const reportal = pagesReportal({ portal: getPortal('gt')! });
    const response = await reportal.fetch(get('/'));
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/es/');
    const form = await (await reportal.fetch(get('/es/'))).text();
    expect(form).not.toContain('<a href="/">');
  });
});

describe('the report form', () => {
  it('is a plain POST form with autocomplete off, fields named as the JSON fields', async () => {
    const response = await pagesReportal().fetch(get('/es/'));
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Language')).toBe('es');
    expect(page).toContain('<html lang="es" dir="ltr">');
    expect(page).toContain(
      '<form method="post" action="/es/report" autocomplete="off" novalidate>',
    );
    for (const name of [
      'urls',
      'contentTypes',
      'whereFound',
      'description',
      'goodFaith',
      'contact.consent',
      'contact.name',
      'contact.email',
      'contact.phone',
      'contact.wantsFeedback',
    ]) {
      expect(page).toContain(`name="${name}"`);
    }
    expect(page.match(/name="urls"/g)).toHaveLength(5);
    expect(page).toMatch(/type="checkbox" id="goodFaith" name="goodFaith" value="true"/);
    expect(page).toMatch(/name="contentTypes" value="image"/);
  });

  it('shows the quick exit first, before the skip link: a plain link to the configured neutral page', async () => {
    const page = await (await pagesReportal().fetch(get('/es/'))).text();
    const exit = /<a class="exit" href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(page);
    expect(exit?.[1]).toBe(quickExitUrl);
    expect(exit?.[2]).toBe('Salir rápidamente de este sitio');
    expect(page.indexOf('<a ')).toBe(page.indexOf('<a class="exit"'));
    expect(page.indexOf('class="exit"')).toBeLessThan(page.indexOf('class="skip"'));
    // The shortcut is announced only where the script runs (it unhides it).
    expect(page).toContain(
      '<span class="exit-keys" hidden> O pulse la tecla Mayúsculas tres veces.</span>',
    );
  });

  it('tells the reporter about a draft translation and an example portal', async () => {
    const page = await (await pagesReportal().fetch(get('/es/'))).text();
    expect(page).toContain('Esta traducción es un borrador');
    expect(page).toContain('configuración de ejemplo');
    const english = await (await pagesReportal().fetch(get('/en/'))).text();
    expect(english).not.toContain('This translation is a draft');
  });

  it('lays right-to-left locales out right to left, URL fields left to right', async () => {
    const reportal = pagesReportal({ portal: everyLocalePortal });
    for (const locale of ['ar', 'ur']) {
      const page = await (await reportal.fetch(get(`/${locale}/`))).text();
      expect(page).toContain(`<html lang="${locale}" dir="rtl">`);
      expect(page).toMatch(/id="urls-0" name="urls" type="url" inputmode="url" dir="ltr"/);
    }
  });

  it('loads nothing inline and nothing from elsewhere, under a strict CSP', async () => {
    const response = await pagesReportal().fetch(get('/es/'));
    const page = await response.text();
    const csp = response.headers.get('Content-Security-Policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('unsafe');
    expect(page).not.toMatch(/<style|style="|<script(?![^>]*\bsrc="\/assets\/)/);
    expect(page).not.toMatch(/\son[a-z]+="/);
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    for (const source of sources) {
      if (source === quickExitUrl) continue;
      expect(source.startsWith('/') || source.startsWith('#')).toBe(true);
    }
    expect(response.headers.get('Set-Cookie')).toBeNull();
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('redirects /es to /es/ and answers 404 for a locale the portal does not serve', async () => {
    const reportal = pagesReportal();
    const redirect = await reportal.fetch(get('/es'));
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('Location')).toBe('/es/');
    expect((await reportal.fetch(get('/fr/'))).status).toBe(404);
  });

  it('keeps the v1 API answers of paths it does not own', async () => {
    const reportal = pagesReportal();
    const wrongMethod = await reportal.fetch(get('/v1/status'));
    expect(wrongMethod.status).toBe(405);
    expect((await reportal.fetch(get('/healthz'))).status).toBe(200);
  });

  it('weighs under 14 KB gzip with its stylesheets and the logo reference in every locale (one round trip)', async () => {
    const reportal = pagesReportal({ portal: everyLocalePortal });
    const css = await (await reportal.fetch(get(pageAssets.stylesheet.path))).text();
    for (const locale of everyLocalePortal.locales) {
      const page = await (await reportal.fetch(get(`/${locale}/`))).text();
      const hotline = /href="(\/assets\/hotline\.[^"]+)"/.exec(page)![1]!;
      const colors = await (await reportal.fetch(get(hotline))).text();
      const size = gzipSync(page).length + gzipSync(css).length + gzipSync(colors).length;
      expect(size, locale).toBeLessThan(14 * 1024);
    }
  });
});

describe('a rate-limited reporter', () => {
  const limitedReportal = () => {
    const reportal = pagesReportal({
      rateLimit: { perClient: { burst: 2, perMinute: 1 }, global: false },
    });
    return {
      fetch: (request: Request) => reportal.fetch(request, { clientAddress: '203.0.113.9' }),
    };
  };

  it('gets the form back with everything typed, a calm message and the wait (429)', async () => {
    const reportal = limitedReportal();
    for (let sent = 0; sent < 2; sent++) {
      expect((await reportal.fetch(postForm('/en/report', validForm))).status).toBe(200);
    }
    const response = await reportal.fetch(
      postForm('/en/report', [
        ...validForm,
        ['description', 'Seen <b>twice</b>'],
        ['contact.consent', 'true'],
        ['contact.email', 'someone@example.com'],
      ]),
    );
    const page = await response.text();
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(page).toContain('<p class="notice" role="alert">You have sent several forms');
    expect(page).toContain('Please wait 1 minute and send it again.');
    expect(page).toContain('value="https://www.example.com/gallery/7"');
    expect(page).toContain('>Seen &lt;b&gt;twice&lt;/b&gt;</textarea>');
    expect(page).toContain('value="someone@example.com"');
    expect(page).toMatch(/id="contentTypes-image" name="contentTypes" value="image" checked/);
  });

  it('keeps a receipt typed into a rate-limited status lookup', async () => {
    const reportal = limitedReportal();
    for (let sent = 0; sent < 2; sent++) {
      await reportal.fetch(postForm('/en/status', { receipt: '0000-0000-0000-0000-0000-0000' }));
    }
    const response = await reportal.fetch(postForm('/en/status', { receipt: 'ABCD-EFGH' }));
    expect(response.status).toBe(429);
    expect(await response.text()).toContain('value="ABCD-EFGH"');
  });

  it('spends nothing on forms with mistakes: fixing a typo is free', async () => {
    const reportal = limitedReportal();
    for (let sent = 0; sent < 6; sent++) {
      const invalid = await reportal.fetch(postForm('/en/report', { urls: 'ftp://example.com/x' }));
      expect(invalid.status).toBe(422);
      const mistyped = await reportal.fetch(postForm('/en/status', { receipt: '12' }));
      expect(mistyped.status).toBe(422);
    }
    expect((await reportal.fetch(postForm('/en/report', validForm))).status).toBe(200);
  });
});

describe('sending the form', () => {
  it('answers 200 with the confirmation and the receipt, never a redirect', async () => {
    const response = await pagesReportal().fetch(postForm('/es/report', validForm));
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('Location')).toBeNull();
    const receipt = receiptOf(page);
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    expect(page).toContain('Recibimos 1 dirección web.');
    // The receipt appears as text only: in groups that wrap only between them, and in a
    // read-only field to copy it from; in no link, form action or attribute.
    expect(page).toMatch(/id="receipt-code"[^>]*><span>[0-9A-Z]{4}-<\/span><wbr><span>/);
    expect(page).toContain(
      `readonly dir="ltr" spellcheck="false" autocapitalize="off">${receipt}</textarea>`,
    );
    expect(page.split(receipt!)).toHaveLength(2);
    for (const [, url] of page.matchAll(/(?:href|action|src)="([^"]+)"/g)) {
      expect(url).not.toContain(receipt!.slice(0, 4));
    }
  });

  it('stores a form sent twice once (the hidden idempotency key)', async () => {
    const reportal = pagesReportal();
    const form = (await (await reportal.fetch(get('/es/'))).text()).match(
      /name="idempotencyKey" value="([^"]+)"/,
    )![1]!;
    const fields: [string, string][] = [['idempotencyKey', form], ...validForm];
    const first = receiptOf(await (await reportal.fetch(postForm('/es/report', fields))).text());
    const second = receiptOf(await (await reportal.fetch(postForm('/es/report', fields))).text());
    expect(second).toBe(first);
    const other = receiptOf(
      await (
        await reportal.fetch(
          postForm('/es/report', [...fields, ['description', 'went back and added this']]),
        )
      ).text(),
    );
    expect(other).toBeDefined();
    expect(other).not.toBe(first);
    const page = await reportal.store.listCases({ limit: 10 });
    expect(page.items[0]!.reportIds).toHaveLength(2);
  });

  it('answers 422 with inline errors in the chosen language, linked from a summary, values kept', async () => {
    const response = await pagesReportal().fetch(
      postForm('/es/report', [
        ['urls', 'javascript:alert(1)'],
        ['urls', 'https://www.example.com/ok'],
        ['contentTypes', 'video'],
        ['whereFound', 'forum'],
        ['description', '<script>alert("x")</script>'],
        ['contact.consent', 'true'],
        ['contact.email', 'not-an-email'],
      ]),
    );
    const page = await response.text();
    expect(response.status).toBe(422);
    expect(page).toContain('Hay 3 problemas en su denuncia');
    expect(page).toMatch(/<a href="#urls-0">Dirección web 1: [^<]*javascript:/);
    expect(page).toMatch(/<a href="#goodFaith">/);
    expect(page).toMatch(/<a href="#contact-email">/);
    expect(page).toMatch(/<p class="error" id="urls-0-error">[^<]+<\/p>/);
    expect(page).toMatch(
      /id="urls-0" name="urls"[^>]*value="javascript:alert\(1\)" aria-describedby="urls-help urls-0-error" aria-invalid="true"/,
    );
    expect(page).toContain('value="https://www.example.com/ok"');
    expect(page).toMatch(/id="contentTypes-video" name="contentTypes" value="video" checked/);
    expect(page).toContain('<option value="forum" selected>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</textarea>');
    expect(page).not.toContain('<script>alert');
    expect(page).toMatch(/id="contact-consent" name="contact.consent" value="true" checked/);
    expect(page).toContain('value="not-an-email"');
    expect(page).toContain('<details id="more-urls" open');
    expect(page).toMatch(/class="summary" role="alert" tabindex="-1" autofocus/);
  });

  it('refuses another media type, and shows a page when rate limited', async () => {
    const reportal = pagesReportal();
    const json = await reportal.fetch(
      new Request('http://portal.test/es/report', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }),
    );
    expect(json.status).toBe(415);
    expect(json.headers.get('Content-Type')).toContain('text/html');
    const limited = pagesReportal({ rateLimit: { perClient: { burst: 1, perMinute: 1 } } });
    const context = { clientAddress: '192.0.2.7' };
    expect((await limited.fetch(postForm('/es/report', validForm), context)).status).toBe(200);
    const refused = await limited.fetch(postForm('/es/report', validForm), context);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(await refused.text()).toContain('<html lang="es"');
  });

  it('sends a GET of the answer back to the form', async () => {
    const response = await pagesReportal().fetch(get('/es/report'));
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/es/');
  });
});

describe('the status page', () => {
  it('takes the receipt by POST and shows the coarse status', async () => {
    const reportal = pagesReportal();
    const receipt = receiptOf(
      await (await reportal.fetch(postForm('/es/report', validForm))).text(),
    )!;
    const lookup = await reportal.fetch(
      postForm('/es/status', { receipt: receipt.toLowerCase().replaceAll('-', ' ') }),
    );
    const page = await lookup.text();
    expect(lookup.status).toBe(200);
    expect(page).toContain('<p class="state">Recibida</p>');
    expect(page).toMatch(
      /<form method="post" action="\/es\/status" autocomplete="off" novalidate>/,
    );
    expect(page).not.toContain(receipt);
  });

  it('shows the outcome of a completed report where the portal shares it, and says so where not', async () => {
    for (const [portalId, expected] of [
      ['bz', 'encontraron material ilegal y tomaron medidas'],
      ['gt', 'Este portal no comunica el resultado'],
    ] as const) {
      const store = createMemoryStore();
      const reportal = pagesReportal({ portal: portalId, store });
      const receipt = receiptOf(
        await (await reportal.fetch(postForm('/es/report', validForm))).text(),
      )!;
      const { token } = await createAccessToken({ store, role: 'analyst', label: 'test' });
      const caseId = (await store.listCases({ limit: 1 })).items[0]!.id;
      for (const [version, type, payload] of [
        [1, 'claim', undefined],
        [2, 'confirm', { classification: 'baseline', hostingCountry: 'NL' }],
        [3, 'verify_removed', undefined],
      ] as const) {
        const response = await reportal.fetch(
          new Request(`http://portal.test/v1/cases/${caseId}/events`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ type, expectedVersion: version, ...(payload && { payload }) }),
          }),
        );
        expect(response.status).toBe(200);
      }
      const page = await (await reportal.fetch(postForm('/es/status', { receipt }))).text();
      expect(page).toContain('<p class="state">Finalizada</p>');
      expect(page, portalId).toContain(expected);
    }
  });

  it('keeps the typed receipt with an inline error, and says when none is found', async () => {
    const reportal = pagesReportal();
    const wrong = await reportal.fetch(postForm('/es/status', { receipt: 'ABC<' }));
    const page = await wrong.text();
    expect(wrong.status).toBe(422);
    expect(page).toContain('value="ABC&lt;"');
    expect(page).toMatch(/<p class="error" id="receipt-error">[^<]+<\/p>/);
    const unknown = await reportal.fetch(
      postForm('/es/status', { receipt: '0000-0000-0000-0000-0000-0000' }),
    );
    expect([404, 422]).toContain(unknown.status);
    expect(await unknown.text()).toContain('id="receipt-error"');
  });
});

describe('the other pages', () => {
  it('serves privacy and legal pages from the portal settings', async () => {
    const reportal = pagesReportal();
    const privacy = await (await reportal.fetch(get('/en/privacy'))).text();
    expect(privacy).toContain('This site sets no cookies');
    const legal = await (await reportal.fetch(get('/en/legal'))).text();
    expect(legal).toContain('This portal is operated by');
  });

  it('serves the stylesheet and the script from the same origin, cacheable by content name', async () => {
    const reportal = pagesReportal();
    for (const asset of [pageAssets.stylesheet, pageAssets.portalScript]) {
      const response = await reportal.fetch(get(asset.path));
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toContain('immutable');
      expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    }
  });
});

import { parseReceipt } from '@reportal/core';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './store/memory-store.js';
import { postJson, testReportal, tokenFor, validReport } from './test-reportal.js';

const problemOf = async (response: Response) => {
  expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as {
    type: string;
    title: string;
    status: number;
    errors?: { path: string; code: string; message: string }[];
  };
};

describe('POST /v1/reports', () => {
  it('stores a report and answers 201 with a receipt', async () => {
    const reportal = testReportal();
    const response = await reportal.fetch(postJson('/v1/reports', validReport));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { receipt: string; status: string };
    expect(body.status).toBe('received');
    expect(parseReceipt(body.receipt).ok).toBe(true);
    const status = await reportal.fetch(postJson('/v1/status', { receipt: body.receipt }));
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ status: 'received' });
  });

  it('refuses an oversize body with 413 before reading it all', async () => {
    const reportal = testReportal();
    const response = await reportal.fetch(
      postJson('/v1/reports', { ...validReport, description: 'x'.repeat(70_000) }),
    );
    expect(response.status).toBe(413);
    expect((await problemOf(response)).type).toMatch(/body_too_large$/);
  });

  it.each([
    ['text/plain', 415],
    ['application/x-www-form-urlencoded', 415],
    ['application/json; charset=latin1', 415],
    ['application/json; charset=utf-8', 201],
  ])('answers Content-Type %s with %i', async (contentType, status) => {
    const reportal = testReportal();
    const response = await reportal.fetch(
      postJson('/v1/reports', validReport, { 'Content-Type': contentType }),
    );
    expect(response.status).toBe(status);
  });

  it('refuses broken JSON with 400', async () => {
    const response = await testReportal().fetch(postJson('/v1/reports', '{"schemaVersion":1,'));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).type).toMatch(/bad_json$/);
  });

  it('refuses invalid UTF-8 with 400 rather than replacing it', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ ...validReport, description: 'AB' }));
    const at = bytes.indexOf(0x41);
    bytes[at] = 0xc3; // a lead byte followed by an ASCII byte: invalid UTF-8
    const request = new Request('http://portal.test/v1/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: bytes,
    });
    const response = await testReportal().fetch(request);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).type).toMatch(/invalid_encoding$/);
  });

  it('refuses deep nesting with 422, not a crash', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const response = await testReportal().fetch(
      postJson(
        '/v1/reports',
        `{"schemaVersion":1,"portal":"bz","locale":"es","urls":${deep},"goodFaith":true}`,
      ),
    );
    expect(response.status).toBe(422);
  });

  it('answers schema violations with 422, every issue localized in the chosen locale', async () => {
    const response = await testReportal().fetch(
      postJson('/v1/reports', {
        ...validReport,
        urls: ['javascript:alert(1)'],
        goodFaith: false,
        tracking: 'x',
      }),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get('Content-Language')).toBe('es');
    const problem = await problemOf(response);
    expect(problem.errors?.map((error) => [error.path, error.code])).toEqual(
      expect.arrayContaining([
        ['urls/0', 'url_scheme_javascript'],
        ['goodFaith', 'good_faith_required'],
        ['tracking', 'unknown_field'],
      ]),
    );
    for (const error of problem.errors ?? []) {
      expect(error.message).not.toBe('');
      expect(error.message).not.toMatch(/^error\./);
    }
  });

  it('refuses a __proto__ key as an unknown field', async () => {
    const response = await testReportal().fetch(
      postJson(
        '/v1/reports',
        `{"schemaVersion":1,"portal":"bz","locale":"en","urls":["https://example.com/"],"goodFaith":true,"__proto__":{"x":1}}`,
      ),
    );
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([
      expect.objectContaining({ path: '__proto__', code: 'unknown_field' }),
    ]);
  });

  it.each([
    ['data:image/png;base64,AAAA', 'url_scheme_data'],
    ['blob:https://example.com/x', 'url_scheme_blob'],
    ['file:///tmp/x.jpg', 'url_scheme_file'],
    ['javascript:void(0)', 'url_scheme_javascript'],
    ['ftp://example.com/x', 'url_scheme_unsupported'],
    ['not a url', 'url_invalid'],
    [`https://example.com/${'a'.repeat(2100)}`, 'url_too_long'],
  ])('refuses the URL %s with %s and stores nothing', async (url, code) => {
    const store = createMemoryStore();
    const reportal = testReportal({ store });
    const response = await reportal.fetch(postJson('/v1/reports', { ...validReport, urls: [url] }));
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([
      expect.objectContaining({ path: 'urls/0', code }),
    ]);
    expect((await store.listCases({ limit: 100 })).items).toEqual([]);
  });

  it('answers 422 for a portal this server does not serve', async () => {
    const response = await testReportal().fetch(
      postJson('/v1/reports', { ...validReport, portal: 'gt' }),
    );
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.[0]).toMatchObject({
      path: 'portal',
      code: 'unknown_portal',
    });
  });

  it('links a second report of the same URL to the open case', async () => {
    const store = createMemoryStore();
    const reportal = testReportal({ store });
    await reportal.fetch(postJson('/v1/reports', validReport));
    await reportal.fetch(
      postJson('/v1/reports', { ...validReport, urls: ['HTTPS://WWW.EXAMPLE.COM/gallery/./7#x'] }),
    );
    const { items } = await store.listCases({ limit: 10 });
    expect(items).toHaveLength(1);
    expect(items[0]!.reportIds).toHaveLength(2);
  });

  describe('Idempotency-Key', () => {
    const key = 'b3f6a3f0-8a1e-4c55-9c1e-0e2f4d1c7a99';

    it('returns the first answer to a retry and stores the report once', async () => {
      const store = createMemoryStore();
      const reportal = testReportal({ store });
      const first = await reportal.fetch(
        postJson('/v1/reports', validReport, { 'Idempotency-Key': key }),
      );
      const second = await reportal.fetch(
        postJson('/v1/reports', validReport, { 'Idempotency-Key': key }),
      );
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(await second.json()).toEqual(await first.json());
      const { items } = await store.listCases({ limit: 10 });
      expect(items).toHaveLength(1);
      expect(items[0]!.reportIds).toHaveLength(1);
    });

    it('refuses the same key with another body with 422', async () => {
      const reportal = testReportal();
      await reportal.fetch(postJson('/v1/reports', validReport, { 'Idempotency-Key': key }));
      const other = await reportal.fetch(
        postJson(
          '/v1/reports',
          { ...validReport, urls: ['https://www.example.com/other'] },
          { 'Idempotency-Key': key },
        ),
      );
      expect(other.status).toBe(422);
      expect((await problemOf(other)).type).toMatch(/idempotency_conflict$/);
    });

    it('refuses a key that is too short to be unguessable', async () => {
      const response = await testReportal().fetch(
        postJson('/v1/reports', validReport, { 'Idempotency-Key': '1' }),
      );
      expect(response.status).toBe(400);
    });
  });

  it('takes reports from partners with a partner token, and refuses other tokens', async () => {
    const store = createMemoryStore();
    const reportal = testReportal({ store });
    const partner = await tokenFor(store, 'partner');
    const analyst = await tokenFor(store, 'analyst');
    const accepted = await reportal.fetch(
      postJson('/v1/reports', validReport, { Authorization: `Bearer ${partner}` }),
    );
    expect(accepted.status).toBe(201);
    const { items } = await store.listCases({ limit: 1 });
    const found = await store.getCase(items[0]!.id);
    expect(found?.reports[0]?.source).toBe('partner:ngo-example');
    expect(
      (
        await reportal.fetch(
          postJson('/v1/reports', validReport, { Authorization: `Bearer ${analyst}` }),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await reportal.fetch(
          postJson('/v1/reports', validReport, { Authorization: 'Bearer rpt_unknown' }),
        )
      ).status,
    ).toBe(401);
  });

  it('holds a partner token to its own budget, not the public one', async () => {
    const store = createMemoryStore();
    const reportal = testReportal({
      store,
      rateLimit: { perClient: { burst: 1, perMinute: 1 }, perPartner: { burst: 2, perMinute: 1 } },
    });
    const partner = { Authorization: `Bearer ${await tokenFor(store, 'partner')}` };
    const address = { clientAddress: '203.0.113.9' };
    const send = (headers: Record<string, string> = {}) =>
      reportal.fetch(postJson('/v1/reports', validReport, headers), address);
    expect((await send(partner)).status).toBe(201);
    expect((await send(partner)).status).toBe(201);
    const over = await send(partner);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('Retry-After'))).toBeGreaterThan(0);
    // The same address without the token still has its public budget.
    expect((await send()).status).toBe(201);
  });

  it('answers 429 with Retry-After over the rate limit', async () => {
    const reportal = testReportal({
      rateLimit: { perClient: { burst: 2, perMinute: 1 }, global: false },
    });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 3; index++) {
      const response = await reportal.fetch(postJson('/v1/reports', validReport), {
        clientAddress: '203.0.113.9',
      });
      statuses.push(response.status);
      retryAfter ??= response.headers.get('Retry-After');
    }
    expect(statuses).toEqual([201, 201, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Another address is not held back by the first one.
    const other = await reportal.fetch(postJson('/v1/reports', validReport), {
      clientAddress: '198.51.100.9',
    });
    expect(other.status).toBe(201);
  });
});

describe('POST /v1/status', () => {
  it('answers 404 for an unknown receipt and 422 for a malformed one', async () => {
    const reportal = testReportal();
    const unknown = await reportal.fetch(
      postJson('/v1/status', { receipt: '0000-0000-0000-0000-0000-0000' }),
    );
    expect(unknown.status).toBe(404);
    const created = (await (await reportal.fetch(postJson('/v1/reports', validReport))).json()) as {
      receipt: string;
    };
    // Change one character and fix nothing else: the check character catches it (422).
    const typo = created.receipt.replace(/^./, (first) => (first === '7' ? '8' : '7'));
    const malformed = await reportal.fetch(postJson('/v1/status', { receipt: typo }));
    expect(malformed.status).toBe(422);
    expect((await problemOf(malformed)).errors?.[0]).toMatchObject({
      path: 'receipt',
      code: 'receipt_check',
    });
    const missing = await reportal.fetch(postJson('/v1/status', {}));
    expect(missing.status).toBe(422);
  });

  it('finds a receipt typed in lower case without dashes', async () => {
    const reportal = testReportal();
    const created = (await (await reportal.fetch(postJson('/v1/reports', validReport))).json()) as {
      receipt: string;
    };
    const typed = created.receipt.replace(/-/g, ' ').toLowerCase();
    const response = await reportal.fetch(postJson('/v1/status', { receipt: typed }));
    expect(response.status).toBe(200);
  });
});

describe('GET /v1/portals/{portal}', () => {
  it('answers the served portal’s public configuration', async () => {
    const response = await testReportal().fetch(
      new Request('http://portal.test/v1/portals/bz?locale=es'),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      id: string;
      locales: { tag: string }[];
      legal: { locale: string; notice: string[] };
    };
    expect(body.id).toBe('bz');
    expect(body.locales.map((locale) => locale.tag)).toEqual(['en', 'es']);
    expect(body.legal.locale).toBe('es');
    expect(body.legal.notice.length).toBeGreaterThan(0);
  });

  it('answers 404 for another portal', async () => {
    const response = await testReportal().fetch(new Request('http://portal.test/v1/portals/zz'));
    expect(response.status).toBe(404);
  });
});

describe('every response', () => {
  const requests = () => [
    new Request('http://portal.test/healthz'),
    new Request('http://portal.test/v1/openapi.json'),
    new Request('http://portal.test/nowhere'),
    postJson('/v1/reports', validReport),
    postJson('/v1/reports', 'broken'),
  ];

  it('carries the security headers and never a cookie', async () => {
    const reportal = testReportal();
    for (const request of requests()) {
      const response = await reportal.fetch(request);
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
      expect(response.headers.get('Permissions-Policy')).toContain('camera=()');
      expect(response.headers.get('Set-Cookie')).toBeNull();
    }
  });

  it('sets no-store where report data flows', async () => {
    const response = await testReportal().fetch(postJson('/v1/reports', validReport));
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers 404 and 405 as problems', async () => {
    const reportal = testReportal();
    expect((await reportal.fetch(new Request('http://portal.test/v2/reports'))).status).toBe(404);
    const wrongMethod = await reportal.fetch(new Request('http://portal.test/v1/reports'));
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Allow')).toBe('POST');
  });
});

describe('CORS', () => {
  const origin = 'https://partner.example.org';

  it('allows configured partner origins without credentials', async () => {
    const reportal = testReportal({ partnerOrigins: [origin] });
    const preflight = await reportal.fetch(
      new Request('http://portal.test/v1/reports', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Idempotency-Key');
    const response = await reportal.fetch(postJson('/v1/reports', validReport, { Origin: origin }));
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  it('gives other origins nothing', async () => {
    const reportal = testReportal({ partnerOrigins: [origin] });
    const response = await reportal.fetch(
      postJson('/v1/reports', validReport, { Origin: 'https://elsewhere.example.net' }),
    );
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('health', () => {
  it('answers liveness and readiness, and 503 when the store is gone', async () => {
    const store = createMemoryStore();
    const reportal = testReportal({ store });
    expect((await reportal.fetch(new Request('http://portal.test/healthz'))).status).toBe(200);
    expect((await reportal.fetch(new Request('http://portal.test/readyz'))).status).toBe(200);
    await store.close();
    expect((await reportal.fetch(new Request('http://portal.test/readyz'))).status).toBe(503);
  });
});

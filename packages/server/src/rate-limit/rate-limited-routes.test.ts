import { describe, expect, it } from 'vitest';
import { createPortalPages } from '../pages/create-portal-pages.js';
import { createMemoryStore } from '../store/memory-store.js';
import { postJson, testReportal, tokenFor, validReport } from '../test-reportal.js';

const client = { clientAddress: '198.51.100.23' };

describe('rate limits on the routes', () => {
  it('a reporter fixing a typo ten times is not locked out of the API', async () => {
    const reportal = testReportal({
      rateLimit: {
        perClient: { burst: 2, perMinute: 0.001 },
        global: { burst: 100, perMinute: 1 },
      },
    });
    for (let index = 0; index < 10; index++) {
      const invalid = await reportal.fetch(
        postJson('/v1/reports', { ...validReport, urls: ['not a url'] }),
        client,
      );
      expect(invalid.status).toBe(422);
    }
    expect((await reportal.fetch(postJson('/v1/reports', validReport), client)).status).toBe(201);
    const second = { ...validReport, urls: ['https://www.example.com/gallery/8'] };
    expect((await reportal.fetch(postJson('/v1/reports', second), client)).status).toBe(201);
    const third = { ...validReport, urls: ['https://www.example.com/gallery/9'] };
    const refused = await reportal.fetch(postJson('/v1/reports', third), client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('the global limit still counts invalid reports', async () => {
    const reportal = testReportal({
      rateLimit: {
        perClient: { burst: 100, perMinute: 1 },
        global: { burst: 3, perMinute: 0.001 },
      },
    });
    for (let index = 0; index < 3; index++) {
      const invalid = await reportal.fetch(
        postJson('/v1/reports', { ...validReport, urls: [] }),
        client,
      );
      expect(invalid.status).toBe(422);
    }
    expect((await reportal.fetch(postJson('/v1/reports', validReport), client)).status).toBe(429);
  });

  it('a reporter fixing a typo in the form ten times is not locked out', async () => {
    const reportal = testReportal({
      routes: createPortalPages(),
      rateLimit: {
        perClient: { burst: 1, perMinute: 0.001 },
        global: { burst: 100, perMinute: 1 },
      },
    });
    const form = (url: string) =>
      new Request('http://portal.test/en/report', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Sec-Fetch-Site': 'same-origin',
        },
        body: new URLSearchParams({ urls: url, goodFaith: 'true' }).toString(),
      });
    for (let index = 0; index < 10; index++) {
      expect((await reportal.fetch(form('not a url'), client)).status).toBe(422);
    }
    const accepted = await reportal.fetch(form('https://www.example.com/gallery/10'), client);
    expect(accepted.status).toBe(200);
    expect((await reportal.fetch(form('https://www.example.com/gallery/11'), client)).status).toBe(
      429,
    );
  });

  it('limits failed bearer-token checks per address, before the store is asked', async () => {
    const store = createMemoryStore();
    let lookups = 0;
    const findToken = store.findToken.bind(store);
    store.findToken = (hash) => {
      lookups++;
      return findToken(hash);
    };
    const reportal = testReportal({
      store,
      rateLimit: { failedAuthentication: { burst: 5, perMinute: 0.001 } },
    });
    const valid = await tokenFor(store, 'analyst');
    const get = (token: string, address = client) =>
      reportal.fetch(
        new Request('http://portal.test/v1/cases', {
          headers: { Authorization: `Bearer ${token}` },
        }),
        address,
      );
    for (let index = 0; index < 5; index++)
      expect((await get(`rpt_wrong${index}`)).status).toBe(401);
    const before = lookups;
    for (let index = 0; index < 20; index++) {
      const refused = await get(`rpt_wrong_again${index}`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Retry-After')).not.toBeNull();
    }
    expect(lookups).toBe(before);
    // Even the right token waits from that address; another address is not held back.
    expect((await get(valid)).status).toBe(429);
    expect((await get(valid, { clientAddress: '198.51.100.24' })).status).toBe(200);
  });
});

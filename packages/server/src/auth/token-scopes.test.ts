import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory-store.js';
import { postJson, testReportal, validReport } from '../test-reportal.js';
import { createAccessToken } from './access-tokens.js';

describe('tokens scoped to portals', () => {
  const setup = async () => {
    // One store shared by two portals' servers, as a hotline running bz and gt on one database.
    const store = createMemoryStore();
    const bz = testReportal({ store });
    const gt = testReportal({ store, portal: 'gt' });
    expect((await bz.fetch(postJson('/v1/reports', validReport))).status).toBe(201);
    const gtReport = { ...validReport, portal: 'gt', locale: 'es' };
    expect((await gt.fetch(postJson('/v1/reports', gtReport))).status).toBe(201);
    const token = async (portals?: string[]) =>
      (
        await createAccessToken({
          store,
          role: 'analyst',
          label: 'analyst',
          ...(portals && { portals }),
        })
      ).token;
    const get = (server: typeof bz, path: string, bearer: string) =>
      server.fetch(
        new Request(`http://portal.test${path}`, {
          headers: { Authorization: `Bearer ${bearer}` },
        }),
      );
    return { store, bz, gt, token, get };
  };

  it("never lists another portal's cases to a token that is not scoped to it", async () => {
    const { bz, token, get } = await setup();
    const unscoped = await token();
    const own = await get(bz, '/v1/cases', unscoped);
    expect(own.status).toBe(200);
    const ownItems = ((await own.json()) as { items: { portal: string }[] }).items;
    expect(ownItems.map((item) => item.portal)).toEqual(['bz']);
    const other = await get(bz, '/v1/cases?portal=gt', unscoped);
    expect(other.status).toBe(403);
    expect(await other.text()).not.toContain('"gt"');
  });

  it("lists another portal's cases to a token scoped to both", async () => {
    const { bz, token, get } = await setup();
    const both = await token(['bz', 'gt']);
    const other = await get(bz, '/v1/cases?portal=gt', both);
    expect(other.status).toBe(200);
    const items = ((await other.json()) as { items: { portal: string }[] }).items;
    expect(items.map((item) => item.portal)).toEqual(['gt']);
  });

  it("refuses a token scoped to other portals on this portal's server", async () => {
    const { bz, gt, token, get } = await setup();
    const gtOnly = await token(['gt']);
    expect((await get(bz, '/v1/cases', gtOnly)).status).toBe(403);
    expect((await get(bz, '/v1/metrics', gtOnly)).status).toBe(403);
    expect((await get(gt, '/v1/cases', gtOnly)).status).toBe(200);
  });
});

import { describe, expect, it } from 'vitest';
import { createPortalPages } from '../pages/create-portal-pages.js';
import { createMemoryStore } from '../store/memory-store.js';
import { postJson, testReportal, tokenFor, validReport } from '../test-reportal.js';

describe('the analyst layer, shared by the API and the console', () => {
  const setup = async () => {
    const store = createMemoryStore();
    const bz = testReportal({ store, routes: createPortalPages() });
    const gt = testReportal({ store, portal: 'gt' });
    expect((await bz.fetch(postJson('/v1/reports', validReport))).status).toBe(201);
    const other = { ...validReport, portal: 'gt', urls: ['https://www.example.com/other/1'] };
    expect((await gt.fetch(postJson('/v1/reports', other))).status).toBe(201);
    const token = (role: 'analyst' | 'auditor' | 'partner') => tokenFor(store, role);
    const [own] = (await store.listCases({ portal: 'bz', limit: 1 })).items;
    const [foreign] = (await store.listCases({ portal: 'gt', limit: 1 })).items;
    const get = (path: string, bearer: string) =>
      bz.fetch(
        new Request(`http://portal.test${path}`, {
          headers: { Authorization: `Bearer ${bearer}` },
        }),
      );
    return { bz, token, own: own!, foreign: foreign!, get };
  };

  it('authorizes the same way in the API and the console: readers in, partners and strangers out', async () => {
    const { token, own, get } = await setup();
    const auditor = await token('auditor');
    const partner = await token('partner');
    for (const path of [
      '/v1/cases',
      `/v1/cases/${own.id}`,
      '/console/view/queue',
      `/console/view/cases/${own.id}`,
    ]) {
      expect((await get(path, auditor)).status, path).toBe(200);
      expect((await get(path, partner)).status, path).toBe(403);
      expect((await get(path, 'rpt_not_a_token')).status, path).toBe(401);
    }
  });

  it("never shows or acts on another portal's case, in the API or the console", async () => {
    const { token, foreign, get, bz } = await setup();
    const analyst = await token('analyst');
    expect((await get(`/v1/cases/${foreign.id}`, analyst)).status).toBe(404);
    expect((await get(`/console/view/cases/${foreign.id}`, analyst)).status).toBe(404);
    const claim = await bz.fetch(
      postJson(
        `/v1/cases/${foreign.id}/events`,
        { type: 'claim', expectedVersion: foreign.version },
        { Authorization: `Bearer ${analyst}` },
      ),
    );
    expect(claim.status).toBe(404);
  });

  it("refuses to merge a case into another portal's case", async () => {
    const { token, own, foreign, bz } = await setup();
    const analyst = await token('analyst');
    const merge = await bz.fetch(
      postJson(
        `/v1/cases/${own.id}/events`,
        { type: 'merge', expectedVersion: own.version, payload: { into: foreign.id } },
        { Authorization: `Bearer ${analyst}` },
      ),
    );
    expect(merge.status).toBe(422);
    const problem = (await merge.json()) as { errors: { path: string; code: string }[] };
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'payload/into', code: 'invalid_value' }),
    ]);
  });
});

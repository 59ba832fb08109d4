import { describe, expect, it } from 'vitest';
import { isCaseId } from '../analyst/analyst-cases.js';
import { postJson, testReportal, tokenFor, validReport } from '../test-reportal.js';
import { askedStore, notCaseIds } from './case-ids.test-support.js';

async function setup() {
  const { store, asked } = askedStore();
  const reportal = testReportal({ store });
  const token = await tokenFor(store, 'analyst');
  expect((await reportal.fetch(postJson('/v1/reports', validReport))).status).toBe(201);
  const caseId = (await store.listCases({ limit: 1 })).items[0]!.id;
  const authorization = { Authorization: `Bearer ${token}` };
  const get = (path: string, headers: Record<string, string> = authorization) =>
    reportal.fetch(new Request(`http://portal.test${path}`, { headers }));
  const post = (path: string, body: unknown) => reportal.fetch(postJson(path, body, authorization));
  return { asked, caseId, get, post };
}

const problemOf = async (response: Response) => {
  expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { type: string; title: string; status: number };
};

describe('an id in the path of the analyst API', () => {
  it.each(notCaseIds)(
    'answers 400 invalid_id for %s on every case route, asking no store',
    async (_, id) => {
      const { asked, get, post } = await setup();
      asked.length = 0;
      const answers = [
        await get(`/v1/cases/${id}`),
        await get(`/v1/cases/${id}/notice`),
        await get(`/v1/cases/${id}/xarf`),
        await post(`/v1/cases/${id}/events`, { type: 'claim', expectedVersion: 1 }),
      ];
      for (const response of answers) {
        expect(response.status).toBe(400);
        expect(await problemOf(response)).toEqual({
          type: 'https://reportal.invalid/problems/invalid_id',
          title: 'The id in the request path is not valid. Case ids are UUIDs.',
          status: 400,
        });
      }
      expect(asked).toEqual([]);
    },
  );

  it('answers in the language asked for', async () => {
    const { get } = await setup();
    const response = await get('/v1/cases/%00?locale=es');
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Language')).toBe('es');
    expect((await problemOf(response)).title).toBe(
      'El identificador de la ruta de la solicitud no es válido. Los identificadores de caso son UUID.',
    );
  });

  it('checks the token first, then the id, and only then asks the store', async () => {
    const { asked, caseId, get } = await setup();
    asked.length = 0;
    expect((await get('/v1/cases/%00', {})).status).toBe(401);
    expect((await get('/v1/cases/%00')).status).toBe(400);
    expect(asked).toEqual([]);
    // A UUID goes to the store: 200 for the case, 404 for one that does not exist.
    const unknown = '0190d5e2-7c1a-7b3e-8f00-123456789abc';
    expect((await get(`/v1/cases/${caseId}`)).status).toBe(200);
    expect((await get(`/v1/cases/${unknown}`)).status).toBe(404);
    expect((await get(`/v1/cases/${caseId.toUpperCase()}`)).status).toBe(404);
    expect(asked).toEqual([caseId, unknown, caseId.toUpperCase()]);
  });

  it('never sees `..` as an id: the URL parser resolves it, so no route with an id matches', async () => {
    const { asked, get } = await setup();
    expect((await get('/v1/cases/..')).status).toBe(404);
    expect((await get('/v1/cases/%2E%2E/notice')).status).toBe(404);
    expect(asked).toEqual([]);
    // Escaped slashes keep it in one segment: an id, and not a case id.
    expect((await get('/v1/cases/..%2F..')).status).toBe(400);
  });

  it('refuses a merge into a text that is not a case id (422 on payload/into), asking no store about it', async () => {
    const { asked, caseId, post } = await setup();
    expect(
      (await post(`/v1/cases/${caseId}/events`, { type: 'claim', expectedVersion: 1 })).status,
    ).toBe(200);
    asked.length = 0;
    const response = await post(`/v1/cases/${caseId}/events`, {
      type: 'merge',
      expectedVersion: 2,
      payload: { into: '\u0000' },
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { path: string; code: string }[] };
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'payload/into', code: 'invalid_value' }),
    ]);
    expect(asked).toEqual([caseId]);
  });
});

describe('isCaseId', () => {
  it('takes what the intake makes (UUIDs) and nothing else', () => {
    expect(isCaseId('0190d5e2-7c1a-7b3e-8f00-123456789abc')).toBe(true);
    expect(isCaseId('0190D5E2-7C1A-7B3E-8F00-123456789ABC')).toBe(true);
    for (const [, sent] of notCaseIds) expect(isCaseId(decodeURIComponent(sent)), sent).toBe(false);
    for (const id of ['', '..', '.', '\u0000', '0190d5e2-7c1a-7b3e-8f00-123456789abc\n']) {
      expect(isCaseId(id), JSON.stringify(id)).toBe(false);
    }
  });
});

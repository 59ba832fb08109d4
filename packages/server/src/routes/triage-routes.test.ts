import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory-store.js';
import { postJson, testReportal, tokenFor, validReport } from '../test-reportal.js';

const urls = [
  'https://www.example.co.uk/a',
  'https://example.co.uk/b',
  'https://cdn.example.com/c',
  'https://example.com.test/d',
];

async function setup() {
  const store = createMemoryStore();
  const reportal = testReportal({ store, reminders: false, retention: false });
  const analyst = await tokenFor(store, 'analyst');
  const auditor = await tokenFor(store, 'auditor');
  for (const url of urls) {
    const created = await reportal.fetch(postJson('/v1/reports', { ...validReport, urls: [url] }));
    expect(created.status).toBe(201);
  }
  const get = async (path: string, token = analyst) => {
    const response = await reportal.fetch(
      new Request(`http://portal.test${path}`, { headers: { Authorization: `Bearer ${token}` } }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const bulk = (body: unknown, headers: Record<string, string> = {}, token = analyst) =>
    reportal.fetch(
      postJson('/v1/cases/events', body, { Authorization: `Bearer ${token}`, ...headers }),
    );
  const idsOf = async (query: string) =>
    ((await get(`/v1/cases?${query}`)).body.items as { id: string; urls: string[] }[]).map(
      (item) => item.urls[0],
    );
  return { store, reportal, get, bulk, idsOf, auditor };
}

describe('triage in GET /v1/cases', () => {
  it('finds a host’s cases by registrable domain, given a host name or a URL', async () => {
    const { idsOf } = await setup();
    expect((await idsOf('host=example.co.uk')).sort()).toEqual(urls.slice(0, 2).sort());
    expect((await idsOf('host=https://img.WWW.example.co.uk/x')).sort()).toEqual(
      urls.slice(0, 2).sort(),
    );
    expect(await idsOf('host=example.com')).toEqual([urls[2]]);
    expect(await idsOf('host=example.com.test')).toEqual([urls[3]]);
  });

  it('filters by source, country, classification and age, sorted oldest first', async () => {
    const { idsOf } = await setup();
    expect(await idsOf('source=partner:ngo-example')).toEqual([]);
    expect(await idsOf('source=public&sort=oldest&limit=100')).toHaveLength(4);
    expect(await idsOf('hostingCountry=nl')).toEqual([]);
    expect(await idsOf('classification=baseline')).toEqual([]);
    expect(await idsOf('createdBefore=2000-01-01T00:00:00Z')).toEqual([]);
  });

  it('refuses invalid filters with 400 and says which', async () => {
    const { get } = await setup();
    const answer = await get(
      '/v1/cases?host=http://&hostingCountry=NLD&classification=nonsense&source=someone&createdBefore=soon&sort=random',
    );
    expect(answer.status).toBe(400);
    expect((answer.body.errors as { path: string }[]).map((error) => error.path)).toEqual([
      'host',
      'hostingCountry',
      'classification',
      'source',
      'createdBefore',
      'sort',
    ]);
  });
});

describe('GET /v1/hosts', () => {
  it('groups open cases by host with a cursor, and checks its query', async () => {
    const { get } = await setup();
    const first = await get('/v1/hosts?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({ host: 'example.co.uk', openCases: 2 }),
    ]);
    const second = await get(`/v1/hosts?limit=5&cursor=${first.body.nextCursor}`);
    expect((second.body.items as { host: string }[]).map((item) => item.host)).toEqual([
      'com.test',
      'example.com',
    ]);
    expect(second.body.nextCursor).toBeNull();
    expect((await get('/v1/hosts?limit=0')).status).toBe(400);
    expect((await get('/v1/hosts?cursor=nope')).status).toBe(400);
  });
});

describe('POST /v1/cases/events', () => {
  it('applies the event to each case the machine allows and says why it refused the others', async () => {
    const { store, bulk, auditor } = await setup();
    const cases = (await store.listCases({ limit: 10 })).items;
    const [first, second] = cases;
    await store.appendEvent(first!.id, {
      type: 'claim',
      expectedVersion: 1,
      actor: { id: 'someone', role: 'analyst' },
      at: new Date(),
    });
    const missing = '0190a0a0-0000-7000-8000-000000000000';
    const answer = await bulk({
      caseIds: [first!.id, second!.id, missing],
      event: { type: 'claim' },
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      applied: 1,
      refused: 2,
      results: [
        {
          caseId: first!.id,
          outcome: 'refused',
          refusal: expect.objectContaining({ code: 'not_allowed_from_state' }),
        },
        { caseId: second!.id, outcome: 'applied', state: 'assessing', version: 2, replayed: false },
        { caseId: missing, outcome: 'refused', refusal: { code: 'not_found' } },
      ],
    });
    const audited = await bulk({ caseIds: [cases[2]!.id], event: { type: 'claim' } }, {}, auditor);
    expect(
      ((await audited.json()) as { results: { refusal: { code: string } }[] }).results[0]!.refusal
        .code,
    ).toBe('forbidden_for_role');
  });

  it('applies nothing twice when retried with the same Idempotency-Key', async () => {
    const { store, bulk } = await setup();
    const caseIds = (await store.listCases({ limit: 10 })).items.map((item) => item.id);
    const headers = { 'Idempotency-Key': 'bulk-claim-0001-example' };
    const body = { caseIds, event: { type: 'claim' } };
    const first = (await (await bulk(body, headers)).json()) as { applied: number };
    expect(first.applied).toBe(4);
    const retry = (await (await bulk(body, headers)).json()) as {
      applied: number;
      results: { replayed: boolean; version: number }[];
    };
    expect(retry.applied).toBe(4);
    expect(retry.results.every((result) => result.replayed && result.version === 2)).toBe(true);
    const other = await bulk({ caseIds: caseIds.slice(1), event: { type: 'claim' } }, headers);
    expect(other.status).toBe(422);
    expect((await bulk(body, { 'Idempotency-Key': 'short' })).status).toBe(400);
  });

  it('refuses invalid bodies with 422, naming each problem', async () => {
    const { bulk } = await setup();
    const answer = await bulk({
      caseIds: [
        'not-a-case',
        '0190a0a0-0000-7000-8000-000000000000',
        '0190a0a0-0000-7000-8000-000000000000',
      ],
      event: { type: 'merge', extra: 1 },
      more: true,
    });
    expect(answer.status).toBe(422);
    const { errors } = (await answer.json()) as { errors: { path: string }[] };
    expect(errors.map((error) => error.path).sort()).toEqual(
      ['more', 'caseIds/0', 'caseIds/2', 'event/extra', 'event/type'].sort(),
    );
    const tooMany = await bulk({
      caseIds: Array.from({ length: 501 }, () => crypto.randomUUID()),
      event: { type: 'claim' },
    });
    expect(tooMany.status).toBe(422);
  });
});

import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory-store.js';
import { postJson, testReportal, tokenFor, validReport } from '../test-reportal.js';

type Role = 'analyst' | 'supervisor' | 'auditor' | 'partner';

async function setup() {
  const store = createMemoryStore();
  let time = new Date('2026-11-23T10:00:00.000Z');
  const reportal = testReportal({ store, now: () => time });
  const tokens = {
    analyst: await tokenFor(store, 'analyst'),
    supervisor: await tokenFor(store, 'supervisor'),
    auditor: await tokenFor(store, 'auditor'),
    partner: await tokenFor(store, 'partner'),
  } satisfies Record<Role, string>;
  const created = await reportal.fetch(postJson('/v1/reports', validReport));
  expect(created.status).toBe(201);
  const { items } = await store.listCases({ limit: 1 });
  const caseId = items[0]!.id;
  const get = (path: string, role?: Role, headers: Record<string, string> = {}) =>
    reportal.fetch(
      new Request(`http://portal.test${path}`, {
        headers: { ...(role && { Authorization: `Bearer ${tokens[role]}` }), ...headers },
      }),
    );
  const event = (role: Role, body: unknown) =>
    reportal.fetch(
      postJson(`/v1/cases/${caseId}/events`, body, { Authorization: `Bearer ${tokens[role]}` }),
    );
  const advance = (hours: number) => {
    time = new Date(time.getTime() + hours * 3_600_000);
  };
  return { store, reportal, tokens, caseId, get, event, advance };
}

describe('analyst API authorization', () => {
  const reads = (caseId: string) => [
    `/v1/cases`,
    `/v1/cases/${caseId}`,
    `/v1/metrics`,
    `/v1/reports/transparency?year=2026`,
    `/v1/cases/${caseId}/notice`,
    `/v1/cases/${caseId}/xarf`,
  ];

  it('answers 401 without a valid token on every analyst route', async () => {
    const { get, reportal, caseId } = await setup();
    for (const path of reads(caseId)) {
      expect((await get(path)).status, path).toBe(401);
      const wrong = await reportal.fetch(
        new Request(`http://portal.test${path}`, { headers: { Authorization: 'Bearer rpt_nope' } }),
      );
      expect(wrong.status, path).toBe(401);
      expect(wrong.headers.get('WWW-Authenticate')).toBe('Bearer');
    }
    const post = await reportal.fetch(
      postJson(`/v1/cases/${caseId}/events`, { type: 'claim', expectedVersion: 1 }),
    );
    expect(post.status).toBe(401);
  });

  it('answers 403 to partner tokens on every analyst route', async () => {
    const { get, event, caseId } = await setup();
    for (const path of reads(caseId)) expect((await get(path, 'partner')).status, path).toBe(403);
    expect((await event('partner', { type: 'claim', expectedVersion: 1 })).status).toBe(403);
  });

  it('lets analysts, supervisors and auditors read', async () => {
    const { get, caseId } = await setup();
    for (const role of ['analyst', 'supervisor', 'auditor'] as const) {
      expect((await get('/v1/cases', role)).status).toBe(200);
      expect((await get(`/v1/cases/${caseId}`, role)).status).toBe(200);
      expect((await get('/v1/metrics', role)).status).toBe(200);
      expect((await get('/v1/reports/transparency?year=2026', role)).status).toBe(200);
    }
  });

  it('refuses events from auditors with 403, and reopen/close from analysts', async () => {
    const { event } = await setup();
    expect((await event('auditor', { type: 'claim', expectedVersion: 1 })).status).toBe(403);
    expect((await event('analyst', { type: 'close', expectedVersion: 1 })).status).toBe(403);
  });

  it('stops answering a revoked token', async () => {
    const { store, get } = await setup();
    const [analyst] = (await store.listTokens()).filter((token) => token.role === 'analyst');
    await store.revokeToken(analyst!.id, new Date());
    expect((await get('/v1/cases', 'analyst')).status).toBe(401);
  });
});

describe('cases and events', () => {
  it('walks a case from received to removed, with 409 and 422 on the way', async () => {
    const { event, get, caseId, advance } = await setup();
    const claimed = await event('analyst', { type: 'claim', expectedVersion: 1 });
    expect(claimed.status).toBe(200);
    expect(await claimed.json()).toMatchObject({ id: caseId, state: 'assessing', version: 2 });

    const stale = await event('analyst', { type: 'release', expectedVersion: 1 });
    expect(stale.status).toBe(409);

    const notAllowed = await event('analyst', { type: 'verify_removed', expectedVersion: 2 });
    expect(notAllowed.status).toBe(422);

    const badPayload = await event('analyst', {
      type: 'confirm',
      expectedVersion: 2,
      payload: { classification: 'worst' },
    });
    expect(badPayload.status).toBe(422);
    const problem = (await badPayload.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path)).toContain('payload/classification');

    const notice = await get(`/v1/cases/${caseId}/notice`, 'analyst');
    expect(notice.status).toBe(422);

    const confirmed = await event('analyst', {
      type: 'confirm',
      expectedVersion: 2,
      payload: {
        classification: 'baseline',
        severity: 'A1',
        hostingCountry: 'NL',
        hostingProvider: 'Hosting Example B.V.',
      },
    });
    expect(confirmed.status).toBe(200);

    const noticeJson = await get(`/v1/cases/${caseId}/notice`, 'analyst');
    expect(noticeJson.status).toBe(200);
    expect(await noticeJson.json()).toMatchObject({
      caseId,
      urls: ['https://www.example.com/gallery/7'],
      notifierIdentity: 'withheld',
    });
    const noticeText = await get(`/v1/cases/${caseId}/notice?locale=es`, 'analyst', {
      Accept: 'text/plain',
    });
    expect(noticeText.headers.get('Content-Type')).toMatch(/^text\/plain/);
    const text = await noticeText.text();
    expect(text).toContain('https://www.example.com/gallery/7');
    expect(text).not.toMatch(/\bnotice\.[a-z_]+/);

    const xarf = await get(`/v1/cases/${caseId}/xarf`, 'auditor');
    expect(xarf.status).toBe(200);
    expect(await xarf.json()).toMatchObject({
      xarf_version: expect.stringMatching(/^4\.\d+\.\d+$/),
      category: 'content',
      type: 'csam',
      url: 'https://www.example.com/gallery/7',
    });

    expect(
      (
        await event('analyst', {
          type: 'send_notice',
          expectedVersion: 3,
          payload: { recipient: 'abuse@hosting.example', channel: 'email' },
        })
      ).status,
    ).toBe(200);
    advance(80);
    const overdue = await get('/v1/cases?overdue=true', 'analyst');
    expect(((await overdue.json()) as { items: { id: string; overdue: boolean }[] }).items).toEqual(
      [expect.objectContaining({ id: caseId, overdue: true })],
    );
    expect((await event('analyst', { type: 'verify_removed', expectedVersion: 4 })).status).toBe(
      200,
    );

    const metrics = (await (await get('/v1/metrics', 'supervisor')).json()) as Record<
      string,
      unknown
    >;
    expect(metrics).toMatchObject({
      portal: 'bz',
      removalTimesPerHostingProvider: [
        expect.objectContaining({ hostingProvider: 'Hosting Example B.V.', noticed: 1 }),
      ],
    });
  });

  it('answers the transparency report of a year, with no field that came from a reporter', async () => {
    const { get, event, caseId } = await setup();
    await event('analyst', { type: 'claim', expectedVersion: 1 });
    await event('analyst', {
      type: 'confirm',
      expectedVersion: 2,
      payload: {
        classification: 'baseline',
        hostingCountry: 'NL',
        hostingProvider: 'Host Example',
      },
    });
    await event('analyst', {
      type: 'send_notice',
      expectedVersion: 3,
      payload: { recipient: 'abuse@hosting.example', channel: 'email' },
    });
    const answer = await get('/v1/reports/transparency?year=2026', 'auditor');
    expect(answer.status).toBe(200);
    const report = (await answer.json()) as Record<string, unknown>;
    expect(report).toMatchObject({
      portal: 'bz',
      year: 2026,
      casesAssessed: 1,
      notices: { notices: 1, reminders: 0, removed: 0 },
      byHostingProvider: [{ hostingProvider: 'Host Example', hostingCountry: 'NL', notices: 1 }],
    });
    const text = JSON.stringify(report);
    for (const reporterValue of [
      caseId,
      ...validReport.urls,
      'https://',
      'receivedAt',
      'reportId',
      'locale',
      'contact',
      'description',
      'urls',
    ]) {
      expect(text).not.toContain(reporterValue);
    }
  });

  it('refuses a missing or malformed year with 400', async () => {
    const { get } = await setup();
    for (const query of ['', '?year=', '?year=26', '?year=1999', '?year=2026.5', '?year=abcd']) {
      const answer = await get(`/v1/reports/transparency${query}`, 'analyst');
      expect(answer.status, query).toBe(400);
      expect(((await answer.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(
        'year',
      );
    }
  });

  it('refuses malformed event bodies with 422 and unknown cases with 404', async () => {
    const { event, get } = await setup();
    expect((await event('analyst', { type: 'fly', expectedVersion: 1 })).status).toBe(422);
    expect((await event('analyst', { type: 'claim' })).status).toBe(422);
    expect((await event('analyst', { type: 'link_report', expectedVersion: 1 })).status).toBe(422);
    expect(
      (await event('analyst', { type: 'claim', expectedVersion: 1, extra: true })).status,
    ).toBe(422);
    expect((await get('/v1/cases/0190b8b6-0000-7000-8000-000000000000', 'analyst')).status).toBe(
      404,
    );
  });

  it('paginates newest first with a cursor and checks its query', async () => {
    const { reportal, get } = await setup();
    for (let index = 0; index < 4; index++) {
      await reportal.fetch(
        postJson('/v1/reports', {
          ...validReport,
          urls: [`https://www.example.com/item/${index}`],
        }),
      );
    }
    const first = (await (await get('/v1/cases?limit=2', 'analyst')).json()) as {
      items: { id: string }[];
      nextCursor: string;
    };
    expect(first.items).toHaveLength(2);
    const second = (await (
      await get(`/v1/cases?limit=2&cursor=${first.nextCursor}`, 'analyst')
    ).json()) as { items: { id: string }[]; nextCursor: string | null };
    const third = (await (
      await get(`/v1/cases?limit=2&cursor=${second.nextCursor}`, 'analyst')
    ).json()) as { items: { id: string }[]; nextCursor: string | null };
    const ids = [...first.items, ...second.items, ...third.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
    for (const query of ['limit=0', 'limit=101', 'state=flying', 'cursor=%%%', 'overdue=maybe']) {
      expect((await get(`/v1/cases?${query}`, 'analyst')).status, query).toBe(400);
    }
    const received = (await (await get('/v1/cases?state=received', 'analyst')).json()) as {
      items: unknown[];
    };
    expect(received.items).toHaveLength(5);
  });

  it('refuses to merge into a case that does not exist, and merges into one that does', async () => {
    const { reportal, store, event, caseId } = await setup();
    await reportal.fetch(
      postJson('/v1/reports', { ...validReport, urls: ['https://www.example.com/other'] }),
    );
    const other = (await store.listCases({ limit: 10 })).items.find((item) => item.id !== caseId)!;
    const missing = await event('analyst', {
      type: 'merge',
      expectedVersion: 1,
      payload: { into: '0190b8b6-0000-7000-8000-000000000000' },
    });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(
      'payload/into',
    );
    const merged = await event('analyst', {
      type: 'merge',
      expectedVersion: 1,
      payload: { into: other.id },
    });
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ state: 'merged', mergedInto: other.id });
  });
});

// The OpenAPI document held to the real answers: every documented status of every operation is
// produced by a real request, and every answer is checked against the document (its status, its
// media type, its body against the schema, its documented headers) with Ajv.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory-store.js';
import type { ReportStore } from '../store/report-store.js';
import { postJson, testReportal, tokenFor, validReport } from '../test-reportal.js';
import { createOpenApiDocument } from './openapi-document.js';

interface MediaType {
  schema: unknown;
}
interface Header {
  $ref?: string;
  required?: boolean;
  schema: { type?: string };
}
interface Response {
  $ref?: string;
  description: string;
  headers?: Record<string, Header>;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId: string;
  'x-reportal-roles'?: string[];
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, unknown>;
    responses: Record<string, Response>;
    headers: Record<string, Header>;
  };
}

const document = createOpenApiDocument() as unknown as Document;
const documentId = 'https://reportal.invalid/openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(structuredClone(document) as object, documentId);

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Each operation, found by method and the path's template. */
const operations = Object.entries(document.paths).flatMap(([template, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    template,
    method: method.toUpperCase(),
    operation,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replaceAll('.', '\\.')}$`),
  })),
);

const operationOf = (method: string, pathname: string) => {
  const found = operations.find(
    (candidate) => candidate.method === method && candidate.pattern.test(pathname),
  );
  if (!found) throw new Error(`${method} ${pathname} is not in the document`);
  return found;
};

/**
 * What is wrong with an answer to a request, according to the document: nothing when it is an
 * answer the document describes.
 */
async function disagreements(request: Request, response: globalThis.Response) {
  const { template, method, operation } = operationOf(
    request.method,
    new URL(request.url).pathname,
  );
  const where = `${method} ${template} ${response.status}`;
  const listed = operation.responses[String(response.status)];
  if (!listed) return [`${where}: status not documented`];
  // A shared answer (`components.responses`) is checked where it is described.
  const shared = listed.$ref?.replace('#/components/responses/', '');
  const documented = shared === undefined ? listed : document.components.responses[shared];
  if (!documented) return [`${where}: ${listed.$ref} is not in the document`];
  const base =
    shared === undefined
      ? ['paths', template, method.toLowerCase(), 'responses', String(response.status)]
      : ['components', 'responses', shared];
  const problems: string[] = [];
  for (const [name, listedHeader] of Object.entries(documented.headers ?? {})) {
    const header = listedHeader.$ref
      ? document.components.headers[listedHeader.$ref.replace('#/components/headers/', '')]!
      : listedHeader;
    const value = response.headers.get(name);
    if (value === null) {
      if (header.required) problems.push(`${where}: header ${name} missing`);
      continue;
    }
    const typed = header.schema.type === 'integer' ? Number(value) : value;
    if (!ajv.validate(header.schema, typed)) {
      problems.push(`${where}: header ${name}: ${ajv.errorsText()}`);
    }
  }
  const mediaType = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  const content = documented.content?.[mediaType];
  if (!content) return [...problems, `${where}: media type "${mediaType}" not documented`];
  const text = await response.text();
  const body = mediaType === 'text/plain' ? text : JSON.parse(text);
  const schemaPointer = pointer(...base, 'content', mediaType, 'schema');
  const validate = ajv.getSchema(`${documentId}#/${schemaPointer}`);
  if (!validate) return [...problems, `${where}: no schema at ${schemaPointer}`];
  if (!validate(body)) {
    problems.push(`${where}: body: ${ajv.errorsText(validate.errors)} in ${text.slice(0, 300)}`);
  }
  return problems;
}

/** Every (operationId, status) the test produced. */
const seen = new Set<string>();

type Server = ReturnType<typeof testReportal>;

/** Sends a request, checks the answer against the document and gives it back. */
async function exchange(
  server: Server,
  request: Request,
  clientAddress = '192.0.2.1',
): Promise<globalThis.Response> {
  const response = await server.fetch(request, { clientAddress });
  const { operation } = operationOf(request.method, new URL(request.url).pathname);
  seen.add(`${operation.operationId} ${response.status}`);
  expect(await disagreements(request, response.clone())).toEqual([]);
  return response;
}

const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
  new Request(`http://portal.test${path}`, {
    headers: { ...(token && { Authorization: `Bearer ${token}` }), ...headers },
  });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const unknownCase = '00000000-0000-4000-8000-000000000000';

describe('the API answers what its OpenAPI document says', () => {
  afterAll(() => {
    // Checked after the scenarios below: each documented status was produced at least once.
    const documented = operations.flatMap(({ operation }) =>
      Object.keys(operation.responses).map((status) => `${operation.operationId} ${status}`),
    );
    expect(documented.filter((pair) => !seen.has(pair))).toEqual([]);
  });

  it('the public API: reports, status, portal, document and health', async () => {
    const store = createMemoryStore();
    const server = testReportal({ store });
    const analyst = await tokenFor(store, 'analyst');
    const partner = await tokenFor(store, 'partner');

    const created = await exchange(server, postJson('/v1/reports', validReport));
    expect(created.status).toBe(201);
    const { receipt } = (await created.json()) as { receipt: string };
    const key = { 'Idempotency-Key': 'contract-test-key-0001' };
    await exchange(server, postJson('/v1/reports', validReport, { ...key, ...bearer(partner) }));
    const replayed = await exchange(
      server,
      postJson('/v1/reports', validReport, { ...key, ...bearer(partner) }),
    );
    expect(replayed.headers.get('Idempotency-Replayed')).toBe('true');
    const statuses = [
      [postJson('/v1/reports', '{"schemaVersion":'), 400],
      [postJson('/v1/reports', validReport, { 'Idempotency-Key': 'short' }), 400],
      [postJson('/v1/reports', validReport, bearer('rpt_not-a-token')), 401],
      [postJson('/v1/reports', validReport, bearer(analyst)), 403],
      [
        postJson(
          '/v1/reports',
          JSON.stringify({ ...validReport, description: 'x'.repeat(70_000) }),
        ),
        413,
      ],
      [postJson('/v1/reports', validReport, { 'Content-Type': 'text/plain' }), 415],
      [postJson('/v1/reports', { ...validReport, urls: [] }), 422],
      [
        postJson(
          '/v1/reports',
          { ...validReport, urls: ['https://example.net/other'] },
          {
            ...key,
            ...bearer(partner),
          },
        ),
        422,
      ],
      [postJson('/v1/status', { receipt }), 200],
      [postJson('/v1/status', '{'), 400],
      [postJson('/v1/status', { receipt: 'x'.repeat(70_000) }), 413],
      [postJson('/v1/status', { receipt }, { 'Content-Type': 'text/plain' }), 415],
      [postJson('/v1/status', { receipt: 'nope' }), 422],
      [get('/v1/portals/bz'), 200],
      [get('/v1/portals/bz?locale=en'), 200],
      [get('/v1/portals/zz'), 404],
      [get('/v1/openapi.json'), 200],
      [get('/healthz'), 200],
      [get('/readyz'), 200],
    ] as const;
    for (const [request, status] of statuses) {
      expect((await exchange(server, request)).status, request.url).toBe(status);
    }

    // A receipt of another server's store is well formed and unknown here.
    const elsewhere = testReportal();
    const other = (await (await elsewhere.fetch(postJson('/v1/reports', validReport))).json()) as {
      receipt: string;
    };
    expect(
      (await exchange(server, postJson('/v1/status', { receipt: other.receipt }))).status,
    ).toBe(404);

    const down: ReportStore = {
      ...createMemoryStore(),
      ping: () => Promise.reject(new Error('down')),
    };
    expect((await exchange(testReportal({ store: down }), get('/readyz'))).status).toBe(503);
  });

  it('the analyst API: cases, events, notices, X-ARF and metrics', async () => {
    const store = createMemoryStore();
    const server = testReportal({ store });
    const tokens = {
      analyst: await tokenFor(store, 'analyst'),
      auditor: await tokenFor(store, 'auditor'),
      partner: await tokenFor(store, 'partner'),
    };
    await exchange(server, postJson('/v1/reports', validReport));
    await exchange(
      server,
      postJson('/v1/reports', {
        ...validReport,
        urls: ['https://www.example.com/gallery/8', 'https://www.example.com/gallery/9'],
        contact: { consent: true, email: 'reporter@example.com', wantsFeedback: true },
      }),
    );
    const page = (await (
      await exchange(server, get('/v1/cases?limit=10', tokens.analyst))
    ).json()) as { items: { id: string }[] };
    const [first, second, third] = page.items.map((item) => item.id);
    const event = (id: string, body: unknown, token = tokens.analyst) =>
      postJson(`/v1/cases/${id}/events`, body, bearer(token));
    const confirm = (id: string, payload: Record<string, string>) =>
      event(id, { type: 'confirm', expectedVersion: 2, payload });
    const bulk = (body: unknown, token = tokens.analyst, idempotencyKey?: string) =>
      postJson('/v1/cases/events', body, {
        ...bearer(token),
        ...(idempotencyKey && { 'Idempotency-Key': idempotencyKey }),
      });

    const steps = [
      [get(`/v1/cases/${first}`, tokens.analyst), 200],
      [get(`/v1/cases/${first}/notice`, tokens.analyst), 422],
      [get(`/v1/cases/${first}/xarf`, tokens.analyst), 422],
      [event(first!, { type: 'release', expectedVersion: 1 }), 422],
      [event(first!, { type: 'claim', expectedVersion: 1 }, tokens.auditor), 403],
      [event(first!, { type: 'claim', expectedVersion: 7 }), 409],
      [event(first!, { type: 'claim' }), 422],
      [event(first!, { type: 'claim', expectedVersion: 1 }), 200],
      [confirm(first!, { classification: 'baseline', hostingCountry: 'x' }), 422],
      [confirm(first!, { classification: 'baseline', severity: 'A1', hostingCountry: 'xx' }), 200],
      [
        event(first!, {
          type: 'send_notice',
          expectedVersion: 3,
          payload: { recipient: 'Hosting Example', channel: 'abuse@example.net' },
        }),
        200,
      ],
      [get(`/v1/cases/${first}/notice`, tokens.analyst), 200],
      [get(`/v1/cases/${first}/notice?locale=en`, tokens.analyst, { Accept: 'text/plain' }), 200],
      [get(`/v1/cases/${first}/xarf`, tokens.analyst), 200],
      [event(second!, { type: 'claim', expectedVersion: 1 }), 200],
      [confirm(second!, { classification: 'national', hostingCountry: 'BZ' }), 200],
      [get(`/v1/cases/${second}/xarf`, tokens.analyst), 422],
      [event(third!, { type: 'claim', expectedVersion: 1 }), 200],
      [
        event(third!, { type: 'dismiss', expectedVersion: 2, payload: { reason: 'insufficient' } }),
        200,
      ],
      [get('/v1/cases?state=confirmed,notice_sent&overdue=false', tokens.auditor), 200],
      [get('/v1/cases?limit=0', tokens.analyst), 400],
      [get('/v1/cases?portal=gt', tokens.partner), 403],
      [get('/v1/metrics', tokens.auditor), 200],
      [get('/v1/metrics?from=2026-01-01T00:00:00Z&to=2030-01-01T00:00:00Z', tokens.analyst), 200],
      [get('/v1/metrics?from=yesterday', tokens.analyst), 400],
      [get('/v1/reports/transparency?year=2026', tokens.auditor), 200],
      [get('/v1/reports/transparency?year=last', tokens.analyst), 400],
      [postJson(`/v1/cases/${first}/events`, '{', bearer(tokens.analyst)), 400],
      [postJson(`/v1/cases/${first}/events`, 'x'.repeat(70_000), bearer(tokens.analyst)), 413],
      [
        postJson(`/v1/cases/${first}/events`, '{}', {
          ...bearer(tokens.analyst),
          'Content-Type': 'text/plain',
        }),
        415,
      ],
      [event(unknownCase, { type: 'claim', expectedVersion: 1 }), 404],
      [bulk({ caseIds: [first, unknownCase], event: { type: 'verify_removed' } }), 200],
      [bulk({ caseIds: [first], event: { type: 'claim' } }, tokens.auditor), 200],
      [bulk({ caseIds: [first], event: { type: 'claim' } }, tokens.partner), 403],
      [bulk({ caseIds: [first], event: { type: 'claim' } }, 'rpt_nope'), 401],
      [bulk({ caseIds: [], event: { type: 'claim' } }), 422],
      [bulk({ caseIds: [first], event: { type: 'claim' } }, tokens.analyst, 'short'), 400],
      [postJson('/v1/cases/events', '{', bearer(tokens.analyst)), 400],
      [postJson('/v1/cases/events', 'x'.repeat(70_000), bearer(tokens.analyst)), 413],
      [
        postJson('/v1/cases/events', '{}', {
          ...bearer(tokens.analyst),
          'Content-Type': 'text/plain',
        }),
        415,
      ],
      [get('/v1/hosts?limit=10', tokens.auditor), 200],
      [get('/v1/hosts?limit=0', tokens.analyst), 400],
      [get('/v1/hosts'), 401],
      [get('/v1/cases?host=www.example.com&sort=oldest&source=public', tokens.analyst), 200],
    ] as const;
    for (const [request, status] of steps) {
      expect((await exchange(server, request)).status, request.url).toBe(status);
    }

    // Every case path: 400 for an id that is not one, 404 for an unknown one, 401 and 403.
    const casePaths = (id: string) => [
      `/v1/cases/${id}`,
      `/v1/cases/${id}/notice`,
      `/v1/cases/${id}/xarf`,
    ];
    for (const path of [
      ...casePaths(first!),
      '/v1/cases',
      '/v1/metrics',
      '/v1/reports/transparency?year=2026',
    ]) {
      expect((await exchange(server, get(path))).status, path).toBe(401);
      expect((await exchange(server, get(path, tokens.partner))).status, path).toBe(403);
    }
    for (const path of casePaths('not-a-case')) {
      expect((await exchange(server, get(path, tokens.analyst))).status, path).toBe(400);
    }
    for (const path of casePaths(unknownCase)) {
      expect((await exchange(server, get(path, tokens.analyst))).status, path).toBe(404);
    }
    expect(
      (await exchange(server, event('not-a-case', { type: 'claim', expectedVersion: 1 }))).status,
    ).toBe(400);
    expect(
      (await exchange(server, event(first!, { type: 'claim', expectedVersion: 1 }, 'rpt_nope')))
        .status,
    ).toBe(401);
    expect(
      (await exchange(server, event(first!, { type: 'claim', expectedVersion: 1 }, tokens.partner)))
        .status,
    ).toBe(403);
  });

  it('rate limits: 429 with Retry-After on every operation that has one', async () => {
    const store = createMemoryStore();
    const server = testReportal({
      store,
      rateLimit: {
        perClient: { burst: 1, perMinute: 1 },
        failedAuthentication: { burst: 1, perMinute: 1 },
      },
    });
    expect((await exchange(server, postJson('/v1/reports', validReport))).status).toBe(201);
    expect((await exchange(server, postJson('/v1/reports', validReport))).status).toBe(429);
    expect((await exchange(server, postJson('/v1/status', { receipt: 'x' }))).status).toBe(429);
    const wrong = 'rpt_not-a-token';
    expect((await exchange(server, get('/v1/cases', wrong))).status).toBe(401);
    const limited = [
      get('/v1/cases', wrong),
      get(`/v1/cases/${unknownCase}`, wrong),
      get(`/v1/cases/${unknownCase}/notice`, wrong),
      get(`/v1/cases/${unknownCase}/xarf`, wrong),
      get('/v1/metrics', wrong),
      get('/v1/hosts', wrong),
      postJson(
        '/v1/cases/events',
        { caseIds: [unknownCase], event: { type: 'claim' } },
        bearer(wrong),
      ),
      get('/v1/reports/transparency?year=2026', wrong),
      postJson(
        `/v1/cases/${unknownCase}/events`,
        { type: 'claim', expectedVersion: 1 },
        bearer(wrong),
      ),
    ];
    for (const request of limited) {
      const response = await exchange(server, request);
      expect(response.status, request.url).toBe(429);
      expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
    }
  });

  it('500 and 503 on every operation that reaches the store, when the store fails', async () => {
    const { StoreError } = await import('@reportal/store');
    const store = createMemoryStore();
    const server = testReportal({ store });
    const token = await tokenFor(store, 'analyst');
    const accepted = await server.fetch(postJson('/v1/reports', validReport));
    const { receipt } = (await accepted.json()) as { receipt: string };
    // From here on, every call to the store fails the way it is told to.
    let failure: unknown;
    for (const name of Object.keys(store) as (keyof ReportStore)[]) {
      if (typeof store[name] === 'function' && name !== 'close') {
        Object.assign(store, { [name]: () => Promise.reject(failure) });
      }
    }
    /** A request that reaches the store: a token for the analyst API, a valid body for the rest. */
    const reaching = ({ template, method }: (typeof operations)[number]) => {
      const path = template.replace(/\{[^}]+\}/g, unknownCase);
      if (path === '/v1/reports') return postJson(path, validReport);
      if (path === '/v1/status') return postJson(path, { receipt });
      if (path === '/v1/cases/events') {
        return postJson(path, { caseIds: [unknownCase], event: { type: 'claim' } }, bearer(token));
      }
      if (method === 'GET') return get(path, token);
      return postJson(path, {}, bearer(token));
    };
    const failing = operations.filter(({ operation }) => '500' in operation.responses);
    expect(failing.map(({ operation }) => operation.operationId)).toContain('listCases');
    for (const [thrown, status] of [
      [new StoreError('unavailable', 'The database cannot be reached now'), 503],
      [new Error('a bug'), 500],
    ] as const) {
      failure = thrown;
      for (const candidate of failing) {
        const response = await exchange(server, reaching(candidate));
        expect(response.status, candidate.operation.operationId).toBe(status);
      }
    }
  });

  it('lets exactly the documented roles read (x-reportal-roles)', async () => {
    const store = createMemoryStore();
    const server = testReportal({ store });
    const roles = ['analyst', 'supervisor', 'auditor', 'partner'] as const;
    const tokens = Object.fromEntries(
      await Promise.all(roles.map(async (role) => [role, await tokenFor(store, role)] as const)),
    );
    const reads = operations.filter(
      ({ method, operation }) => method === 'GET' && operation['x-reportal-roles'],
    );
    expect(reads.map(({ operation }) => operation.operationId)).toContain('listCases');
    for (const { template, operation } of reads) {
      for (const role of roles) {
        const path = template.replace('{id}', unknownCase);
        const { status } = await exchange(server, get(path, tokens[role]));
        const allowed = operation['x-reportal-roles']!.includes(role);
        expect(status === 403, `${role} ${template}`).toBe(!allowed);
      }
    }
  });

  it('documents the `confirm` payload the machine accepts (a lower-case country included)', () => {
    const validate = ajv.getSchema(`${documentId}#/components/schemas/CaseEvent`)!;
    const confirm = { type: 'confirm', expectedVersion: 2 };
    expect(
      validate({ ...confirm, payload: { classification: 'baseline', hostingCountry: 'xx' } }),
    ).toBe(true);
    expect(
      validate({ ...confirm, payload: { classification: 'baseline', hostingCountry: 'xxx' } }),
    ).toBe(false);
  });

  it('refuses an answer the document does not describe', async () => {
    const request = get('/healthz');
    const answer = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    expect(await disagreements(request, answer({ status: 'ok' }))).toEqual([]);
    expect(await disagreements(request, answer({ status: 'ok', uptime: 3 }))).toEqual([
      expect.stringContaining('must NOT have additional properties'),
    ]);
    expect(await disagreements(request, answer({ status: 'ok' }, 202))).toEqual([
      'GET /healthz 202: status not documented',
    ]);
    const limited = new Response('{}', {
      status: 429,
      headers: { 'Content-Type': 'application/problem+json' },
    });
    expect(await disagreements(postJson('/v1/status', {}), limited)).toEqual([
      'POST /v1/status 429: header Retry-After missing',
      'POST /v1/status 429: header Content-Language missing',
      expect.stringContaining('must have required property'),
    ]);
  });
});

/** The paths of the object schemas that say nothing of their members (`{type: object}`). */
function bareObjects(value: unknown, path = '#'): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => bareObjects(item, `${path}/${index}`));
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Record<string, unknown>;
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const described = describedBy.some((key) => key in node);
  return [
    ...(types.includes('object') && !described ? [path] : []),
    ...Object.entries(node).flatMap(([key, item]) => bareObjects(item, `${path}/${pointer(key)}`)),
  ];
}
const describedBy = [
  'properties',
  'additionalProperties',
  'patternProperties',
  'oneOf',
  'anyOf',
  'allOf',
  '$ref',
];

describe('the OpenAPI document’s schemas', () => {
  it('leave no object undescribed (no bare `{type: object}`)', () => {
    expect(bareObjects(document)).toEqual([]);
  });

  it('are walked by a check that finds a bare object schema', () => {
    const broken = structuredClone(document);
    broken.components.schemas.Metrics = { type: 'object' };
    expect(bareObjects(broken)).toEqual(['#/components/schemas/Metrics']);
  });
});

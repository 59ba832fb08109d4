import { takedownEvents, takedownEventTypes, takedownRoles, takedownStates } from '@reportal/core';
import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../auth/access-tokens.js';
import { createMemoryStore } from '../../store/memory-store.js';
import { pageAssets } from '../assets/page-assets.js';
import { get, pagesReportal, postForm } from '../pages-test-support.js';
import { allowedEvents, payloadFields } from './case-actions.js';

type Role = 'analyst' | 'supervisor' | 'auditor' | 'partner';

async function setup() {
  const store = createMemoryStore();
  let time = new Date('2026-11-23T10:00:00.000Z');
  const reportal = pagesReportal({ store, now: () => time });
  const token = async (role: Role) =>
    (
      await createAccessToken({
        store,
        role,
        label: role,
        ...(role === 'partner' && { partnerId: 'ngo-example' }),
      })
    ).token;
  const tokens = {
    analyst: await token('analyst'),
    supervisor: await token('supervisor'),
    auditor: await token('auditor'),
    partner: await token('partner'),
  };
  await reportal.fetch(
    postForm('/en/report', [
      ['urls', 'https://www.example.com/gallery/7?a=1'],
      ['description', 'Second row <b>bold</b>'],
      ['goodFaith', 'true'],
    ]),
  );
  const caseId = (await store.listCases({ limit: 1 })).items[0]!.id;
  const view = (path: string, role?: Role) =>
    reportal.fetch(get(path, role ? { Authorization: `Bearer ${tokens[role]}` } : {}));
  const event = async (type: string, payload?: object) => {
    const current = (await store.getCase(caseId))!.case;
    const response = await reportal.fetch(
      new Request(`http://portal.test/v1/cases/${caseId}/events`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens.analyst}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type,
          expectedVersion: current.version,
          ...(payload && { payload }),
        }),
      }),
    );
    expect(response.status, type).toBe(200);
  };
  const advance = (hours: number) => {
    time = new Date(time.getTime() + hours * 3_600_000);
  };
  return { store, reportal, tokens, caseId, view, event, advance };
}

describe('the console page', () => {
  it('carries no data: a sign-in form, an empty view, and a same-origin script', async () => {
    const { reportal } = await setup();
    const response = await reportal.fetch(get('/console/'));
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('data-view="/console/view/queue"');
    expect(page).toContain(`<script src="${pageAssets.consoleScript.path}" defer></script>`);
    expect(page).toMatch(/<input id="token" type="password"/);
    expect(page).not.toContain('www.example.com/gallery');
    const csp = response.headers.get('Content-Security-Policy')!;
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });

  it('keeps the token in sessionStorage and sends it as a bearer header, never a cookie', async () => {
    const { reportal } = await setup();
    const script = await (await reportal.fetch(get(pageAssets.consoleScript.path))).text();
    expect(script).toContain('sessionStorage');
    expect(script).toMatch(/["'`]Bearer /);
    expect(script).not.toMatch(/cookie|localStorage/i);
  });

  it('names the view of a case and of the metrics', async () => {
    const { reportal, caseId } = await setup();
    const casePage = await (await reportal.fetch(get(`/console/cases/${caseId}`))).text();
    expect(casePage).toContain(`data-view="/console/view/cases/${caseId}"`);
    const metrics = await (await reportal.fetch(get('/console/metrics'))).text();
    expect(metrics).toContain('data-view="/console/view/metrics"');
  });
});

describe('the console views', () => {
  it('answer 401 without a token and 403 to a partner', async () => {
    const { view, caseId } = await setup();
    for (const path of [
      '/console/view/queue',
      `/console/view/cases/${caseId}`,
      '/console/view/metrics',
    ]) {
      const refused = await view(path);
      expect(refused.status, path).toBe(401);
      expect(refused.headers.get('WWW-Authenticate')).toBe('Bearer');
      expect((await view(path, 'partner')).status, path).toBe(403);
    }
  });

  it('list the queue with overdue cases first', async () => {
    const { view, event, advance, reportal, caseId } = await setup();
    await reportal.fetch(
      postForm('/en/report', [
        ['urls', 'https://example.org/newer'],
        ['goodFaith', 'true'],
      ]),
    );
    await event('claim');
    await event('confirm', { classification: 'baseline', hostingCountry: 'NL' });
    await event('send_notice', { recipient: 'abuse@hosting.example', channel: 'email' });
    advance(80);
    const page = await (await view('/console/view/queue', 'analyst')).text();
    expect(page).toContain('<h1>Cases</h1>');
    const first = page.indexOf('/console/cases/');
    expect(page.slice(first, first + 80)).toContain(caseId);
    expect(page).toContain('<span class="badge">Overdue</span>');
    expect(page).toContain('Notice sent 80 hours ago, not yet removed');
    expect(page).toContain('https://example.org/newer');
    const filtered = await (await view('/console/view/queue?state=received', 'analyst')).text();
    expect(filtered).not.toContain(caseId);
  });

  it('filter the queue for triage and offer one action for the selected cases', async () => {
    const { view, reportal, caseId } = await setup();
    await reportal.fetch(
      postForm('/en/report', [
        ['urls', 'https://cdn.example.org/other'],
        ['goodFaith', 'true'],
      ]),
    );
    const page = await (
      await view('/console/view/queue?host=https://img.www.example.com/x&sort=oldest', 'analyst')
    ).text();
    expect(page).toContain(caseId);
    expect(page).not.toContain('cdn.example.org');
    expect(page).toContain('value="https://img.www.example.com/x"');
    expect(page).toContain('<option value="oldest" selected>');
    expect(page).toContain(`<input type="checkbox" form="bulk" name="caseIds" value="${caseId}"`);
    expect(page).toContain('<form id="bulk" class="bulk"');
    expect(page).toContain('data-result="Applied: {applied}. Refused: {refused}."');
    const audited = await (await view('/console/view/queue', 'auditor')).text();
    expect(audited).not.toContain('form="bulk"');
    expect(audited).toContain(caseId);
  });

  it('list the hosts of open cases, each with a link to its cases in the queue', async () => {
    const { view, caseId } = await setup();
    const page = await (await view('/console/view/hosts', 'analyst')).text();
    expect(page).toContain('<h1>Hosts with open cases</h1>');
    expect(page).toContain('<span class="url" dir="ltr">example.com</span>');
    expect(page).toContain('href="/console/?host=example.com&amp;sort=oldest"');
    expect(page).toContain(`/console/cases/${caseId}`);
    expect((await view('/console/view/hosts')).status).toBe(401);
    const shell = await (await view('/console/hosts')).text();
    expect(shell).toContain('data-view="/console/view/hosts"');
  });

  it('show the URLs as text only, the linked report and the history, escaped', async () => {
    const { view, caseId } = await setup();
    const page = await (await view(`/console/view/cases/${caseId}`, 'analyst')).text();
    expect(page).toContain(
      '<code class="url" dir="ltr">https://www.example.com/gallery/7?a=1</code>',
    );
    expect(page).not.toMatch(/href="https?:/);
    expect(page).not.toMatch(/<(img|iframe|video|object|embed)\b/);
    expect(page).toContain('Second row &lt;b&gt;bold&lt;/b&gt;');
    expect(page).toContain('1 report');
    expect(page).toMatch(/<ol><li>Received, by Public form, /);
  });

  it('offer exactly the events the takedown machine allows from the state for the role', async () => {
    const { view, caseId, event } = await setup();
    const buttons = async (role: Role) => {
      const page = await (await view(`/console/view/cases/${caseId}`, role)).text();
      return [...page.matchAll(/<form class="event" data-type="([a-z_]+)">/g)].map(
        (match) => match[1],
      );
    };
    expect(await buttons('analyst')).toEqual(['claim', 'merge']);
    expect(await buttons('auditor')).toEqual([]);
    expect(await (await view(`/console/view/cases/${caseId}`, 'auditor')).text()).toContain(
      'You have read-only access.',
    );
    await event('claim');
    expect(await buttons('analyst')).toEqual(['release', 'dismiss', 'merge', 'confirm']);
    await event('dismiss', { reason: 'not_found' });
    expect(await buttons('analyst')).toEqual([]);
    expect(await buttons('supervisor')).toEqual(['reopen', 'close']);
  });

  it('answer 404 for an unknown case, 400 for an id that is not a case id', async () => {
    const { view } = await setup();
    const unknown = '0190d5e2-7c1a-7b3e-8f00-123456789abc';
    expect((await view(`/console/view/cases/${unknown}`, 'analyst')).status).toBe(404);
    expect((await view('/console/view/cases/nope', 'analyst')).status).toBe(400);
  });

  it('show the metrics and the chart of the median time from notice to removal per week', async () => {
    const { view, event, advance } = await setup();
    const empty = await (await view('/console/view/metrics', 'analyst')).text();
    expect(empty).toContain('Not enough data yet.');
    await event('claim');
    advance(1);
    await event('confirm', { classification: 'baseline', hostingCountry: 'NL' });
    await event('send_notice', { recipient: 'abuse@hosting.example', channel: 'email' });
    advance(30);
    await event('verify_removed');
    const page = await (await view('/console/view/metrics', 'analyst')).text();
    expect(page).toContain('<dt>Reports received</dt><dd>1</dd>');
    expect(page).toContain('<tr data-state="removed"><td>Removed</td><td>1</td></tr>');
    expect(page).toContain('<dt>Median time from first notice to removal</dt><dd>30 hours</dd>');
    expect(page).toMatch(/<svg class="chart" role="img" aria-labelledby="chart-title"/);
    expect(page.match(/<rect class="bar"/g)).toHaveLength(1);
    expect(page).toMatch(/<td>Week of [^<]+<\/td><td>30 hours<\/td>/);
    // Arrival is stored to the hour: an assessment an hour after it is not "59 minutes".
    expect(page).toContain('<dt>Median time to assessment</dt><dd>1 hour</dd>');
    expect(page).toContain('<h2 id="per-provider">Removal time per hosting provider</h2>');
    expect(page).toMatch(/<tr><td>Not named<\/td><td>1<\/td><td>1<\/td><td>30 hours<\/td>/);
  });

  it('say "within the hour" for a median time to assessment under an hour', async () => {
    const { view, event } = await setup();
    await event('claim');
    await event('confirm', { classification: 'baseline', hostingCountry: 'NL' });
    const page = await (await view('/console/view/metrics', 'analyst')).text();
    expect(page).toContain('<dt>Median time to assessment</dt><dd>Within the hour</dd>');
  });

  it('show the transparency report of a year as a printable page', async () => {
    const { view, event } = await setup();
    await event('claim');
    await event('confirm', {
      classification: 'baseline',
      hostingCountry: 'NL',
      hostingProvider: 'Host Example',
    });
    await event('send_notice', { recipient: 'abuse@hosting.example', channel: 'email' });
    const page = await (await view('/console/view/transparency?year=2026', 'auditor')).text();
    expect(page).toContain('<h1>Transparency report 2026</h1>');
    expect(page).toContain('<tr><td>Host Example</td><td>NL</td><td>1</td>');
    expect(page).not.toContain('example.com');
  });
});

describe('allowedEvents', () => {
  it('reads the takedown machine: from-states and roles', () => {
    for (const state of takedownStates) {
      for (const role of takedownRoles) {
        const expected = takedownEventTypes.filter(
          (type) =>
            (takedownEvents[type].from as readonly string[]).includes(state) &&
            (takedownEvents[type].roles as readonly string[]).includes(role),
        );
        expect(allowedEvents(state, role)).toEqual(expected);
        expect(allowedEvents(state, role)).not.toContain('link_report');
      }
    }
    expect(allowedEvents('received', 'partner')).toEqual([]);
  });

  it('has a form field for each payload field of the machine, with the same names', () => {
    for (const type of takedownEventTypes) {
      const schema = takedownEvents[type].payload as unknown as {
        _zod: { def: { shape: Record<string, unknown> } };
      };
      const names = Object.keys(schema._zod.def.shape);
      if (type === 'link_report') continue;
      expect(payloadFields[type].map((field) => field.name).sort(), type).toEqual(names.sort());
    }
  });
});

import { createTranslator } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../auth/access-tokens.js';
import { createMemoryStore } from '../../store/memory-store.js';
import { postJson, validReport } from '../../test-reportal.js';
import { get, pagesReportal } from '../pages-test-support.js';
import { reportedUrlView } from './reported-url-view.js';

const deceptive = 'https://trusted.example.org@evil.example.com/';
const warning = (host: string) =>
  `<p class="notice warning" role="note">Careful: the part before the @ is not the site. This URL goes to ${host}.</p>`;

/** A portal with one case for `url`, and the console's views of it for an analyst. */
async function caseFor(url: string) {
  const store = createMemoryStore();
  const reportal = pagesReportal({ store });
  const { token } = await createAccessToken({ store, role: 'analyst', label: 'analyst' });
  const created = await reportal.fetch(postJson('/v1/reports', { ...validReport, urls: [url] }));
  expect(created.status).toBe(201);
  const caseId = (await store.listCases({ limit: 1 })).items[0]!.id;
  const view = async (path: string) => {
    const response = await reportal.fetch(get(path, { Authorization: `Bearer ${token}` }));
    expect(response.status).toBe(200);
    return response.text();
  };
  return { caseId, view };
}

describe('a reported URL in the console', () => {
  it('shows the real host first, then the URL, and warns when a user name stands before the host', async () => {
    const { caseId, view } = await caseFor(deceptive);
    const page = await view(`/console/view/cases/${caseId}`);
    const site =
      '<span class="site">Site: <strong class="url" dir="ltr">evil.example.com</strong></span>';
    const url = `<code class="url" dir="ltr">${deceptive}</code>`;
    // In the list of URLs and in the history entry that opened the case.
    expect(page.split(`<li>${site}<br>${url}${warning('evil.example.com')}</li>`)).toHaveLength(3);
    expect(page).not.toMatch(/href="https?:/);
  });

  it('warns in the queue too, and in the console’s language', async () => {
    const { view } = await caseFor('https://user:secret@evil.example.net:8443/x');
    const queue = await view('/console/view/queue');
    expect(queue).toContain('Site: <strong class="url" dir="ltr">evil.example.net:8443</strong>');
    expect(queue).toContain(warning('evil.example.net:8443'));
    const spanish = await view('/console/view/queue?locale=es');
    expect(spanish).toContain(
      'Sitio: <strong class="url" dir="ltr">evil.example.net:8443</strong>',
    );
    expect(spanish).toContain(
      '<p class="notice warning" role="note">Atención: la parte anterior a la @ no es el sitio. Esta URL lleva a evil.example.net:8443.</p>',
    );
  });

  it('warns for a password alone, and not for an @ after the host', async () => {
    const t = createTranslator(catalogs.en);
    const passwordOnly = reportedUrlView('https://:secret@evil.example.com/', t).__html;
    expect(passwordOnly).toContain(warning('evil.example.com'));
    expect(passwordOnly).toContain('<strong class="url" dir="ltr">evil.example.com</strong>');
    const inPath = reportedUrlView('https://evil.example.com/@trusted.example.org', t).__html;
    expect(inPath).toContain('<strong class="url" dir="ltr">evil.example.com</strong>');
    expect(inPath).not.toContain('warning');
    // In a right-to-left language the host keeps its own direction (isolated).
    const arabic = reportedUrlView(deceptive, createTranslator(catalogs.ar)).__html;
    expect(arabic).toContain('هذا الرابط يؤدي إلى \u2068evil.example.com\u2069.</p>');
    // A stored text that is not a URL (none is: the intake parses them) is only shown as text.
    expect(reportedUrlView('not a url', t).__html).toBe(
      '<code class="url" dir="ltr">not a url</code>',
    );
  });
});

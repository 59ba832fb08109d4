import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../auth/access-tokens.js';
import { askedStore, notCaseIds } from '../../routes/case-ids.test-support.js';
import { get, pagesReportal, postForm } from '../pages-test-support.js';

async function setup() {
  const { store, asked } = askedStore();
  const reportal = pagesReportal({ store });
  const { token } = await createAccessToken({ store, role: 'analyst', label: 'analyst' });
  await reportal.fetch(
    postForm('/en/report', [
      ['urls', 'https://www.example.com/gallery/7'],
      ['goodFaith', 'true'],
    ]),
  );
  const caseId = (await store.listCases({ limit: 1 })).items[0]!.id;
  asked.length = 0;
  const page = (path: string, headers: Record<string, string> = {}) =>
    reportal.fetch(get(path, headers));
  const view = (path: string) => page(path, { Authorization: `Bearer ${token}` });
  return { asked, caseId, page, view };
}

describe('a console address whose id is not a case id', () => {
  it.each(notCaseIds)(
    'for %s: the case page is an HTML page that says so, with 400, asking no store',
    async (_, id) => {
      const { asked, page } = await setup();
      const response = await page(`/console/cases/${id}`);
      const html = await response.text();
      expect(response.status).toBe(400);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('<h1>Not a case id</h1>');
      expect(html).toContain('<a href="/console/">Back to the queue</a>');
      // No view to load and no script: nothing is asked of the API, and the id is not shown.
      expect(html).not.toContain('data-view');
      expect(html).not.toContain('<script');
      expect(html).not.toContain(decodeURIComponent(id).slice(0, 10));
      expect(asked).toEqual([]);
    },
  );

  it.each(notCaseIds)(
    'for %s: the case view answers 400 with the message as its fragment',
    async (_, id) => {
      const { asked, view } = await setup();
      const response = await view(`/console/view/cases/${id}`);
      const fragment = await response.text();
      expect(response.status).toBe(400);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(fragment).toMatch(/^<h1>Not a case id<\/h1><p>This address does not contain/);
      expect(asked).toEqual([]);
    },
  );

  it('answers in the console’s language, keeping it in the link back', async () => {
    const { page } = await setup();
    const response = await page('/console/cases/%00?locale=es');
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Language')).toBe('es');
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain('<h1>No es un identificador de caso</h1>');
    expect(html).toContain('<a href="/console/?locale=es">Volver a la cola</a>');
  });

  it('checks the token of a view first, then the id, and only then asks the store', async () => {
    const { asked, caseId, page, view } = await setup();
    expect((await page('/console/view/cases/%00')).status).toBe(401);
    expect((await view('/console/view/cases/%00')).status).toBe(400);
    expect(asked).toEqual([]);
    // A UUID gets the shell, whose view asks the store: 200 for the case, 404 for another.
    const unknown = '0190d5e2-7c1a-7b3e-8f00-123456789abc';
    const shell = await page(`/console/cases/${unknown}`);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain(`data-view="/console/view/cases/${unknown}"`);
    expect((await view(`/console/view/cases/${caseId}`)).status).toBe(200);
    expect((await view(`/console/view/cases/${unknown}`)).status).toBe(404);
    expect(asked).toEqual([caseId, unknown]);
  });
});

import { describe, expect, it } from 'vitest';
import { createPortalPages } from '../pages/create-portal-pages.js';
import { createReportal, type Reportal } from '../reportal.js';
import { createMemoryStore } from '../store/memory-store.js';

/** A framework application serving a Reportal handler: where it listens, and how to stop it. */
export interface MountedPortal {
  /** The origin the portal answers at, e.g. `http://127.0.0.1:41234`. */
  base: string;
  close(): Promise<void>;
}

/** Options of `describeMountedPortal`. */
export interface MountedPortalOptions {
  /** Mounts the handler in the framework's application and starts it on 127.0.0.1. */
  listen(reportal: Reportal): Promise<MountedPortal>;
  /** A path the application itself answers (not the portal), and a text its answer contains. */
  ownRoute?: { path: string; contains: string };
}

const report = {
  schemaVersion: 1,
  portal: 'bz',
  locale: 'es',
  urls: ['https://www.example.com/gallery/7'],
  goodFaith: true,
};

/**
 * Tests that a Reportal handler mounted in a framework answers as the portal does: a report and
 * its receipt, a refused report as a problem with the security headers, the form without
 * JavaScript, and the application's own route untouched. Call it in a test file (vitest).
 *
 * @example
 * ```ts
 * describeMountedPortal('Express', { listen: async (reportal) => startExpress(createApp({ reportal })) });
 * ```
 */
export function describeMountedPortal(name: string, options: MountedPortalOptions): void {
  describe(`Reportal mounted in ${name}`, () => {
    const start = () =>
      options.listen(
        createReportal({ portal: 'bz', store: createMemoryStore(), routes: createPortalPages() }),
      );

    it('takes a report, finds it by its receipt, refuses a bad one and serves the form', async () => {
      const { base, close } = await start();
      try {
        const post = (path: string, body: unknown) =>
          fetch(`${base}${path}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          });
        const created = await post('/v1/reports', report);
        expect(created.status).toBe(201);
        expect(created.headers.get('content-security-policy')).toContain("default-src 'none'");
        const { receipt } = (await created.json()) as { receipt: string };
        const status = await post('/v1/status', { receipt });
        expect(status.status).toBe(200);
        expect(await status.json()).toMatchObject({ status: 'received' });

        const refused = await post('/v1/reports', { ...report, urls: ['javascript:alert(1)'] });
        expect(refused.status).toBe(422);
        expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);

        const form = await fetch(`${base}/es/`);
        expect(form.status).toBe(200);
        expect(await form.text()).toMatch(/<form[^>]+method="post"/);

        if (options.ownRoute) {
          const own = await fetch(`${base}${options.ownRoute.path}`);
          expect(await own.text()).toContain(options.ownRoute.contains);
        }
      } finally {
        await close();
      }
    });
  });
}

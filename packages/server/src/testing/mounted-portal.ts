import { createMemoryStore } from '@reportal/store';
import { describe, expect, it } from 'vitest';
import { createPortalPages } from '../pages/create-portal-pages.js';
import { createReportal, type Reportal } from '../reportal.js';

/** A framework application serving a Reportal handler: where it listens, and how to stop it. */
export interface MountedPortal {
  /** The origin the portal answers at, e.g. `http://127.0.0.1:41234`. */
  base: string;
  close(): Promise<void>;
}

/** Options of `describeMountedPortal`. */
export interface MountedPortalOptions {
  /**
   * Mounts the handler in the framework's application and starts it on 127.0.0.1. The
   * application hands the handler each request's client address (`RequestContext.clientAddress`),
   * believing the forwarded header of the peers `trustProxy` names (see
   * `createClientAddressResolver` of `@reportal/server/node`).
   */
  listen(reportal: Reportal, options: { trustProxy: string }): Promise<MountedPortal>;
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
 * describeMountedPortal('Express', {
 *   listen: async (reportal, { trustProxy }) => startExpress(createApp({ reportal, trustProxy })),
 * });
 * ```
 */
export function describeMountedPortal(name: string, options: MountedPortalOptions): void {
  describe(`Reportal mounted in ${name}`, () => {
    const start = () =>
      options.listen(
        createReportal({ portal: 'bz', store: createMemoryStore(), routes: createPortalPages() }),
        { trustProxy: 'loopback' },
      );

    it("hands the portal each client's address, so that each has a rate-limit budget of its own", async () => {
      const { base, close } = await start();
      try {
        const lookUp = async (forwardedFor: string) => {
          const response = await fetch(`${base}/v1/status`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
            body: JSON.stringify({ receipt: 'ABCD-EFGH-JKMN-PQRS' }),
          });
          await response.arrayBuffer();
          return response.status;
        };
        // The default per-client limit: a burst of 10.
        const first: number[] = [];
        for (let index = 0; index < 11; index++) first.push(await lookUp('192.0.2.41'));
        expect(first.slice(0, 10)).not.toContain(429);
        expect(first[10]).toBe(429);
        expect(await lookUp('192.0.2.42')).not.toBe(429);
      } finally {
        await close();
      }
    });

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

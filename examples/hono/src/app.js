// Reportal inside a Hono application: Reportal is a web-standard fetch handler, so Hono mounts it
// as it is, on Node (through @hono/node-server) or on any runtime Hono runs on.
//
//   node src/app.js   (PORT, REPORTAL_DATA or DATABASE_URL as for the reference portal)
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { createReportal } from '@reportal/server';
import { createPortalPages } from '@reportal/server/pages';
import { createPgliteStore, createPostgresStore } from '@reportal/store-postgres';
import { Hono } from 'hono';

/**
 * The Hono application: its own routes, then the portal for every other request.
 * @param {{ reportal: import('@reportal/server').Reportal }} options
 */
export function createApp({ reportal }) {
  const app = new Hono();
  app.get('/about', (context) => context.text('The hotline of the example portal.'));
  // The portal's pages link from the site's root, so it takes every path the app does not.
  app.all('*', (context) => reportal.fetch(context.req.raw));
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const store = process.env.DATABASE_URL
    ? await createPostgresStore({ connectionString: process.env.DATABASE_URL })
    : await createPgliteStore({ dataDir: process.env.REPORTAL_DATA ?? './.reportal/db' });
  const reportal = createReportal({
    portal: process.env.PORTAL ?? 'bz',
    store,
    routes: createPortalPages(),
  });
  const port = Number(process.env.PORT ?? 3000);
  serve({ fetch: createApp({ reportal }).fetch, port, hostname: '127.0.0.1' }, () => {
    console.log(`Hono with Reportal at http://127.0.0.1:${port}/`);
  });
}

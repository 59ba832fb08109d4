// Reportal inside a Hono application: Reportal is a web-standard fetch handler, so Hono mounts it
// as it is, on Node (through @hono/node-server) or on any runtime Hono runs on.
//
//   node src/app.js   (PORT, REPORTAL_DATA or DATABASE_URL as for the reference portal; TRUST_PROXY
//                      as for `reportal serve --trust-proxy` when a reverse proxy is in front)
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createReportal } from '@reportal/server';
import { createClientAddressResolver } from '@reportal/server/node';
import { createPortalPages } from '@reportal/server/pages';
import { createPgliteStore, createPostgresStore } from '@reportal/store-postgres';
import { Hono } from 'hono';

/**
 * The Hono application: its own routes, then the portal for every other request.
 * @param {{ reportal: import("@reportal/server").Reportal, trustProxy?: string | undefined }} options
 */
export function createApp({ reportal, trustProxy }) {
  const app = new Hono();
  // The client address, for the portal's rate limits only (never logged): the socket's peer, or
  // what a trusted proxy forwarded. On another runtime, take the peer from its own adapter.
  const clientAddressOf = createClientAddressResolver(trustProxy ? { trustProxy } : {});
  app.get('/about', (context) => context.text('The hotline of the example portal.'));
  // The portal's pages link from the site's root, so it takes every path the app does not.
  app.all('*', (context) => {
    const peer = getConnInfo(context).remote.address;
    const clientAddress = clientAddressOf(peer, context.req.raw.headers);
    return reportal.fetch(context.req.raw, clientAddress ? { clientAddress } : {});
  });
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const store = process.env.DATABASE_URL
    ? await createPostgresStore({ connectionString: process.env.DATABASE_URL })
    : await createPgliteStore({ dataDir: process.env.REPORTAL_DATA ?? './.reportal/db' });
  // createReportal also purges what the portal's retention periods say must go, daily.
  const reportal = createReportal({
    portal: process.env.PORTAL ?? 'bz',
    store,
    routes: createPortalPages(),
  });
  const port = Number(process.env.PORT ?? 3000);
  const trustProxy = process.env.TRUST_PROXY || undefined;
  serve({ fetch: createApp({ reportal, trustProxy }).fetch, port, hostname: '127.0.0.1' }, () => {
    console.log(`Hono with Reportal at http://127.0.0.1:${port}/`);
  });
}

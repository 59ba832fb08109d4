// Reportal inside an existing Express application: the application's own routes come first, and
// every other request goes to the portal (its API, its pages and the analyst console, whose links
// start at the site's root).
//
//   node src/app.js   (PORT, REPORTAL_DATA or DATABASE_URL as for the reference portal; TRUST_PROXY
//                      as for `reportal serve --trust-proxy` when a reverse proxy is in front)
import { pathToFileURL } from 'node:url';
import { createReportal } from '@reportal/server';
import { createClientAddressResolver, toWebRequest, writeWebResponse } from '@reportal/server/node';
import { createPortalPages } from '@reportal/server/pages';
import { createPgliteStore, createPostgresStore } from '@reportal/store-postgres';
import express from 'express';

/**
 * The Express application: its own routes, then the portal.
 * @param {{ reportal: import("@reportal/server").Reportal, trustProxy?: string | undefined }} options
 * @returns {import('express').Express}
 */
export function createApp({ reportal, trustProxy }) {
  const app = express();
  // The client address, for the portal's rate limits only (never logged): the socket's peer, or
  // what a trusted proxy forwarded.
  const clientAddressOf = createClientAddressResolver(trustProxy ? { trustProxy } : {});
  // Never add a body parser before the portal: it reads its own bodies, with its own limits.
  app.get('/about', (_request, response) => {
    response.type('text').send('The hotline of the example portal.');
  });
  app.use(async (request, response) => {
    const { request: webRequest } = await toWebRequest(request, `http://${request.headers.host}`);
    const clientAddress = clientAddressOf(request.socket.remoteAddress, request.headers);
    const answer = await reportal.fetch(webRequest, clientAddress ? { clientAddress } : {});
    await writeWebResponse(answer, response);
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
  createApp({ reportal, trustProxy }).listen(port, '127.0.0.1', () => {
    console.log(`Express with Reportal at http://127.0.0.1:${port}/`);
  });
}

import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describeMountedPortal } from '@reportal/server/testing';
import { createApp } from '../src/app.js';

describeMountedPortal('Hono', {
  ownRoute: { path: '/about', contains: 'hotline' },
  listen: (reportal, { trustProxy }) =>
    new Promise((resolve) => {
      const server = serve(
        { fetch: createApp({ reportal, trustProxy }).fetch, port: 0, hostname: '127.0.0.1' },
        (info: AddressInfo) => {
          resolve({
            base: `http://127.0.0.1:${info.port}`,
            close: () => new Promise<void>((done) => server.close(() => done())),
          });
        },
      );
    }),
});

import type { AddressInfo } from 'node:net';
import { describeMountedPortal } from '@reportal/server/testing';
import { createApp } from '../src/app.js';

describeMountedPortal('Express', {
  ownRoute: { path: '/about', contains: 'hotline' },
  listen: (reportal, { trustProxy }) =>
    new Promise((resolve) => {
      const server = createApp({ reportal, trustProxy }).listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        resolve({
          base: `http://127.0.0.1:${port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      });
    }),
});

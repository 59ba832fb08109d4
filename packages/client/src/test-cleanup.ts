// Test support (not exported): things a test starts, stopped after it in reverse order.
import type { Server, Socket } from 'node:net';
import { afterEach } from 'vitest';
import { startTestPortal, type TestPortal } from './test-portal.js';

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Runs `cleanup` after the current test. */
export function onCleanup(cleanup: () => Promise<void> | void): void {
  cleanups.push(cleanup);
}

/** A test portal, stopped after the test. */
export async function portal(
  options: Parameters<typeof startTestPortal>[0] = {},
): Promise<TestPortal> {
  const started = await startTestPortal(options);
  onCleanup(() => started.stop());
  return started;
}

/** Listens on a free port of 127.0.0.1 and answers `http://127.0.0.1:<port>`; closed after the test. */
export function listen(server: Server): Promise<string> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  onCleanup(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve(`http://127.0.0.1:${address.port}`);
    }),
  );
}

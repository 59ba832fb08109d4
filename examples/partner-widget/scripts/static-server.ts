// Serves a folder on 127.0.0.1: the partner's own web server, on an origin of its own.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** Serves `folder`; answers its origin (`http://127.0.0.1:<port>`) and a function that stops it. */
export async function serveFolder(
  folder: string,
  port = 0,
): Promise<{ origin: string; stop(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://partner.invalid').pathname;
    const file = normalize(path === '/' ? '/index.html' : path);
    const extension = file.slice(file.lastIndexOf('.'));
    try {
      const body = readFileSync(join(folder, file));
      response.writeHead(200, { 'Content-Type': types[extension] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

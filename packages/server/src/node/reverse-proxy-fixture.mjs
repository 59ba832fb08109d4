// A reverse proxy for the tests of serveNode behind a proxy, run in a process of its own:
// `node reverse-proxy-fixture.mjs <upstream URL> <x-forwarded-for|forwarded>`. It listens on
// 127.0.0.1, sends its port to the parent process, and forwards every request to the upstream
// server, appending the address it sees to the forwarded header as nginx's
// `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;` does (or a `for=` element of
// RFC 7239's Forwarded header).
//
// The address it sees: a test cannot connect from a documentation address, so a test stands in
// for one reporter with the header X-Test-Peer-Address, which the proxy removes and takes as the
// address of its peer (as if its socket had come from there). Without it, the socket's own
// address. Whatever forwarded header the reporter sent is kept and appended to, as nginx does.
import { createServer, request } from 'node:http';

const [upstreamUrl, headerName = 'x-forwarded-for'] = process.argv.slice(2);
const upstream = new URL(upstreamUrl);
const hopByHop = ['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te', 'trailer'];

const server = createServer((incoming, outgoing) => {
  const headers = { ...incoming.headers };
  for (const name of hopByHop) delete headers[name];
  const simulated = headers['x-test-peer-address'];
  delete headers['x-test-peer-address'];
  const peer = typeof simulated === 'string' ? simulated : incoming.socket.remoteAddress;
  const before = headers[headerName];
  const appended =
    headerName === 'forwarded' ? `for="${peer.includes(':') ? `[${peer}]` : peer}"` : peer;
  headers[headerName] = before ? `${before}, ${appended}` : appended;
  const forwarded = request(
    upstream,
    { method: incoming.method, path: incoming.url, headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  forwarded.on('error', () => {
    if (!outgoing.headersSent) outgoing.writeHead(502);
    outgoing.end();
  });
  incoming.pipe(forwarded);
});

server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: server.address().port });
});
process.on('disconnect', () => {
  server.close();
  server.closeAllConnections();
});

import { ReportalError } from '@reportal/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileTrustProxy,
  createClientAddressResolver,
  normalizeAddress,
} from './client-address.js';

const proxy = '127.0.0.1';

describe('normalizeAddress', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    [' 192.0.2.1 ', '192.0.2.1'],
    ['192.0.2.1:80', '192.0.2.1'],
    ['192.0.2.1:_port', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['[::ffff:192.0.2.1]:4711', '192.0.2.1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['[2001:db8::1]:4711', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
  ])('%s is %s', (text, address) => {
    expect(normalizeAddress(text)).toBe(address);
  });

  it.each([
    'unknown',
    '_hidden',
    '',
    'www.example.com',
    '192.0.2',
    '192.000.002.001',
    '0xc0.0.2.1',
    '3221225985',
    '[192.0.2.1]:80',
    '2001:db8::1:80:',
    '[2001:db8::1',
    '192.0.2.1:port',
    '192.0.2.1, 198.51.100.1',
  ])('%j is not an address', (text) => {
    expect(normalizeAddress(text)).toBeUndefined();
  });
});

describe('compileTrustProxy', () => {
  it('takes names, addresses, ranges and netmasks, in a list or comma-separated', () => {
    const trusted = compileTrustProxy('loopback, 198.51.100.0/24,2001:db8::/32');
    expect(trusted('127.0.0.1', 0)).toBe(true);
    expect(trusted('::1', 0)).toBe(true);
    expect(trusted('198.51.100.200', 0)).toBe(true);
    expect(trusted('2001:db8:1::5', 1)).toBe(true);
    expect(trusted('203.0.113.1', 0)).toBe(false);
    const listed = compileTrustProxy(['uniquelocal', '203.0.113.0/255.255.255.0']);
    expect(listed('10.1.2.3', 0)).toBe(true);
    expect(listed('203.0.113.9', 0)).toBe(true);
    expect(listed('198.51.100.1', 0)).toBe(false);
  });

  it('hands a function the address and its hop', () => {
    const seen: [string, number][] = [];
    const resolve = createClientAddressResolver({
      trustProxy: (address, hop) => {
        seen.push([address, hop]);
        return hop < 2;
      },
    });
    expect(
      resolve('::ffff:127.0.0.1', { 'x-forwarded-for': '203.0.113.1, 198.51.100.1, 192.0.2.1' }),
    ).toBe('198.51.100.1');
    expect(seen).toEqual([
      ['127.0.0.1', 0],
      ['192.0.2.1', 1],
      ['198.51.100.1', 2],
    ]);
  });

  it.each([
    ['', /empty/],
    [' , ', /empty/],
    ['localhost', /"localhost" is not an IP address/],
    ['loopback,proxy.example.com', /"proxy.example.com"/],
    ['10.0.0.0/33', /invalid range/],
    ['192.0.2.0/abc', /"192.0.2.0\/abc"/],
    ['0x7f000001', /"0x7f000001"/],
    ['fe80::1%eth0', /"fe80::1%eth0"/],
  ])('refuses %j with a clear error', (trustProxy, message) => {
    let thrown: unknown;
    try {
      compileTrustProxy(trustProxy);
    } catch (error) {
      thrown = error;
    }
    expect(ReportalError.isInstance(thrown)).toBe(true);
    expect((thrown as ReportalError).code).toBe('invalid_configuration');
    expect((thrown as Error).message).toMatch(message);
  });

  it('refuses an unknown forwarded header at once', () => {
    expect(() =>
      createClientAddressResolver({
        trustProxy: 'loopback',
        forwardedHeader: 'x-real-ip' as 'forwarded',
      }),
    ).toThrow(/forwardedHeader must be x-forwarded-for or forwarded/);
  });
});

describe('createClientAddressResolver with X-Forwarded-For', () => {
  const resolve = createClientAddressResolver({ trustProxy: 'loopback' });

  it('is the socket peer without trustProxy, whatever the headers say', () => {
    const direct = createClientAddressResolver();
    expect(direct('198.51.100.7', { 'x-forwarded-for': '192.0.2.1' })).toBe('198.51.100.7');
    expect(direct('::ffff:198.51.100.7', {})).toBe('198.51.100.7');
    expect(direct(undefined, {})).toBeUndefined();
  });

  it('believes a trusted proxy: the rightmost address it appended', () => {
    expect(resolve(proxy, { 'x-forwarded-for': '192.0.2.10' })).toBe('192.0.2.10');
    expect(resolve(proxy, { 'x-forwarded-for': '203.0.113.66, 192.0.2.10' })).toBe('192.0.2.10');
    expect(resolve(proxy, new Headers({ 'X-Forwarded-For': '2001:db8::10' }))).toBe('2001:db8::10');
  });

  it('walks past every trusted proxy, and gives the leftmost when all are trusted', () => {
    expect(resolve(proxy, { 'x-forwarded-for': '203.0.113.66, 192.0.2.10, 127.0.0.2' })).toBe(
      '192.0.2.10',
    );
    expect(resolve(proxy, { 'x-forwarded-for': '127.0.0.3, ::1' })).toBe('127.0.0.3');
    expect(resolve(proxy, {})).toBe(proxy);
  });

  it('reads repeated header lines as one list, in order', () => {
    expect(resolve(proxy, { 'x-forwarded-for': ['203.0.113.66', '192.0.2.10'] })).toBe(
      '192.0.2.10',
    );
  });

  it('ignores the header of a peer that is not trusted', () => {
    expect(resolve('198.51.100.7', { 'x-forwarded-for': '192.0.2.10' })).toBe('198.51.100.7');
  });

  it('strips ports and reads IPv4-mapped IPv6 as IPv4', () => {
    expect(resolve('::ffff:127.0.0.1', { 'x-forwarded-for': '192.0.2.10:4711' })).toBe(
      '192.0.2.10',
    );
    expect(resolve(proxy, { 'x-forwarded-for': '::ffff:192.0.2.10' })).toBe('192.0.2.10');
    expect(resolve(proxy, { 'x-forwarded-for': '[2001:db8::10]:4711' })).toBe('2001:db8::10');
  });

  it('stops at the last good address when a trusted proxy wrote something that is no address', () => {
    expect(resolve(proxy, { 'x-forwarded-for': '192.0.2.10, unknown' })).toBe(proxy);
    expect(resolve(proxy, { 'x-forwarded-for': '192.0.2.10, 127.0.0.2, garbage' })).toBe(proxy);
    expect(resolve(proxy, { 'x-forwarded-for': 'garbage, 127.0.0.2' })).toBe('127.0.0.2');
    expect(resolve(proxy, { 'x-forwarded-for': '' })).toBe(proxy);
    expect(resolve(proxy, { 'x-forwarded-for': '192.0.2.10,,127.0.0.2' })).toBe('127.0.0.2');
  });

  it('never reads garbage left of the first address that is not trusted', () => {
    expect(resolve(proxy, { 'x-forwarded-for': 'unknown, "", 192.0.2.10' })).toBe('192.0.2.10');
  });

  it('reads only X-Forwarded-For, never a Forwarded header a client slipped through', () => {
    expect(resolve(proxy, { forwarded: 'for=203.0.113.66', 'x-forwarded-for': '192.0.2.10' })).toBe(
      '192.0.2.10',
    );
    expect(resolve(proxy, { forwarded: 'for=203.0.113.66' })).toBe(proxy);
  });
});

describe('createClientAddressResolver with Forwarded (RFC 7239)', () => {
  const resolve = createClientAddressResolver({
    trustProxy: 'loopback',
    forwardedHeader: 'forwarded',
  });

  it('reads the for parameters from the right', () => {
    expect(resolve(proxy, { forwarded: 'for=192.0.2.10' })).toBe('192.0.2.10');
    expect(resolve(proxy, { forwarded: 'for=203.0.113.66;proto=http, for=192.0.2.10' })).toBe(
      '192.0.2.10',
    );
    expect(resolve(proxy, { forwarded: 'For="[2001:db8:cafe::17]:4711";proto=https' })).toBe(
      '2001:db8:cafe::17',
    );
    expect(resolve(proxy, { forwarded: 'for=192.0.2.10, for="[::1]";by=_proxy' })).toBe(
      '192.0.2.10',
    );
  });

  it('stops at the last good address at unknown, obfuscated, missing or repeated for', () => {
    expect(resolve(proxy, { forwarded: 'for=192.0.2.10, for=unknown' })).toBe(proxy);
    expect(resolve(proxy, { forwarded: 'for=192.0.2.10, for=_hidden' })).toBe(proxy);
    expect(resolve(proxy, { forwarded: 'for=192.0.2.10, proto=https' })).toBe(proxy);
    expect(resolve(proxy, { forwarded: 'for=192.0.2.10;for=127.0.0.2' })).toBe(proxy);
    expect(resolve(proxy, { forwarded: 'for=192.0.2.10, for=[2001:db8::1]' })).toBe(proxy);
  });

  it('is not misled by garbage a client put left of its proxy', () => {
    expect(resolve(proxy, { forwarded: 'for="203.0.113.66, for=192.0.2.10' })).toBe('192.0.2.10');
    expect(resolve(proxy, { forwarded: 'for=";;;, for="a\\"b", for=192.0.2.10' })).toBe(
      '192.0.2.10',
    );
  });

  it('ignores X-Forwarded-For', () => {
    expect(resolve(proxy, { 'x-forwarded-for': '192.0.2.10' })).toBe(proxy);
  });
});

// Property tests over documentation addresses, loopback (the trusted proxies) and garbage.
const documentationAddress = fc.oneof(
  fc
    .tuple(fc.constantFrom('192.0.2', '198.51.100', '203.0.113'), fc.integer({ min: 0, max: 255 }))
    .map(([network, host]) => `${network}.${host}`),
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { minLength: 6, maxLength: 6 })
    .map((parts) => `2001:db8:${parts.map((part) => part.toString(16)).join(':')}`),
);
const loopbackAddress = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 }))
  .map(([third, fourth]) => `127.0.${third}.${fourth}`);
const entry = fc.oneof(
  documentationAddress,
  loopbackAddress,
  fc.constantFrom('unknown', '_hidden', '', ' ', '"', 'for=', '[', '::1'),
  fc.string({ maxLength: 12 }),
);
const list = fc.array(entry, { maxLength: 6 });

describe('createClientAddressResolver, properties', () => {
  const resolvers = [
    createClientAddressResolver({ trustProxy: 'loopback' }),
    createClientAddressResolver({ trustProxy: 'loopback', forwardedHeader: 'forwarded' }),
  ];
  const header = (entries: readonly string[], forwarded: boolean) =>
    forwarded
      ? { forwarded: entries.map((item) => `for="${item.replace(/["\\]/g, '')}"`).join(', ') }
      : { 'x-forwarded-for': entries.join(', ') };

  it('a header from a peer that is not trusted never changes the answer', () => {
    fc.assert(
      fc.property(documentationAddress, list, fc.boolean(), (peer, entries, forwarded) => {
        const resolve = resolvers[Number(forwarded)]!;
        expect(resolve(peer, header(entries, forwarded))).toBe(resolve(peer, {}));
      }),
    );
  });

  it('appending trusted hops never changes the answer', () => {
    fc.assert(
      fc.property(
        loopbackAddress,
        list,
        fc.array(loopbackAddress, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (peer, entries, hops, forwarded) => {
          // A client's address, as the first proxy appended it; then more proxies, all trusted.
          const resolve = resolvers[Number(forwarded)]!;
          const before = resolve(peer, header(entries, forwarded));
          // The peer becomes a hop of the header; a new trusted proxy is the peer.
          const after = resolve(
            hops.at(-1)!,
            header([...entries, peer, ...hops.slice(0, -1)], forwarded),
          );
          expect(after).toBe(before);
        },
      ),
    );
  });

  it('the answer is the peer or an address of the header, and never garbage', () => {
    fc.assert(
      fc.property(loopbackAddress, list, (peer, entries) => {
        const answer = resolvers[0]!(peer, header(entries, false));
        expect(answer).toBeDefined();
        expect(normalizeAddress(answer!)).toBe(answer);
        const addresses = entries
          .join(', ')
          .split(',')
          .map((item) => normalizeAddress(item));
        expect([peer, ...addresses]).toContain(answer);
      }),
    );
  });

  it('a reporter behind a trusted proxy is the address the proxy appended, whatever they sent', () => {
    fc.assert(
      fc.property(
        list,
        documentationAddress,
        loopbackAddress,
        fc.boolean(),
        (spoofed, reporter, peer, forwarded) => {
          const resolve = resolvers[Number(forwarded)]!;
          expect(resolve(peer, header([...spoofed, reporter], forwarded))).toBe(
            normalizeAddress(reporter),
          );
        },
      ),
    );
  });
});

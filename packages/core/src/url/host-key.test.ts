import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostKey } from './host-key.js';

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,14}[a-z0-9]$/);
const reservedSuffix = fc.constantFrom(
  'example.co.uk',
  'example.com',
  'example.org',
  'example.test',
);

describe('hostKey', () => {
  it('is the registrable domain under the public suffix list', () => {
    expect(hostKey('https://www.example.co.uk/a')).toBe('example.co.uk');
    expect(hostKey('http://example.co.uk/')).toBe('example.co.uk');
    expect(hostKey('www.example.co.uk')).toBe('example.co.uk');
    expect(hostKey('HTTP://Images.CDN.Example.COM./x?y')).toBe('example.com');
    expect(hostKey('https://a.b.example.org:8443/')).toBe('example.org');
  });

  it('never folds a host under another suffix into a real one', () => {
    expect(hostKey('http://example.com.test/')).toBe('com.test');
    expect(hostKey('http://example.com.test/')).not.toBe(hostKey('http://example.com/'));
    expect(hostKey('http://www.example.test/')).toBe('example.test');
    expect(hostKey('http://example.co.uk.invalid/')).not.toBe(hostKey('http://example.co.uk/'));
  });

  it('keeps sites under a private suffix apart', () => {
    expect(hostKey('https://one.github.io/x')).toBe('one.github.io');
    expect(hostKey('https://two.github.io/x')).toBe('two.github.io');
  });

  it('is the host itself when there is no registrable domain', () => {
    expect(hostKey('http://203.0.113.7/a')).toBe('203.0.113.7');
    expect(hostKey('http://[2001:db8::1]/a')).toBe('[2001:db8::1]');
    expect(hostKey('http://co.uk/')).toBe('co.uk');
  });

  it('has no key for what has no host', () => {
    expect(hostKey('')).toBeUndefined();
    expect(hostKey('http://')).toBeUndefined();
  });

  it('gives every subdomain of a site the key of the site', () => {
    fc.assert(
      fc.property(fc.array(label, { maxLength: 4 }), reservedSuffix, (labels, site) => {
        const host = [...labels, site].join('.');
        expect(hostKey(`https://${host}/path`)).toBe(site);
        expect(hostKey(host.toUpperCase())).toBe(site);
      }),
    );
  });

  it('gives a site and that site under another top-level domain two keys', () => {
    fc.assert(
      fc.property(label, fc.constantFrom('test', 'invalid', 'example'), (name, tld) => {
        const site = `${name}.com`;
        expect(hostKey(`http://${site}.${tld}/`)).not.toBe(hostKey(`http://${site}/`));
      }),
    );
  });
});

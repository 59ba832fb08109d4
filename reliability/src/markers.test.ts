import { describe, expect, it } from 'vitest';
import { createMarkers, findMarkers } from './markers.js';

describe('findMarkers', () => {
  const markers = createMarkers('crash', 2);

  it('finds a token in any case and a whole address, with context', () => {
    const found = findMarkers(
      `ua=${markers.tokens[0]!.toUpperCase()} xff=${markers.addresses[0]}:443`,
      markers,
    );
    expect(found.map(([marker]) => marker)).toEqual([markers.tokens[0], markers.addresses[0]]);
  });

  it('does not take a longer address, or a bare number, for a marker address', () => {
    // 203.0.113.10 is a marker; 203.0.113.100 and 1203.0.113.10 are other addresses.
    expect(markers.addresses).toContain('203.0.113.10');
    expect(findMarkers('203.0.113.100 1203.0.113.10 2001:db8::a:11', markers)).toEqual([]);
    expect(findMarkers('for="[2001:db8::a:1]"', markers)).toEqual([
      ['2001:db8::a:1', 'for="[2001:db8::a:1]"'],
    ]);
  });

  it('gives every request a marker in each place a network identity could travel', () => {
    const headers = markers.headersFor(3);
    for (const name of [
      'User-Agent',
      'Cookie',
      'Referer',
      'X-Forwarded-For',
      'Forwarded',
      'X-Real-IP',
    ]) {
      expect(headers[name], name).toBeTruthy();
    }
    expect(JSON.stringify(headers)).toContain(
      markers.tokens.find((token) => token.endsWith('-ua-1'))!,
    );
  });
});

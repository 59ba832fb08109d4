import { describe, expect, it } from 'vitest';
import { isolatePlaceholders, placeholdersOf } from './icu-tokens.js';

describe('isolatePlaceholders', () => {
  it('wraps arguments, formatted numbers and # in FSI ... PDI', () => {
    expect(isolatePlaceholders('a {url} b')).toBe('a \u2068{url}\u2069 b');
    expect(isolatePlaceholders('{share, number, percent}')).toBe(
      '\u2068{share, number, percent}\u2069',
    );
    expect(isolatePlaceholders('{n, plural, one {# x {y}} other {z}}')).toBe(
      '{n, plural, one {\u2068#\u2069 x \u2068{y}\u2069} other {z}}',
    );
  });

  it('leaves select and plural branches as text', () => {
    expect(isolatePlaceholders('{c, select, a {A} other {B}}')).toBe(
      '{c, select, a {A} other {B}}',
    );
  });
});

describe('placeholdersOf', () => {
  it('types each placeholder by its strictest use', () => {
    expect(
      Object.fromEntries(placeholdersOf('{a} {n, plural, other {#}} {c, select, other {{c}}}')),
    ).toEqual({
      a: 'any',
      n: 'number',
      c: 'text',
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readableJson } from './readable-json.js';

describe('readableJson', () => {
  it('indents JSON (an X-ARF report) by two spaces', () => {
    expect(readableJson('{"Version":"0.2","Report":{"Category":"abuse"}}')).toBe(
      '{\n  "Version": "0.2",\n  "Report": {\n    "Category": "abuse"\n  }\n}',
    );
  });

  it('keeps any other text (a takedown notice) as it came', () => {
    const notice = 'To: abuse@hosting.example\n\nPlease remove https://files.example.net/share/abc';
    expect(readableJson(notice)).toBe(notice);
    expect(readableJson('')).toBe('');
  });

  it('never changes what a JSON text says, and changes no text that is not JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(JSON.parse(readableJson(text))).toStrictEqual(JSON.parse(text));
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        let isJson = true;
        try {
          JSON.parse(text);
        } catch {
          isJson = false;
        }
        fc.pre(!isJson);
        expect(readableJson(text)).toBe(text);
      }),
    );
  });
});

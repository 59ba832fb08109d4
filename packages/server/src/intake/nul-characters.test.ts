import { describe, expect, it } from 'vitest';
import { postJson, testReportal, validReport } from '../test-reportal.js';
import { recordingStore } from './recording-store.test-support.js';

const nul = '\u0000';

/** Each text field of a report, by its path in a problem's errors, with a valid value. */
const validValue: Record<string, string> = {
  portal: 'bz',
  locale: 'es',
  'urls/1': 'https://www.example.net/b',
  description: 'Seen in a forum thread.',
  'contact/name': 'A. Person',
  'contact/email': 'person@example.com',
  'contact/phone': '+501 555 0100',
};

/** A report with every text field, `text` at `path` and valid values elsewhere. */
function reportWith(path: string, text: string) {
  const at = (where: string) => (where === path ? text : validValue[where]);
  return {
    ...validReport,
    portal: at('portal'),
    locale: at('locale'),
    urls: [validReport.urls[0], at('urls/1')],
    description: at('description'),
    contact: {
      consent: true,
      name: at('contact/name'),
      email: at('contact/email'),
      phone: at('contact/phone'),
    },
  };
}

describe('POST /v1/reports with U+0000 (NUL) in a text field', () => {
  it.each(Object.keys(validValue))(
    'answers 422 for %s, with the localized issue, and stores nothing',
    async (path) => {
      for (const text of [`${validValue[path]}${nul}`, `${nul}${validValue[path]}`, nul]) {
        const { store, submitted } = recordingStore();
        const reportal = testReportal({ store });
        // JSON.stringify writes U+0000 as the escape \u0000, as any JSON client does.
        const response = await reportal.fetch(postJson('/v1/reports', reportWith(path, text)));
        expect(response.status, JSON.stringify(text)).toBe(422);
        expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
        const problem = (await response.json()) as {
          type: string;
          errors: { path: string; code: string; message: string }[];
        };
        expect(problem.type).toMatch(/validation_failed$/);
        expect(problem.errors).toEqual([
          { path, code: 'nul_character', message: expect.stringContaining('U+0000') },
        ]);
        expect(submitted).toEqual([]);
        expect((await store.listCases({ limit: 10 })).items).toEqual([]);
        // The same report without the NUL is stored (the recording store stores it).
        const valid = await reportal.fetch(
          postJson('/v1/reports', reportWith(path, validValue[path]!)),
        );
        expect(valid.status).toBe(201);
        expect(submitted).toHaveLength(1);
      }
    },
  );

  it('answers in the report’s language, also for a raw NUL byte in the JSON text', async () => {
    const { store, submitted } = recordingStore();
    const reportal = testReportal({ store });
    // A raw U+0000 inside a JSON string is not valid JSON (control characters must be escaped).
    const raw = await reportal.fetch(
      postJson(
        '/v1/reports',
        `{"schemaVersion":1,"portal":"bz","locale":"es","urls":["https://www.example.com/"],"goodFaith":true,"description":"a${nul}b"}`,
      ),
    );
    expect(raw.status).toBe(400);
    const escaped = await reportal.fetch(
      postJson('/v1/reports', reportWith('description', `a${nul}b`)),
    );
    expect(escaped.status).toBe(422);
    expect(escaped.headers.get('Content-Language')).toBe('es');
    const problem = (await escaped.json()) as { errors: { message: string }[] };
    expect(problem.errors[0]!.message).toBe(
      'Este campo contiene un carácter oculto (NUL, U+0000) que no se puede aceptar. Elimínelo, por ejemplo, escribiendo el texto de nuevo.',
    );
    expect(submitted).toEqual([]);
    // %00 in a URL is three plain characters, not U+0000: taken.
    const escapedInUrl = await reportal.fetch(
      postJson('/v1/reports', { ...validReport, urls: ['https://www.example.com/a%00b'] }),
    );
    expect(escapedInUrl.status).toBe(201);
    expect(submitted).toHaveLength(1);
  });
});

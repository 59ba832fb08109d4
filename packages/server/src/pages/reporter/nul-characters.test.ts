import { describe, expect, it } from 'vitest';
import { recordingStore } from '../../intake/recording-store.test-support.js';
import { pagesReportal, postForm, receiptOf } from '../pages-test-support.js';

const nul = '\u0000';
const spanishMessage =
  'Este campo contiene un carácter oculto (NUL, U+0000) que no se puede aceptar. Elimínelo, por ejemplo, escribiendo el texto de nuevo.';

const validForm: [string, string][] = [
  ['urls', 'https://www.example.com/gallery/7'],
  ['description', 'Seen in a forum thread.'],
  ['contact.consent', 'true'],
  ['contact.name', 'A. Person'],
  ['contact.email', 'person@example.com'],
  ['contact.phone', '+501 555 0100'],
  ['goodFaith', 'true'],
];

/** The form with U+0000 added to one field (a form body carries it as %00). */
const withNul = (name: string, value: (text: string) => string): [string, string][] =>
  validForm.map(([field, text]) => [field, field === name ? value(text) : text]);

describe('POST /{locale}/report with U+0000 (NUL) in a field', () => {
  it.each([
    ['urls', 'urls-0'],
    ['description', 'description'],
    ['contact.name', 'contact-name'],
    ['contact.email', 'contact-email'],
    ['contact.phone', 'contact-phone'],
  ])(
    'answers 422 with the form again and the localized error for %s, and stores nothing',
    async (name, id) => {
      const { store, submitted } = recordingStore();
      const reportal = pagesReportal({ store });
      for (const value of [(text: string) => `${text}${nul}`, (text: string) => `${nul}${text}`]) {
        const request = postForm('/es/report', withNul(name, value));
        expect(await request.clone().text()).toContain('%00');
        const response = await reportal.fetch(request);
        const page = await response.text();
        expect(response.status).toBe(422);
        expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
        expect(page).toContain('Hay 1 problema en su denuncia');
        expect(page).toContain(`<a href="#${id}">`);
        expect(page).toContain(`<p class="error" id="${id}-error">${spanishMessage}</p>`);
        expect(receiptOf(page)).toBeUndefined();
      }
      expect(submitted).toEqual([]);
      expect((await store.listCases({ limit: 10 })).items).toEqual([]);
      // The same form without the NUL is stored (the recording store stores it).
      const stored = await reportal.fetch(postForm('/es/report', validForm));
      expect(stored.status).toBe(200);
      expect(receiptOf(await stored.text())).toBeDefined();
      expect(submitted).toHaveLength(1);
    },
  );

  it('refuses contact details with NUL even without the consent box (nothing is kept either way)', async () => {
    const { store, submitted } = recordingStore();
    const response = await pagesReportal({ store }).fetch(
      postForm('/es/report', [
        ['urls', 'https://www.example.com/gallery/7'],
        ['contact.name', `A.${nul}Person`],
        ['goodFaith', 'true'],
      ]),
    );
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(spanishMessage);
    expect(submitted).toEqual([]);
  });
});

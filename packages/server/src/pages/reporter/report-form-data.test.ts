import { describe, expect, it } from 'vitest';
import { readReportForm } from './report-form-data.js';

const page = { portal: { id: 'bz' }, locale: 'es' };
const read = (fields: Record<string, string | string[]> | [string, string][]) => {
  const params = new URLSearchParams();
  const entries = Array.isArray(fields) ? fields : Object.entries(fields);
  for (const [name, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  }
  return readReportForm(params, page);
};

describe('readReportForm', () => {
  it('names fields as the JSON fields: arrays repeat, nested fields are dotted, checkboxes send true', () => {
    const { submission } = read([
      ['urls', 'https://www.example.com/a'],
      ['urls', 'https://example.org/b'],
      ['contentTypes', 'image'],
      ['contentTypes', 'video'],
      ['whereFound', 'forum'],
      ['description', 'second post'],
      ['goodFaith', 'true'],
      ['contact.consent', 'true'],
      ['contact.email', 'reporter@example.com'],
      ['contact.wantsFeedback', 'true'],
    ]);
    expect(submission).toEqual({
      schemaVersion: 1,
      portal: 'bz',
      locale: 'es',
      urls: ['https://www.example.com/a', 'https://example.org/b'],
      contentTypes: ['image', 'video'],
      whereFound: 'forum',
      description: 'second post',
      goodFaith: true,
      contact: { consent: true, email: 'reporter@example.com', wantsFeedback: true },
    });
  });

  it('makes a single URL or content type an array', () => {
    const { submission } = read({ urls: 'https://www.example.com/', contentTypes: 'text' });
    expect(submission.urls).toEqual(['https://www.example.com/']);
    expect(submission.contentTypes).toEqual(['text']);
  });

  it('ignores empty inputs: empty URL fields, the empty choice, blank text', () => {
    const { submission, values } = read([
      ['urls', ''],
      ['urls', 'https://www.example.com/x'],
      ['urls', '   '],
      ['whereFound', ''],
      ['description', ''],
      ['contact.name', ''],
    ]);
    expect(submission).toEqual({
      schemaVersion: 1,
      portal: 'bz',
      locale: 'es',
      urls: ['https://www.example.com/x'],
    });
    expect(values.urls).toEqual(['https://www.example.com/x']);
  });

  it('takes portal, locale and schema version from the page, never from the form', () => {
    const { submission } = read({ portal: 'gt', locale: 'en', schemaVersion: '2' });
    expect(submission).toMatchObject({ schemaVersion: 1, portal: 'bz', locale: 'es' });
  });

  it('gives contact details typed without the consent box consent: false (the intake drops them)', () => {
    const { submission } = read({ 'contact.email': 'reporter@example.com' });
    expect(submission.contact).toEqual({ consent: false, email: 'reporter@example.com' });
  });

  it('passes unknown fields on as own properties, so the strict schema refuses them', () => {
    const { submission } = read({ extra: 'z', 'contact.note': 'y' });
    expect(submission).toMatchObject({ extra: 'z', contact: { note: 'y', consent: false } });
    const fields = new URLSearchParams([
      ['__proto__', 'x'],
      ['contact.__proto__', 'y'],
    ]);
    const hostile = readReportForm(fields, page).submission;
    expect(Object.hasOwn(hostile, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
    expect(Object.hasOwn(hostile.contact as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('keeps a checkbox with another value than true as text (the schema refuses it)', () => {
    expect(read({ goodFaith: 'on' }).submission.goodFaith).toBe('on');
  });

  it('takes the idempotency key apart from the submission', () => {
    const data = read({
      idempotencyKey: '0f8c5c3e-5a34-4a43-9d2f-77f0c0e2a1b4',
      urls: 'https://www.example.com/',
    });
    expect(data.idempotencyKey).toBe('0f8c5c3e-5a34-4a43-9d2f-77f0c0e2a1b4');
    expect(data.submission).not.toHaveProperty('idempotencyKey');
  });

  it('keeps what was typed for the form shown again', () => {
    const { values } = read([
      ['urls', 'not a url'],
      ['contentTypes', 'image'],
      ['whereFound', 'game'],
      ['description', '<b>'],
      ['goodFaith', 'true'],
      ['contact.consent', 'true'],
      ['contact.name', 'A'],
      ['contact.phone', '+501 555 0100'],
    ]);
    expect(values).toEqual({
      urls: ['not a url'],
      contentTypes: ['image'],
      whereFound: 'game',
      description: '<b>',
      goodFaith: true,
      contact: {
        consent: true,
        name: 'A',
        email: '',
        phone: '+501 555 0100',
        wantsFeedback: false,
      },
    });
  });
});

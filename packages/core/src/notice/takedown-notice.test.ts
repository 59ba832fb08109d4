import { describe, expect, it } from 'vitest';
import { ar, en, es } from '../locales/catalogs/index.generated.js';
import { createTranslator } from '../locales/translator.js';
import { caseIn, newCase, step } from '../takedown/case-fixtures.js';
import { takedownStates } from '../takedown/takedown-machine.js';
import { buildTakedownNotice, type TakedownNotice } from './takedown-notice.js';
import { renderTakedownNotice } from './takedown-notice-text.js';

const hotline = { name: 'Example Hotline' };

// A small English translator for the tests: fills {placeholders}, nothing more.
const messages: Record<string, string> = {
  'notice.subject': 'Child sexual abuse material at {url}',
  'notice.greeting': 'Dear {recipient},',
  'notice.intro': '{hotline} has found child sexual abuse material at the location below.',
  'notice.url_label': 'Location (URL)',
  'notice.explanation': 'Classification: {classification}.',
  'notice.hosting': 'Hosted in: {hostingCountry}.',
  'notice.assessed_on': 'Assessed on {date}.',
  'notice.good_faith': 'We send this notice in good faith.',
  'notice.identity': 'This notice does not identify the reporter (DSA Art. 16(2)(c)).',
  'notice.request': 'Please remove it within {deadlineHours} hours.',
  'notice.reference': 'Our reference: {reference}.',
  'notice.closing': 'Thank you.\n{hotline}',
};
const translate = (key: string, values: Record<string, string | number> = {}) =>
  (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

function confirmedCase() {
  let current = step(newCase(), 'claim', { at: '2025-03-10T10:00:00Z' });
  current = step(current, 'confirm', { at: '2025-03-10T11:30:00Z' });
  return current;
}

describe('buildTakedownNotice', () => {
  it.each(takedownStates)('from %s', (state) => {
    const result = buildTakedownNotice(caseIn(state), { hotline });
    if (['confirmed', 'forwarded', 'notice_sent'].includes(state)) {
      expect(result.ok).toBe(true);
    } else {
      expect(result).toEqual({
        ok: false,
        refusal: {
          code: 'not_allowed_from_state',
          state,
          allowedFrom: ['confirmed', 'forwarded', 'notice_sent'],
        },
      });
    }
  });

  it('has the elements of DSA Art. 16(2) and names no notifier', () => {
    const result = buildTakedownNotice(confirmedCase(), { hotline });
    expect(result).toEqual({
      ok: true,
      notice: {
        caseId: 'case-1',
        reference: 'case-1',
        hotline: 'Example Hotline',
        recipient: 'Hosting Example B.V.',
        urls: ['https://example.com/gallery/1'],
        classification: 'baseline',
        severity: 'A1',
        hostingCountry: 'NL',
        hostingProvider: 'Hosting Example B.V.',
        assessedOn: '2025-03-10',
        goodFaith: true,
        notifierIdentity: 'withheld',
        deadlineHours: 72,
      },
    });
    const text = JSON.stringify(result);
    for (const identity of ['analyst-1', 'supervisor-1', 'report-1', 'intake']) {
      expect(text).not.toContain(identity);
    }
  });

  it('lists every URL as reported', () => {
    const current = step(confirmedCase(), 'link_report', {
      payload: { reportId: 'report-2', urls: ['https://EXAMPLE.com/gallery/1'] },
    });
    const result = buildTakedownNotice(current, { hotline });
    expect(result.ok && result.notice.urls).toEqual([
      'https://example.com/gallery/1',
      'https://EXAMPLE.com/gallery/1',
    ]);
  });

  it('addresses the given recipient, else the last notice, else the hosting provider', () => {
    const noticed = step(confirmedCase(), 'send_notice', {
      payload: { recipient: 'abuse@hosting.example', channel: 'email' },
    });
    const recipient = (current: typeof noticed, given?: string) => {
      const result = buildTakedownNotice(current, {
        hotline,
        ...(given === undefined ? {} : { recipient: given }),
      });
      return result.ok ? result.notice.recipient : 'refused';
    };
    expect(recipient(noticed, 'legal@hosting.example')).toBe('legal@hosting.example');
    expect(recipient(noticed)).toBe('abuse@hosting.example');
    expect(recipient(confirmedCase())).toBe('Hosting Example B.V.');
    let anonymousHost = step(newCase(), 'claim');
    anonymousHost = step(anonymousHost, 'confirm', {
      payload: { classification: 'national', hostingCountry: 'BZ' },
    });
    expect(recipient(anonymousHost)).toBeUndefined();
  });

  it("takes the hotline's reference and the portal's deadline", () => {
    const result = buildTakedownNotice(confirmedCase(), {
      hotline,
      reference: 'EX-2025-0042',
      deadlineHours: 48,
    });
    expect(result.ok && result.notice).toMatchObject({
      reference: 'EX-2025-0042',
      deadlineHours: 48,
    });
  });
});

describe('renderTakedownNotice', () => {
  const notice = (overrides: Partial<TakedownNotice> = {}): TakedownNotice => {
    const result = buildTakedownNotice(confirmedCase(), { hotline });
    if (!result.ok) throw new Error('not confirmed');
    return { ...result.notice, ...overrides };
  };

  it('renders a subject and a plain-text body in the locale', () => {
    expect(renderTakedownNotice(notice(), { translate, locale: 'en' })).toEqual({
      subject: 'Child sexual abuse material at https://example.com/gallery/1',
      body: [
        'Dear Hosting Example B.V.,',
        '',
        'Example Hotline has found child sexual abuse material at the location below.',
        '',
        'Location (URL)',
        'https://example.com/gallery/1',
        '',
        'Classification: baseline.',
        'Hosted in: Netherlands.',
        'Assessed on 2025-03-10.',
        '',
        'We send this notice in good faith.',
        'This notice does not identify the reporter (DSA Art. 16(2)(c)).',
        '',
        'Please remove it within 72 hours.',
        '',
        'Our reference: case-1.',
        '',
        'Thank you.',
        'Example Hotline',
        '',
      ].join('\n'),
    });
  });

  it('names the hosting country in the locale, or by its code without one', () => {
    const hosting = (locale?: string) =>
      renderTakedownNotice(notice(), { translate, ...(locale ? { locale } : {}) }).body.match(
        /Hosted in: (.*)\./,
      )?.[1];
    expect(hosting('es')).toBe('Países Bajos');
    expect(hosting()).toBe('NL');
    expect(hosting('not a locale!')).toBe('NL');
  });

  it('leaves out the greeting when no recipient is known', () => {
    const { recipient: _, ...withoutRecipient } = notice();
    const { body } = renderTakedownNotice(withoutRecipient, { translate });
    expect(body.startsWith('Example Hotline has found')).toBe(true);
  });

  it('lists several URLs one per line', () => {
    const urls = ['https://example.com/a', 'https://example.com/b'];
    const { subject, body } = renderTakedownNotice(notice({ urls }), { translate });
    expect(subject).toBe('Child sexual abuse material at https://example.com/a');
    expect(body).toContain('Location (URL)\nhttps://example.com/a\nhttps://example.com/b\n\n');
  });
});

describe('renderTakedownNotice with the shipped catalogs', () => {
  const notice = (deadlineHours = 72) => {
    const result = buildTakedownNotice(confirmedCase(), { hotline, deadlineHours });
    if (!result.ok) throw new Error('not confirmed');
    return result.notice;
  };

  it('writes the notice in English', () => {
    const translate = createTranslator(en);
    const { subject, body } = renderTakedownNotice(notice(), { translate, locale: 'en' });
    expect(subject).toBe('Child sexual abuse material at https://example.com/gallery/1');
    expect(body).toContain('Dear Hosting Example B.V.,\n\nExample Hotline has assessed');
    expect(body).toContain('Location (URL)\nhttps://example.com/gallery/1\n');
    expect(body).toContain('meets the international baseline standard');
    expect(body).toContain('hosted in: Netherlands.');
    expect(body).toContain('Date of assessment: 2025-03-10.');
    expect(body).toContain('Article 16(2)(c)');
    expect(body).toContain('within 72 hours of receiving');
    expect(body).toContain('Our reference: case-1.');
    expect(body.endsWith('Thank you for your cooperation.\nExample Hotline\n')).toBe(true);
    expect(body).not.toMatch(/\{\w+\}/);
  });

  it('uses the plural rules of the locale', () => {
    const translate = createTranslator(en);
    expect(renderTakedownNotice(notice(1), { translate }).body).toContain('within 1 hour of');
  });

  it('writes the notice in Spanish', () => {
    const translate = createTranslator(es, { fallbacks: [en] });
    const { subject, body } = renderTakedownNotice(notice(48), { translate, locale: 'es' });
    expect(subject).toBe('Material de abuso sexual infantil en https://example.com/gallery/1');
    expect(body).toContain('alojado en: Países Bajos.');
    expect(body).toContain('dentro de las 48 horas');
  });

  it('keeps each URL on a line of its own, without bidi controls, in a right-to-left locale', () => {
    const translate = createTranslator(ar, { fallbacks: [en] });
    const { body } = renderTakedownNotice(notice(), { translate, locale: 'ar' });
    expect(body.split('\n')).toContain('https://example.com/gallery/1');
    expect(body).toContain('\u2068Example Hotline\u2069');
  });
});

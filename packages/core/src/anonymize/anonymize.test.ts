import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportSubmission } from '../schema/submission-schema.js';
import { anonymize } from './anonymize.js';
import { clickIdentifiers, isClickIdentifier, stripClickIdentifiers } from './click-identifiers.js';
import { ANONYMIZATION_RULESET_ID, anonymizationRules } from './ruleset.js';

const submission: ReportSubmission = {
  schemaVersion: 1,
  portal: 'bz',
  locale: 'es',
  urls: ['https://www.example.com/gallery/7'],
  goodFaith: true,
};
const receivedAt = new Date('2026-11-23T16:42:17.123Z');

const countOf = (applied: { id: string; count: number }[], id: string) =>
  applied.find((rule) => rule.id === id)?.count;

describe('anonymize', () => {
  it('records the ruleset and every rule, in order', () => {
    const { report, applied } = anonymize(submission, { receivedAt, source: 'public' });
    expect(report.anonymization.ruleset).toBe(ANONYMIZATION_RULESET_ID);
    expect(report.anonymization.applied).toEqual(applied);
    expect(applied.map((rule) => rule.id)).toEqual(anonymizationRules.map((rule) => rule.id));
    expect(report.source).toBe('public');
  });

  describe('no-network-identifiers', () => {
    it('keeps every request identifier out of the report and counts them', () => {
      const request = {
        address: '203.0.113.77',
        userAgent: 'Marker-UA/1.0',
        cookies: 'session=marker-cookie',
        referrer: 'https://referrer.example/marker',
        headers: { 'x-forwarded-for': '198.51.100.77', 'x-marker': 'marker-header' },
      };
      const { report, applied } = anonymize(submission, { receivedAt, source: 'public', request });
      const stored = JSON.stringify(report);
      for (const value of [
        '203.0.113.77',
        'Marker-UA',
        'marker-cookie',
        'referrer.example',
        '198.51.100.77',
        'marker-header',
      ]) {
        expect(stored).not.toContain(value);
      }
      expect(countOf(applied, 'no-network-identifiers')).toBe(5);
    });

    it('builds the report from the schema fields alone', () => {
      const smuggled = { ...submission, ip: '192.0.2.9' } as ReportSubmission;
      const { report } = anonymize(smuggled, { receivedAt, source: 'public' });
      expect(JSON.stringify(report)).not.toContain('192.0.2.9');
    });
  });

  describe('contact-requires-consent', () => {
    it('removes contact details without consent', () => {
      const { report, applied } = anonymize(
        {
          ...submission,
          contact: { consent: false, email: 'person@example.com', name: 'A. Person' },
        },
        { receivedAt, source: 'public' },
      );
      expect(report.contact).toBeUndefined();
      expect(JSON.stringify(report)).not.toContain('person@example.com');
      expect(countOf(applied, 'contact-requires-consent')).toBe(3);
    });

    it('keeps contact details with consent', () => {
      const contact = { consent: true, email: 'person@example.com', wantsFeedback: true };
      const { report, applied } = anonymize(
        { ...submission, contact },
        { receivedAt, source: 'public' },
      );
      expect(report.contact).toEqual(contact);
      expect(countOf(applied, 'contact-requires-consent')).toBe(0);
    });
  });

  describe('coarsen-received-at', () => {
    it('truncates to the hour by default', () => {
      const { report, applied } = anonymize(submission, { receivedAt, source: 'public' });
      expect(report.receivedAt).toBe('2026-11-23T16:00:00.000Z');
      expect(countOf(applied, 'coarsen-received-at')).toBe(1);
    });

    it('truncates to the day when the portal chooses it', () => {
      const { report } = anonymize(submission, {
        receivedAt,
        source: 'public',
        receivedAtPrecision: 'day',
      });
      expect(report.receivedAt).toBe('2026-11-23T00:00:00.000Z');
    });
  });

  describe('strip-click-identifiers', () => {
    it('removes click identifiers and keeps the rest of the URL', () => {
      const { report, applied } = anonymize(
        {
          ...submission,
          urls: [
            'https://www.example.com/p?id=7&utm_source=mail&UTM_Campaign=x&fbclid=abc#part',
            'https://www.youtube.com/watch?v=abc&si=share123',
            'https://forum.example/t?si=kept',
          ],
        },
        { receivedAt, source: 'public' },
      );
      expect(report.urls).toEqual([
        'https://www.example.com/p?id=7#part',
        'https://www.youtube.com/watch?v=abc',
        'https://forum.example/t?si=kept',
      ]);
      expect(countOf(applied, 'strip-click-identifiers')).toBe(4);
    });

    it('drops the question mark when nothing is left', () => {
      expect(stripClickIdentifiers('https://example.com/a?gclid=1&msclkid=2')).toEqual({
        url: 'https://example.com/a',
        removed: 2,
      });
    });

    it('leaves a URL without identifiers byte for byte', () => {
      const url = 'https://example.com/a?b=%20c&d=e+f&&g';
      expect(stripClickIdentifiers(url)).toEqual({ url, removed: 0 });
    });

    it.each(clickIdentifiers.map((identifier) => [identifier.name, identifier] as const))(
      'knows %s',
      (_, identifier) => {
        const host = identifier.hosts?.[0] ?? 'example.com';
        const name = identifier.prefix ? `${identifier.name}medium` : identifier.name;
        expect(isClickIdentifier(name, host)).toBe(true);
        expect(isClickIdentifier(name, `www.${host}`)).toBe(true);
        if (identifier.hosts) expect(isClickIdentifier(name, 'example.com')).toBe(false);
      },
    );
  });

  describe('locale-from-choice', () => {
    it('stores the chosen locale, never Accept-Language', () => {
      const { report, applied } = anonymize(submission, {
        receivedAt,
        source: 'public',
        request: { acceptLanguage: 'en-US,en;q=0.9' },
      });
      expect(report.locale).toBe('es');
      expect(JSON.stringify(report)).not.toContain('en-US');
      expect(countOf(applied, 'locale-from-choice')).toBe(1);
    });
  });

  it('never outputs contact details without consent, nor a click identifier (property)', () => {
    const identifierNames = clickIdentifiers
      .filter((identifier) => !identifier.hosts)
      .map((identifier) => (identifier.prefix ? `${identifier.name}x` : identifier.name));
    const parameter = fc.oneof(
      fc.constantFrom(...identifierNames).map((name) => `${name}=v`),
      fc.stringMatching(/^[a-z]{1,6}=[a-z0-9]{0,6}$/),
    );
    const url = fc
      .array(parameter, { maxLength: 6 })
      .map(
        (parameters) =>
          `https://www.example.com/p${parameters.length ? `?${parameters.join('&')}` : ''}`,
      );
    const contact = fc.record(
      {
        consent: fc.boolean(),
        email: fc.constant('person@example.com'),
        name: fc.constant('Marker Name'),
      },
      { requiredKeys: ['consent'] },
    );
    fc.assert(
      fc.property(
        fc.array(url, { minLength: 1, maxLength: 20 }),
        fc.option(contact, { nil: undefined }),
        fc.date({ noInvalidDate: true }),
        (urls, contactDetails, time) => {
          const input: ReportSubmission = { ...submission, urls };
          if (contactDetails) input.contact = contactDetails;
          const { report } = anonymize(input, { receivedAt: time, source: 'public' });
          if (!contactDetails?.consent) {
            expect(report.contact).toBeUndefined();
            expect(JSON.stringify(report)).not.toContain('Marker Name');
          }
          for (const reported of report.urls) {
            for (const name of new URL(reported).searchParams.keys()) {
              expect(isClickIdentifier(name, 'www.example.com')).toBe(false);
            }
          }
          expect(new Date(report.receivedAt).getUTCMinutes()).toBe(0);
          expect(new Date(report.receivedAt).getUTCSeconds()).toBe(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

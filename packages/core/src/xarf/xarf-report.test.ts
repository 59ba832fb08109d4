import { describe, expect, it } from 'vitest';
import { createCase } from '../takedown/case.js';
import { caseIn, newCase, step } from '../takedown/case-fixtures.js';
import { takedownStates } from '../takedown/takedown-machine.js';
import { buildXarfReport, type XarfContact } from './xarf-report.js';

// The rules below restate, by hand, what the X-ARF v4 schemas (xarf-core.json,
// types/content-base.json, types/content-csam.json) require of a content/csam report.
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const hostname =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const knownFields = [
  // xarf-core
  'xarf_version',
  'report_id',
  'timestamp',
  'reporter',
  'sender',
  'source_identifier',
  'source_port',
  'category',
  'type',
  'evidence_source',
  'evidence',
  'tags',
  'confidence',
  'description',
  // content-base
  'url',
  'domain',
  'verified_at',
  'verification_method',
  'hosting_provider',
  'country_code',
  // content-csam
  'classification',
  'media_type',
  'detection_method',
  'content_removed',
];

function expectValidCsamReport(report: Record<string, unknown>) {
  for (const field of [
    'xarf_version',
    'report_id',
    'timestamp',
    'reporter',
    'sender',
    'source_identifier',
    'category',
    'type',
    'url',
    'classification',
    'detection_method',
  ]) {
    expect(report, field).toHaveProperty(field);
  }
  for (const field of Object.keys(report)) expect(knownFields).toContain(field);
  expect(report.xarf_version).toMatch(/^4\.[0-9]+\.[0-9]+$/);
  expect(report.report_id).toMatch(uuid);
  expect(report.timestamp).toMatch(dateTime);
  for (const contact of [report.reporter, report.sender] as XarfContact[]) {
    expect(Object.keys(contact).sort()).toEqual(['contact', 'domain', 'org']);
    expect(contact.org.length).toBeLessThanOrEqual(200);
    expect(contact.contact).toMatch(email);
    expect(contact.domain).toMatch(hostname);
  }
  expect(typeof report.source_identifier).toBe('string');
  expect(report.category).toBe('content');
  expect(report.type).toBe('csam');
  expect(() => new URL(report.url as string)).not.toThrow();
  expect(report.url).toMatch(/^[a-z][a-z0-9+.-]*:[!-~]+$/);
  if ('domain' in report) expect(report.domain).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*\.)+[a-z]{2,}$/);
  expect(['baseline', 'A1', 'A2', 'B1', 'B2']).toContain(report.classification);
  expect([
    'hash_match',
    'ai_detection',
    'manual_review',
    'user_report',
    'automated_scan',
  ]).toContain(report.detection_method);
  expect([
    'manual',
    'automated_crawler',
    'user_report',
    'honeypot',
    'threat_intelligence',
  ]).toContain(report.verification_method);
  expect(report.verified_at).toMatch(dateTime);
  expect(report.country_code).toMatch(/^[A-Z]{2}$/);
  expect(typeof report.content_removed).toBe('boolean');
  expect(typeof report.evidence_source).toBe('string');
}

const hotline = { org: 'Example Hotline', contact: 'reports@example.org', domain: 'example.org' };

function confirmedCase(urls = ['https://example.com/gallery/1']) {
  const opened = createCase({
    id: 'case-1',
    portal: 'bz',
    urlKey: 'c'.repeat(64),
    reportId: 'report-1',
    urls,
    receivedAt: '2025-03-10T09:00:00Z',
  });
  return step(step(opened, 'claim'), 'confirm', { at: '2025-03-10T11:30:00Z' });
}

describe('buildXarfReport', () => {
  it('exports a confirmed case as a valid content/csam report', () => {
    const result = buildXarfReport(confirmedCase(), {
      reporter: hotline,
      reportId: 'b7ca7591-811e-4d40-83d9-dc043c08555d',
    });
    if (!result.ok) throw new Error(result.refusal.code);
    expectValidCsamReport({ ...result.report });
    expect(result.report).toEqual({
      xarf_version: '4.2.0',
      report_id: 'b7ca7591-811e-4d40-83d9-dc043c08555d',
      timestamp: '2025-03-10T11:30:00.000Z',
      reporter: hotline,
      sender: hotline,
      source_identifier: 'example.com',
      category: 'content',
      type: 'csam',
      url: 'https://example.com/gallery/1',
      domain: 'example.com',
      classification: 'A1',
      detection_method: 'user_report',
      evidence_source: 'user_report',
      verification_method: 'manual',
      verified_at: '2025-03-10T11:30:00.000Z',
      country_code: 'NL',
      hosting_provider: 'Hosting Example B.V.',
      content_removed: false,
    });
  });

  it('names the hotline as reporter and sender, never the public reporter', () => {
    const sender = { org: 'Example Network', contact: 'xarf@example.net', domain: 'example.net' };
    const result = buildXarfReport(confirmedCase(), { reporter: hotline, sender });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.report.reporter).toEqual(hotline);
    expect(result.report.sender).toEqual(sender);
    const text = JSON.stringify(result.report);
    for (const identity of ['report-1', 'analyst-1', 'supervisor-1', 'intake', 'case-1']) {
      expect(text).not.toContain(identity);
    }
  });

  it('gives each export a random UUIDv4 by default', () => {
    const first = buildXarfReport(confirmedCase(), { reporter: hotline });
    const second = buildXarfReport(confirmedCase(), { reporter: hotline });
    if (!first.ok || !second.ok) throw new Error('refused');
    expect(first.report.report_id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-/,
    );
    expect(first.report.report_id).not.toBe(second.report.report_id);
  });

  // The shortest way to `closed` is through `merge`: never confirmed.
  it.each(takedownStates)('from %s (shortest path)', (state) => {
    const result = buildXarfReport(caseIn(state), { reporter: hotline });
    if (['confirmed', 'forwarded', 'notice_sent', 'removed'].includes(state)) {
      if (!result.ok) throw new Error(result.refusal.code);
      expectValidCsamReport({ ...result.report });
    } else {
      expect(result).toEqual({ ok: false, refusal: { code: 'not_confirmed', state } });
    }
  });

  it('says whether the content is removed, and when it was last seen online', () => {
    const removed = step(confirmedCase(), 'verify_removed', { at: '2025-03-12T08:00:00Z' });
    const onRemoved = buildXarfReport(removed, { reporter: hotline });
    expect(onRemoved.ok && onRemoved.report.content_removed).toBe(true);
    const closed = buildXarfReport(step(removed, 'close'), { reporter: hotline });
    expect(closed.ok && closed.report.content_removed).toBe(true);
    const back = step(removed, 'reappear', { at: '2025-03-20T08:00:00Z' });
    const onBack = buildXarfReport(back, { reporter: hotline });
    expect(onBack.ok && onBack.report).toMatchObject({
      content_removed: false,
      timestamp: '2025-03-10T11:30:00.000Z',
      verified_at: '2025-03-20T08:00:00.000Z',
    });
  });

  it('maps the classification: severity first, else baseline; national alone has none', () => {
    const classify = (payload: Record<string, unknown>) => {
      const current = step(step(newCase(), 'claim'), 'confirm', {
        payload: { hostingCountry: 'BZ', ...payload },
      });
      const result = buildXarfReport(current, { reporter: hotline });
      return result.ok ? result.report.classification : result.refusal;
    };
    expect(classify({ classification: 'baseline' })).toBe('baseline');
    expect(classify({ classification: 'baseline', severity: 'A2' })).toBe('A2');
    expect(classify({ classification: 'national', severity: 'B2' })).toBe('B2');
    expect(classify({ classification: 'national' })).toEqual({
      code: 'classification_not_expressible',
      classification: 'national',
    });
  });

  it.each([
    ['https://192.0.2.10/a', '192.0.2.10', undefined],
    ['http://[2001:db8::1]:8080/a', '2001:db8::1', undefined],
    ['https://xn--bcher-kva.example/a', 'xn--bcher-kva.example', undefined],
    ['http://abcdefghijklmnop.onion/a', 'abcdefghijklmnop.onion', 'abcdefghijklmnop.onion'],
    ['https://cdn-1.files.example.com/a', 'cdn-1.files.example.com', 'cdn-1.files.example.com'],
  ])('identifies the source of %s', (url, source, domain) => {
    const result = buildXarfReport(confirmedCase([url]), { reporter: hotline });
    if (!result.ok) throw new Error(result.refusal.code);
    expectValidCsamReport({ ...result.report });
    expect(result.report.source_identifier).toBe(source);
    expect(result.report.domain).toBe(domain);
  });
});

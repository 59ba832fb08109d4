// A tour of @reportal/core on one report: what a portal does between the form and the store.
import {
  anonymize,
  canonicalizeUrl,
  createReceipt,
  createReportId,
  formatReceipt,
  hashReceipt,
  parseSubmission,
  urlKey,
} from '@reportal/core';

const body = {
  schemaVersion: 1,
  portal: 'bz',
  locale: 'es',
  urls: ['WWW.Example.com/gallery/./7?utm_source=share&id=3#top', 'javascript:alert(1)'],
  goodFaith: true,
  contact: { consent: false, email: 'reporter@example.com' },
};

console.log('1. A submission with a refused URL:');
const refused = parseSubmission(body);
console.log(refused.ok ? refused : refused.issues);

body.urls.pop();
const parsed = parseSubmission(body);
if (!parsed.ok) throw new Error('the demo submission should be valid');
console.log('\n2. Valid once it is removed; the URL is parsed:', parsed.submission.urls);

const { report, applied } = anonymize(parsed.submission, {
  receivedAt: new Date(),
  source: 'public',
  request: { address: '203.0.113.7', userAgent: 'Example/1.0', acceptLanguage: 'en-US' },
});
console.log('\n3. Anonymized (reportal-anon-1): rules applied', applied);
console.log('   stored form:', { ...report, anonymization: undefined });

const [url = ''] = report.urls;
console.log('\n4. Canonical form (Safe Browsing v4):', canonicalizeUrl(url));
console.log('   deduplication key:', await urlKey(url));

const reportId = createReportId(new Date(report.receivedAt));
const receipt = createReceipt();
console.log('\n5. Report id:', reportId);
console.log('   Receipt for the reporter:', formatReceipt(receipt));
console.log('   Stored receipt hash:', await hashReceipt(receipt));

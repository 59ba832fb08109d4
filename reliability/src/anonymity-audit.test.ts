// The anonymity audit, after the other suites: each left the dump of its database (taken right
// before dropping it), everything its server processes wrote, and the markers it sent on every
// request (user agents, cookies, referrers, languages, forwarding headers with documentation
// addresses, custom headers, and the flood's loopback source addresses). None may be anywhere.
import { describe, expect, inject, it } from 'vitest';
import { readSuiteArtifacts } from './audit-artifacts.js';
import { findMarkers } from './markers.js';

const expectedSuites: Record<string, string[]> = {
  // What each dump must hold, to show it is the dump of a database that took reports.
  'crash-durability': ['reportal.reports', 'example.com/crash/gallery/'],
  // The crash suite's second run, with time-blind intake (its reports released at the end).
  'crash-durability-1': ['reportal.reports', 'example.com/crash/gallery/'],
  'several-instances': ['reportal.reports', 'example.com/instances/'],
  fuzzing: ['reportal.reports', 'https://seed.example.org/'],
  flood: [
    'reportal.reports',
    'https://flood.example.net/item/',
    'https://real-report.example.org/',
  ],
};

describe('anonymity audit', () => {
  const artifacts = readSuiteArtifacts(inject('runDirectory'));

  it('has the dumps, logs and markers of every suite of this run', () => {
    expect(
      artifacts.map((suite) => suite.suite).sort(),
      'run the whole reliability suite: the audit reads what the other suites leave',
    ).toEqual(Object.keys(expectedSuites).sort());
    for (const suite of artifacts) {
      expect(suite.sent.markedRequests, suite.suite).toBeGreaterThan(0);
      expect(suite.sent.tokens.length, suite.suite).toBeGreaterThan(0);
      expect(suite.sent.addresses.length, suite.suite).toBeGreaterThan(0);
      for (const content of expectedSuites[suite.suite]!) {
        expect(suite.database, suite.suite).toContain(content);
      }
      expect(suite.logs, suite.suite).toContain('"message":"listening"');
    }
  });

  it('finds no marker of any suite in any database dump or server log', () => {
    const everyMarker = {
      tokens: artifacts.flatMap((suite) => suite.sent.tokens),
      addresses: artifacts.flatMap((suite) => suite.sent.addresses),
    };
    expect(everyMarker.tokens.length).toBeGreaterThan(100);
    for (const suite of artifacts) {
      expect(findMarkers(suite.database, everyMarker), `${suite.suite}: database`).toEqual([]);
      expect(findMarkers(suite.logs, everyMarker), `${suite.suite}: server logs`).toEqual([]);
    }
  });

  it('finds no click identifier the crash suite put in reported URLs', () => {
    const crash = artifacts.find((suite) => suite.suite === 'crash-durability');
    expect(crash?.database).toContain('example.com/crash/gallery/');
    expect(crash?.database).not.toMatch(/utm_source|fbclid/);
  });

  it('keeps every log line at the hour, never a finer time', () => {
    for (const suite of artifacts) {
      const lines = suite.logs.split('\n').filter((line) => line.startsWith('{'));
      expect(lines.length, suite.suite).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line, suite.suite).toMatch(/"hour":"\d{4}-\d\d-\d\dT\d\d:00:00\.000Z"/);
      }
    }
  });
});

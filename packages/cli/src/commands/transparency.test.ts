import { computeTransparencyReport } from '@reportal/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support.js';
import { transparencyCsv } from './transparency.js';

describe('reportal transparency', () => {
  it('writes one CSV row per figure, defusing text a spreadsheet would run', () => {
    const report = computeTransparencyReport([], {
      portal: 'bz',
      year: 2026,
      now: new Date('2026-12-31T00:00:00Z'),
    });
    report.byHostingProvider.push({
      hostingProvider: '=HYPERLINK("https://example.com"), "Host"',
      hostingCountry: 'NL',
      notices: 2,
      reminders: 1,
      removed: 1,
      medianHoursToRemoval: 20.5,
      p90HoursToRemoval: 20.5,
    });
    const lines = transparencyCsv([report]).split('\n');
    expect(lines[0]).toBe('portal,year,section,name,country,measure,value');
    expect(lines).toContain('bz,2026,assessed,,,cases,0');
    expect(lines).toContain('bz,2026,action_taken,confirmed,,cases,0');
    expect(lines).toContain('bz,2026,notices,,,medianHoursToRemoval,');
    expect(lines).toContain(
      `bz,2026,hosting_provider,"'=HYPERLINK(""https://example.com""), ""Host""",NL,medianHoursToRemoval,20.5`,
    );
  });

  it('refuses a missing or malformed year, an unknown format and an unknown portal', async () => {
    const cwd = process.cwd();
    for (const args of [
      ['transparency'],
      ['transparency', '--year', '26'],
      ['transparency', '--year', '2026', '--format', 'xml'],
      ['transparency', '--year', '2026', '--portal', 'nowhere'],
    ]) {
      const answer = await runCli(args, cwd);
      expect(answer.code, args.join(' ')).toBe(2);
      expect(answer.stderr[0]).toMatch(/^reportal: /);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseReportsCsv } from './reports-csv.js';

describe('parseReportsCsv', () => {
  it('reads one report per row: URLs and content types separated by spaces, empty cells left out', () => {
    const csv = [
      'urls,description,contentTypes,whereFound',
      'https://example.com/a https://example.net/b,"Seen on a forum, page 2",image video,forum',
      '"https://example.org/c",,,',
      '',
      'https://203.0.113.7/d,"two',
      'lines",,',
    ].join('\r\n');
    expect(parseReportsCsv(csv)).toEqual({
      ok: true,
      reports: [
        {
          row: 1,
          report: {
            urls: ['https://example.com/a', 'https://example.net/b'],
            description: 'Seen on a forum, page 2',
            contentTypes: ['image', 'video'],
            whereFound: 'forum',
            goodFaith: true,
          },
        },
        { row: 2, report: { urls: ['https://example.org/c'], goodFaith: true } },
        {
          row: 3,
          report: { urls: ['https://203.0.113.7/d'], description: 'two\r\nlines', goodFaith: true },
        },
      ],
    });
  });

  it('takes the columns in any order, with a byte order mark, and only urls required', () => {
    const parsed = parseReportsCsv('\uFEFFwhereFound,urls\nsocial_media,https://example.com/x\n');
    expect(parsed).toMatchObject({
      ok: true,
      reports: [{ report: { urls: ['https://example.com/x'], whereFound: 'social_media' } }],
    });
  });

  it.each([
    ['', /empty/],
    ['description\nsomething\n', /no urls column/],
    ['urls,reporterName\nhttps://example.com/x,Jane\n', /unknown column reporterName/],
    ['urls,urls\na,b\n', /twice/],
    ['urls,description\nhttps://example.com/x,"unclosed\n', /not a readable CSV file/],
    ['urls,description\nhttps://example.com/x,a,b\n', /not a readable CSV file/],
  ])('refuses a file it cannot read as reports: %j', (csv, message) => {
    const parsed = parseReportsCsv(csv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

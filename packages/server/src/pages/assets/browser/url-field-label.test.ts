import { describe, expect, it } from 'vitest';
import { everyLocalePortal, get, pagesReportal } from '../../pages-test-support.js';
import { urlFieldLabel } from './url-field-label.js';

describe('urlFieldLabel', () => {
  it('puts the number where the template says', () => {
    expect(urlFieldLabel('Web address #N#', 6)).toBe('Web address 6');
    expect(urlFieldLabel('#N# – adresse', 20)).toBe('20 – adresse');
  });

  it('labels an added field as the server labels its own, in every launch language (bidi isolates kept)', async () => {
    const reportal = pagesReportal({ portal: everyLocalePortal });
    const attribute = (page: string, pattern: RegExp) =>
      page
        .match(pattern)![1]!
        .replaceAll('&#39;', "'")
        .replaceAll('&quot;', '"')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&');
    for (const locale of everyLocalePortal.locales) {
      const page = await (await reportal.fetch(get(`/${locale}/`))).text();
      const template = attribute(page, /id="more-urls"[^>]* data-label="([^"]*)"/);
      // The server's own label of the second field: what the script must write for its number.
      const second = attribute(page, /<label for="urls-1">([^<]*)<\/label>/);
      expect(urlFieldLabel(template, 2), locale).toBe(second);
      expect(template, locale).toContain('#N#');
    }
    await reportal.close();
  });
});

// Every shipped locale on a phone, in Debian's Chromium with Debian's Noto fonts: each script is set
// by a font made for it (no box for a missing glyph, no chance fallback), tall scripts get taller
// lines, nothing overflows sideways (Khmer has no spaces to break at), and the first address field
// stays in the first screen. The fonts are the system's: the portal never loads one.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { getPortal, type Portal } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { describe, expect, it } from 'vitest';
import {
  docsImages,
  expectNoAxeViolations,
  useBrowserAndPortal,
  writeScreenshots,
} from './portal-under-test.js';

const shippedLocales = Object.keys(catalogs).sort();
/** With REPORTAL_SCREENSHOTS=1, the phone's first screen in these locales goes to docs/images/. */
const screenshotLocales = new Set(['km', 'am', 'bn', 'ne', 'fa', 'uk']);

/** The font family that must set most of a locale's text, for the scripts beyond Latin and Cyrillic. */
const scriptFonts: Record<string, RegExp> = {
  ar: /Naskh Arabic|Sans Arabic/,
  fa: /Naskh Arabic|Sans Arabic/,
  ur: /Nastaliq Urdu/,
  hi: /Devanagari/,
  ne: /Devanagari/,
  bn: /Bengali/,
  am: /Ethiopic/,
  km: /Khmer/,
  'zh-Hans': /CJK SC/,
};
/** The least line height, as a multiple of the font size, of body text and of headings. */
const tallScripts: Record<string, { body: number; heading: number }> = {
  km: { body: 1.8, heading: 1.5 },
  bn: { body: 1.65, heading: 1.5 },
  hi: { body: 1.65, heading: 1.5 },
  ne: { body: 1.65, heading: 1.5 },
  am: { body: 1.65, heading: 1.5 },
  ur: { body: 1.9, heading: 1.5 },
};

/** One portal serving every shipped locale, as an example configuration. */
const everyShippedLocale: Portal = {
  ...getPortal('bz')!,
  id: 'xx',
  locales: shippedLocales,
  countryNames: Object.fromEntries(shippedLocales.map((locale) => [locale, 'Example'])),
};

const running = useBrowserAndPortal({ portal: everyShippedLocale, rateLimit: false });

describe('every shipped script on a phone', () => {
  it('has the Noto fonts of Debian installed (fonts-noto-core, fonts-noto-cjk)', () => {
    const families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
    for (const pattern of Object.values(scriptFonts)) {
      expect(
        families,
        `a font matching ${pattern}: apt-get install fonts-noto-core fonts-noto-cjk`,
      ).toMatch(pattern);
    }
  });

  it(`sets each of the ${shippedLocales.length} locales in a font for its script, with room for its marks, and no overflow`, async () => {
    expect(shippedLocales.length).toBeGreaterThanOrEqual(20);
    const context = await running.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      for (const locale of shippedLocales) {
        await page.goto(`${running.portal.url}/${locale}/`);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);

        // The fonts Chromium chose for the heading, the page's first paragraph and the field's label.
        const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
        const glyphs = new Map<string, number>();
        for (const selector of ['main h1', 'main p', 'label[for="urls-0"]']) {
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
          expect(nodeId, `${locale} ${selector}`).toBeGreaterThan(0);
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          for (const font of fonts) {
            glyphs.set(font.familyName, (glyphs.get(font.familyName) ?? 0) + font.glyphCount);
          }
        }
        const total = [...glyphs.values()].reduce((sum, count) => sum + count, 0);
        expect(total, locale).toBeGreaterThan(20);
        const pattern = scriptFonts[locale];
        // Latin, Cyrillic and Vietnamese text: one family sets it all (no glyph left to fallback).
        const expected = pattern
          ? [...glyphs].filter(([family]) => pattern.test(family))
          : [...glyphs].filter(([family]) => /^Noto Sans$/.test(family));
        const share = expected.reduce((sum, [, count]) => sum + count, 0) / total;
        expect(share, `${locale}: ${JSON.stringify([...glyphs])}`).toBeGreaterThan(
          pattern ? 0.7 : 0.99,
        );

        const layout = await page.evaluate(() => {
          const ratio = (selector: string) => {
            const style = getComputedStyle(document.querySelector(selector)!);
            return Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize);
          };
          return {
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            fieldTop: document.querySelector('#urls-0')!.getBoundingClientRect().top,
            body: ratio('main p'),
            heading: ratio('main h1'),
          };
        });
        expect(layout.overflow, `${locale} sideways overflow`).toBeLessThanOrEqual(0);
        expect(layout.fieldTop, `${locale} first address field`).toBeLessThan(844 - 48);
        const tall = tallScripts[locale];
        if (tall) {
          expect(layout.body, `${locale} body line height`).toBeGreaterThanOrEqual(
            tall.body - 0.01,
          );
          expect(layout.heading, `${locale} heading line height`).toBeGreaterThanOrEqual(
            tall.heading - 0.01,
          );
        }
        if (writeScreenshots && screenshotLocales.has(locale)) {
          await page.screenshot({ path: join(docsImages, `portal-form-${locale}-phone.png`) });
        }
      }
    } finally {
      await context.close();
    }
  });

  it.each([
    ['fa', 'rtl'],
    ['uk', 'ltr'],
    ['km', 'ltr'],
    ['am', 'ltr'],
  ])(
    'in %s: axe clean, %s, and no control whose text overflows it at 390 px',
    async (locale, dir) => {
      // axe is injected as a script tag, which the pages' CSP would refuse (as it should).
      const context = await running.browser.newContext({
        viewport: { width: 390, height: 844 },
        bypassCSP: true,
      });
      try {
        const page = await context.newPage();
        await page.goto(`${running.portal.url}/${locale}/`);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        expect(await page.locator('html').getAttribute('dir')).toBe(dir);
        // Every optional part open, so its controls are laid out too.
        for (const summary of await page.locator('details > summary').all()) await summary.click();
        const overflowing = await page.evaluate(() =>
          [
            ...document.querySelectorAll(
              'form label, form legend, form button, form summary, form input, form select, form textarea, .exit, nav a',
            ),
          ]
            // A visually hidden legend (for screen readers) is clipped to a pixel on purpose.
            .filter((element) => !element.classList.contains('visually-hidden'))
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return (
                element.scrollWidth > element.clientWidth + 1 ||
                box.left < 0 ||
                box.right > window.innerWidth
              );
            })
            .map((element) => `${element.tagName} ${element.textContent?.trim().slice(0, 40)}`),
        );
        expect(overflowing, locale).toEqual([]);
        await expectNoAxeViolations(page, `${locale} form`);
      } finally {
        await context.close();
      }
    },
  );
});

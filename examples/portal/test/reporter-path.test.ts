// The reporter's path on a phone and a desktop, in every launch locale: the quick exit that never
// scrolls away, leaving by its link or by Shift pressed three times, and what Back shows after.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  everyLocalePortal,
  launchBrowser,
  launchLocales,
  quickExitUrl,
  type RunningPortal,
  startTestPortal,
} from './portal-under-test.js';

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
/** A page of another site the reporter had open before the portal (never loaded from the network). */
const before = 'https://before.example.org/';

let browser: Browser;
let portal: RunningPortal;
beforeAll(async () => {
  [browser, portal] = await Promise.all([
    launchBrowser(),
    startTestPortal({ portal: everyLocalePortal, rateLimit: false }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

/** A context whose neutral pages answer from the test, not the network. */
async function offlineContext(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  for (const url of [quickExitUrl, before]) {
    await context.route(`${url}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' }),
    );
  }
  return context;
}

/** The element's box lies inside the viewport. */
async function inViewport(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return (
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight &&
      box.right <= window.innerWidth &&
      box.height > 0
    );
  });
}

/** The focused element is below the sticky exit bar (WCAG 2.2 "Focus Not Obscured"). */
function focusBelowExitBar(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.exit-bar')!.getBoundingClientRect();
    const focused = document.activeElement!.getBoundingClientRect();
    return focused.top >= bar.bottom && focused.bottom <= window.innerHeight;
  });
}

describe('the quick exit stays in view', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await offlineContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const viewport of viewports) {
    it(`on a ${viewport.name} (${viewport.width}×${viewport.height}), scrolled to the bottom and with the focus on the last field, in every launch locale`, async () => {
      const page = await context.newPage();
      try {
        await page.setViewportSize(viewport);
        for (const locale of launchLocales) {
          await page.goto(`${portal.url}/${locale}/`);
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          expect(await page.evaluate(() => window.scrollY), locale).toBeGreaterThan(0);
          expect(await inViewport(page, 'a.exit'), `${locale} scrolled`).toBe(true);

          await page.evaluate(() => window.scrollTo(0, 0));
          // Tab from the field before the description: the browser scrolls the field into view,
          // and it is not hidden under the bar.
          await page.locator('#whereFound').focus();
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => document.activeElement?.id), locale).toBe('description');
          expect(await focusBelowExitBar(page), `${locale} description focused`).toBe(true);

          const last = page.locator('form input:not([type=hidden]), form textarea, form select');
          await last.last().focus();
          expect(await inViewport(page, 'a.exit'), `${locale} last field focused`).toBe(true);
          expect(await focusBelowExitBar(page), `${locale} last field visible`).toBe(true);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('is the first thing the keyboard reaches', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${portal.url}/en/`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('exit');
    } finally {
      await page.close();
    }
  });
});

describe('leaving', () => {
  /** Opens another site, then three pages of the portal, as a visit would. */
  async function visit(page: Page) {
    await page.goto(before);
    await page.goto(`${portal.url}/en/`);
    await page.goto(`${portal.url}/en/status`);
    await page.goto(`${portal.url}/en/privacy`);
  }

  it('by the link: Back then shows the page open before the portal, not a portal page', async () => {
    const context = await offlineContext();
    try {
      const page = await context.newPage();
      await visit(page);
      await page.getByRole('link', { name: 'Leave this site quickly' }).click();
      await page.waitForURL(quickExitUrl);
      await page.goBack();
      expect(page.url()).toBe(before);
    } finally {
      await context.close();
    }
  });

  it('by Shift pressed three times, which the page announces; not by Shift within typing', async () => {
    const context = await offlineContext();
    try {
      const page = await context.newPage();
      await visit(page);
      await page.goto(`${portal.url}/en/`);
      expect(await page.locator('.exit-keys').textContent()).toBe(
        ' Or press the Shift key three times.',
      );
      // Capitals typed in a field: Shift with other keys between is typing, not the shortcut.
      await page.locator('#description').focus();
      await page.keyboard.type('A B C D');
      expect(page.url()).toBe(`${portal.url}/en/`);
      for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
      await page.waitForURL(quickExitUrl);
      await page.goBack();
      expect(page.url()).toBe(before);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, as a plain link: Back returns to the portal (the privacy page says so)', async () => {
    const context = await offlineContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await visit(page);
      expect(await page.locator('main').textContent()).toContain('Without JavaScript, Back can');
      await page.getByRole('link', { name: 'Leave this site quickly' }).click();
      await page.waitForURL(quickExitUrl);
      await page.goBack();
      expect(page.url()).toBe(`${portal.url}/en/privacy`);
    } finally {
      await context.close();
    }
  });
});

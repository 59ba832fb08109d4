// The reporter's path on a phone and a desktop, in every launch locale: the quick exit that never
// scrolls away, leaving by its link or by Shift pressed three times, and what Back shows after.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  docsImages,
  everyLocalePortal,
  launchLocales,
  quickExitUrl,
  startTestPortal,
  useBrowserAndPortal,
  writeScreenshots,
} from './portal-under-test.js';

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
/** With REPORTAL_SCREENSHOTS=1, the phone's first screen of the form in these locales goes to docs/images/. */
const screenshotLocales = new Set(['es', 'ar', 'hi']);

/** A page of another site the reporter had open before the portal (never loaded from the network). */
const before = 'https://before.example.org/';

const running = useBrowserAndPortal({ portal: everyLocalePortal, rateLimit: false });

/** A context whose neutral pages answer from the test, not the network. */
async function offlineContext(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await running.browser.newContext(options);
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

describe('the first address field is in the first screen; the quick exit stays in view', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await offlineContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const viewport of viewports) {
    it(`on a ${viewport.name} (${viewport.width}×${viewport.height}): the field on arrival, the exit scrolled to the bottom and with the focus on the last field, in every launch locale`, async () => {
      const page = await context.newPage();
      try {
        await page.setViewportSize(viewport);
        for (const locale of launchLocales) {
          await page.goto(`${running.portal.url}/${locale}/`);
          // The field that matters is in the first screen, whole, with no scrolling.
          expect(await inViewport(page, '#urls-0'), `${locale} first address field`).toBe(true);
          if (writeScreenshots && viewport.name === 'phone' && screenshotLocales.has(locale)) {
            mkdirSync(docsImages, { recursive: true });
            await page.screenshot({ path: join(docsImages, `portal-form-${locale}-phone.png`) });
          }
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
      await page.goto(`${running.portal.url}/en/`);
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
    await page.goto(`${running.portal.url}/en/`);
    await page.goto(`${running.portal.url}/en/status`);
    await page.goto(`${running.portal.url}/en/privacy`);
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
      await page.goto(`${running.portal.url}/en/`);
      expect(await page.locator('.exit-keys').textContent()).toBe(
        ' Or press the Shift key three times.',
      );
      // Capitals typed in a field: Shift with other keys between is typing, not the shortcut.
      await page.locator('#description').focus();
      await page.keyboard.type('A B C D');
      expect(page.url()).toBe(`${running.portal.url}/en/`);
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
      expect(page.url()).toBe(`${running.portal.url}/en/privacy`);
    } finally {
      await context.close();
    }
  });
});

describe('the language choice', () => {
  it('is skipped on a portal of one language: / opens its form, with no language link', async () => {
    const single = await startTestPortal({ portal: 'gt' });
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${single.url}/`);
      expect(page.url()).toBe(`${single.url}/es/`);
      expect(await page.locator('#urls-0').count()).toBe(1);
      expect(await page.locator('a[href="/"]').count()).toBe(0);
    } finally {
      await context.close();
      await single.stop();
    }
  });

  it('stays reachable where there are several languages', async () => {
    const page = await running.browser.newPage();
    try {
      await page.goto(`${running.portal.url}/fr/`);
      await page.locator('a[href="/"]').click();
      expect(page.url()).toBe(`${running.portal.url}/`);
      expect(await page.locator('.languages a').count()).toBe(launchLocales.length);
    } finally {
      await page.close();
    }
  });
});

describe('a refusal and the receipt', () => {
  it('keeps everything typed when the form is refused for sending too often (429)', async () => {
    const limited = await startTestPortal({ portal: 'bz' });
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    try {
      // The same address (127.0.0.1) has just sent ten reports: its burst is spent.
      const form = new URLSearchParams([
        ['urls', 'https://www.example.com/burst'],
        ['goodFaith', 'true'],
      ]);
      for (let sent = 0; sent < 10; sent++) {
        const response = await fetch(`${limited.url}/en/report`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: form,
        });
        expect(response.status).toBe(200);
      }
      const page = await context.newPage();
      await page.goto(`${limited.url}/en/`);
      await page.locator('#urls-0').fill('https://www.example.com/kept');
      await page.getByLabel('Videos').check();
      await page.locator('#description').fill('Typed with care');
      await page.getByLabel(/I believe in good faith/).check();
      const [response] = await Promise.all([
        page.waitForResponse(`${limited.url}/en/report`),
        page.getByRole('button', { name: 'Send report' }).click(),
      ]);
      expect(response.status()).toBe(429);
      await page.waitForLoadState();
      expect(await page.getByRole('alert').first().textContent()).toMatch(
        /Nothing is lost.*Please wait \d+ minutes? and send it again\./,
      );
      expect(await page.locator('#urls-0').inputValue()).toBe('https://www.example.com/kept');
      expect(await page.getByLabel('Videos').isChecked()).toBe(true);
      expect(await page.locator('#description').inputValue()).toBe('Typed with care');
      expect(await page.getByLabel(/I believe in good faith/).isChecked()).toBe(true);
    } finally {
      await context.close();
      await limited.stop();
    }
  });

  it('shows the receipt on a phone wrapping only between groups, with a field to copy it from', async () => {
    const context = await running.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${running.portal.url}/sw/`);
      await page.locator('#urls-0').fill('https://www.example.com/receipt');
      await page.locator('#goodFaith').check();
      await Promise.all([page.waitForNavigation(), page.locator('button[type=submit]').click()]);
      const receipt = (await page.locator('#receipt-code').textContent())!;
      const groups = page.locator('#receipt-code span');
      const lines = new Set<number>();
      for (const group of await groups.all()) {
        // One box per group: no group is broken across two lines.
        const boxes = await group.evaluate((element) =>
          [...element.getClientRects()].map((box) => Math.round(box.top)),
        );
        expect(boxes).toHaveLength(1);
        lines.add(boxes[0]!);
      }
      expect(lines.size).toBeGreaterThan(1);
      const field = page.locator('#receipt-copy');
      expect(await field.inputValue()).toBe(receipt);
      expect(await field.getAttribute('readonly')).not.toBeNull();
    } finally {
      await context.close();
    }
  });
});

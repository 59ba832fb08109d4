import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  everyLocalePortal,
  expectNoAxeViolations,
  launchBrowser,
  launchLocales,
  type RunningPortal,
  startTestPortal,
  submit,
} from './portal-under-test.js';

let browser: Browser;
let portal: RunningPortal;
let context: BrowserContext;
beforeAll(async () => {
  [browser, portal] = await Promise.all([
    launchBrowser(),
    // Dozens of forms from one address: far over the rate limits, which are not under test here.
    startTestPortal({ portal: everyLocalePortal, rateLimit: false }),
  ]);
  // axe is injected as a script tag, which the pages' CSP would refuse (as it should).
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await portal?.stop();
});

describe('axe-core, WCAG 2.0, 2.1 and 2.2 A and AA', () => {
  it('finds no violation on the language choice', async () => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/`);
    await expectNoAxeViolations(page, 'language choice');
    await page.close();
  });

  for (const locale of launchLocales) {
    it(`finds no violation on the form, the error state, the confirmation and the status page in ${locale}`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${portal.url}/${locale}/`);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        await expectNoAxeViolations(page, `${locale} form`);

        await page.locator('#urls-0').fill('ftp://example.com/x');
        await page.locator('details:has(#contact) > summary').click();
        await page.locator('#contact-email').fill('x');
        await submit(page, page.locator('form[action$="/report"] button[type=submit]'));
        expect(await page.locator('.summary').count()).toBe(1);
        await expectNoAxeViolations(page, `${locale} form with errors`);

        await page.locator('#urls-0').fill('https://www.example.com/a11y');
        await page.locator('#contact-email').fill('');
        await page.locator('#goodFaith').check();
        await submit(page, page.locator('form[action$="/report"] button[type=submit]'));
        const receipt = (await page.locator('#receipt-code').textContent())!;
        await expectNoAxeViolations(page, `${locale} confirmation`);

        await page.goto(`${portal.url}/${locale}/status`);
        await expectNoAxeViolations(page, `${locale} status form`);
        // A mistyped address under the locale: the page not found, in that language.
        await page.goto(`${portal.url}/${locale}/no-such-page`);
        await expectNoAxeViolations(page, `${locale} page not found`);
        await page.goto(`${portal.url}/${locale}/status`);
        await page.locator('#receipt').fill(receipt);
        await submit(page, page.locator('form[action$="/status"] button[type=submit]'));
        expect(await page.locator('.state').count()).toBe(1);
        await expectNoAxeViolations(page, `${locale} status answer`);

        await page.locator('#receipt').fill('0000');
        await submit(page, page.locator('form[action$="/status"] button[type=submit]'));
        expect(await page.locator('#receipt-error').count()).toBe(1);
        await expectNoAxeViolations(page, `${locale} status error`);
      } finally {
        await page.close();
      }
    });
  }

  it('finds no violation in the analyst console: sign-in, queue, case and metrics', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${portal.url}/console/`);
      await page.locator('#token').waitFor();
      await expectNoAxeViolations(page, 'console sign-in');
      await page.locator('#token').fill(portal.token);
      await page.locator('#sign-in-form button').click();
      await page.locator('#view h1').waitFor();
      await expectNoAxeViolations(page, 'console queue');
      await page.locator('#view table a').first().click();
      await page.locator('#actions').waitFor();
      await expectNoAxeViolations(page, 'console case');
      await page.goto(`${portal.url}/console/metrics`);
      await page.locator('#metrics').waitFor();
      await expectNoAxeViolations(page, 'console metrics');
    } finally {
      await page.close();
    }
  });
});

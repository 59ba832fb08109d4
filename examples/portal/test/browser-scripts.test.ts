// What the pages' scripts (packages/server/src/pages/assets/browser/*.browser.ts) do in a real
// browser, beyond the reporter and analyst flows: every added address field, the receipt's copy
// button, and the console's answers to a stale version, a second tab and an X-ARF report.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectPrivateTraffic,
  launchBrowser,
  type RunningPortal,
  recordTraffic,
  startTestPortal,
  submit,
} from './portal-under-test.js';

let browser: Browser;
let portal: RunningPortal;
beforeAll(async () => {
  browser = await launchBrowser();
  portal = await startTestPortal({ rateLimit: false });
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

/** Sends the English form with one address and returns the page of the confirmation. */
async function report(page: Page, url: string) {
  await page.goto(`${portal.url}/en/`);
  await page.getByLabel('Web address 1').fill(url);
  await page.getByLabel(/I believe in good faith/).check();
  await submit(page, page.getByRole('button', { name: 'Send report' }));
  expect(await page.locator('#receipt-code').count()).toBe(1);
}

describe('the form script', () => {
  it('adds fields up to twenty, each empty, numbered and without the error of the field it copies; all are sent', async () => {
    const context = await browser.newContext();
    const traffic = recordTraffic(context);
    try {
      const page = await context.newPage();
      await page.goto(`${portal.url}/en/`);
      await page.locator('summary', { hasText: 'Add another address' }).click();
      for (let number = 1; number <= 4; number++)
        await page.getByLabel(`Web address ${number}`).fill(`https://www.example.com/${number}`);
      await page.getByLabel('Web address 5').fill('javascript:alert(1)');
      await page.getByLabel(/I believe in good faith/).check();
      await submit(page, page.getByRole('button', { name: 'Send report' }));
      // The form again, its fifth field invalid, and a sixth, empty field.
      expect(await page.locator('#urls-4').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('input[name=urls]').count()).toBe(6);
      // Something typed in the last field stays there, and is not copied into the next one.
      await page.getByLabel('Web address 6').fill('https://www.example.com/6');

      const add = page.getByRole('button', { name: 'Add another address' });
      await add.click();
      const seventh = page.getByLabel('Web address 7');
      expect(await seventh.getAttribute('id')).toBe('urls-6');
      expect(await seventh.inputValue()).toBe('');
      expect(await seventh.getAttribute('aria-invalid')).toBeNull();
      expect(await page.locator('.field:has(#urls-6) .error').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('urls-6');
      expect(await page.getByLabel('Web address 6').inputValue()).toBe('https://www.example.com/6');

      for (let count = 8; count <= 20; count++) await add.click();
      expect(await page.locator('input[name=urls]').count()).toBe(20);
      expect(await add.isHidden()).toBe(true);
      const ids = await page
        .locator('input[name=urls]')
        .evaluateAll((inputs) => inputs.map((input) => input.id));
      expect(ids).toEqual(Array.from({ length: 20 }, (_, index) => `urls-${index}`));
      // Each label names its own field.
      expect(await page.locator('label[for="urls-19"]').textContent()).toBe('Web address 20');

      await page.getByLabel('Web address 5').fill('https://www.example.com/fifth');
      await page.getByLabel('Web address 20').fill('https://www.example.org/twentieth');
      await submit(page, page.getByRole('button', { name: 'Send report' }));
      expect(await page.locator('main').textContent()).toContain('We received 7 web addresses.');
      // No script error and no CSP violation (the 422 of the invalid form is the only message).
      expect(traffic.consoleErrors.filter((text) => !/status of 422/.test(text))).toEqual([]);
      await expectPrivateTraffic(context, traffic, portal.url);
    } finally {
      await context.close();
    }
  });

  it('copies the receipt to the clipboard with its button, and says so', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-write'] });
    // The portal's Permissions-Policy denies clipboard-read: the test sees what the script writes.
    await context.addInitScript(() => {
      const clipboard = navigator.clipboard;
      const writeText = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text) => {
        (globalThis as { copied?: string }).copied = text;
        return writeText(text);
      };
    });
    try {
      const page = await context.newPage();
      await report(page, 'https://www.example.com/copied');
      const receipt = (await page.locator('#receipt-code').textContent())!.trim();
      const status = page.locator('#receipt-code ~ [role=status]');
      expect(await status.textContent()).toBe('');
      await page.getByRole('button', { name: 'Copy code' }).click();
      await expect.poll(() => status.textContent()).toBe(' Copied');
      expect(await page.evaluate(() => (globalThis as { copied?: string }).copied)).toBe(receipt);
    } finally {
      await context.close();
    }
  });
});

describe('the console script', () => {
  /** A tab of the console, signed in (each tab keeps its own token: sessionStorage). */
  async function signedIn(page: Page, path: string) {
    await page.goto(`${portal.url}${path}`);
    await page.getByLabel('Access token').fill(portal.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#view h1').waitFor();
  }

  it('refuses an empty token, names each view in the title, says when another tab changed the case first, and indents an X-ARF report', async () => {
    const context = await browser.newContext();
    const traffic = recordTraffic(context);
    try {
      const reporter = await context.newPage();
      await report(reporter, 'https://files.example.net/share/stale');
      await reporter.close();

      const first = await context.newPage();
      await first.goto(`${portal.url}/console/`);
      await first.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => first.locator('#token-error').isVisible()).toBe(true);
      expect(await first.getByLabel('Access token').getAttribute('aria-invalid')).toBe('true');
      await first.getByLabel('Access token').fill(portal.token);
      await first.getByRole('button', { name: 'Sign in' }).click();
      await first.getByRole('heading', { name: 'Cases' }).waitFor();
      expect(await first.title()).toMatch(/^Cases – Analyst console – /);
      await first
        .locator('#view tr', { hasText: 'files.example.net/share/stale' })
        .locator('a')
        .first()
        .click();
      await first.locator('#actions').waitFor();
      const casePath = new URL(first.url()).pathname;
      expect(await first.title()).toMatch(/^Case .+ – Analyst console – /);

      // A second tab opens the same case: it has no token of its own until it signs in.
      const second = await context.newPage();
      await signedIn(second, casePath);
      await second.locator('#actions').waitFor();

      await first.getByRole('button', { name: 'Claim', exact: true }).click();
      await expect.poll(() => first.locator('#console-status').textContent()).toBe('Saved.');
      await second.getByRole('button', { name: 'Claim', exact: true }).click();
      await expect
        .poll(() => second.locator('#console-status').textContent())
        .toBe('This case has changed since you opened it. Reload it and try again.');

      await first.locator('#confirm-classification').selectOption('baseline');
      await first.locator('#confirm-severity').selectOption('A1');
      await first.locator('#confirm-hostingCountry').fill('nl');
      await first.getByRole('button', { name: 'Confirm as illegal' }).click();
      await expect.poll(() => first.locator('#view').textContent()).toContain('State: Confirmed');
      await first.getByRole('button', { name: 'X-ARF report' }).click();
      const output = first.locator('#notice-text');
      await expect.poll(() => output.isVisible()).toBe(true);
      const shown = (await output.textContent())!;
      const api = await fetch(`${portal.url}/v1${casePath.replace('/console', '')}/xarf`, {
        headers: { Authorization: `Bearer ${portal.token}`, Accept: 'application/json' },
      });
      expect(api.status).toBe(200);
      // The API sends it on one line; the console shows it indented by two spaces.
      expect(await api.text()).not.toContain('\n');
      expect(shown).toBe(JSON.stringify(JSON.parse(shown), null, 2));
      expect(shown).toMatch(/^\{\n {2}"xarf_version": /);

      await first.getByRole('button', { name: 'Sign out' }).click();
      expect(await first.locator('#sign-in').isVisible()).toBe(true);
      expect(await first.evaluate(() => sessionStorage.length)).toBe(0);
      // The other tab is still signed in: signing out forgets this tab's token only.
      expect(await second.evaluate(() => sessionStorage.length)).toBe(1);

      expect(traffic.consoleErrors.filter((text) => !/status of 409/.test(text))).toEqual([]);
      await expectPrivateTraffic(context, traffic, portal.url);
    } finally {
      await context.close();
    }
  });
});

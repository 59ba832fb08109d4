import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectPrivateTraffic,
  launchBrowser,
  recordTraffic,
  screenshotPath,
  startTestPortal,
} from './portal-under-test.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the analyst console', () => {
  it('signs in with a token, claims, confirms, sends a notice, verifies removal; the metrics show the case', async () => {
    const portal = await startTestPortal();
    const context = await browser.newContext();
    const traffic = recordTraffic(context);
    try {
      // A report comes in through the public form.
      const reporter = await context.newPage();
      await reporter.goto(`${portal.url}/en/`);
      await reporter.getByLabel('Web address 1').fill('https://files.example.net/share/abc');
      await reporter.getByLabel(/I believe in good faith/).check();
      await reporter.getByRole('button', { name: 'Send report' }).click();
      await reporter.waitForURL(`${portal.url}/en/report`);
      await reporter.close();

      const page = await context.newPage();
      await page.goto(`${portal.url}/console/`);
      // A wrong token is refused.
      await page.getByLabel('Access token').fill('rpt_not-a-real-token');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => page.locator('#token-error').isVisible()).toBe(true);

      await page.getByLabel('Access token').fill(portal.token);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Cases' }).waitFor();
      expect(await page.locator('#view').textContent()).toContain(
        'https://files.example.net/share/abc',
      );
      expect(await page.locator('#view').textContent()).toContain('Signed in as: Analyst');
      expect(await page.evaluate(() => sessionStorage.length)).toBe(1);

      await page.locator('#view table a').first().click();
      await page.locator('#actions').waitFor();
      // The URL is text, never a link.
      expect(await page.locator('#view a[href^="http"]').count()).toBe(0);
      // Each place the case shows the URL (its URLs, its history) shows it as text, the real
      // host first.
      const shown = await page.locator('#view code.url').allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      for (const text of shown) expect(text).toBe('https://files.example.net/share/abc');
      expect(await page.locator('#view').textContent()).toContain('files.example.net');
      const actions = () =>
        page
          .locator('form.event')
          .evaluateAll((forms) => forms.map((form) => form.getAttribute('data-type')));
      expect(await actions()).toEqual(['claim', 'merge']);

      const saved = async (button: string, state: string) => {
        await page.getByRole('button', { name: button, exact: true }).click();
        await expect.poll(() => page.locator('#console-status').textContent()).toBe('Saved.');
        await expect.poll(() => page.locator('#view').textContent()).toContain(`State: ${state}`);
        await page.locator('#console-status').evaluate((element) => {
          element.textContent = '';
        });
      };
      await saved('Claim', 'Assessing');
      expect(await actions()).toEqual(['release', 'dismiss', 'merge', 'confirm']);

      await page.locator('#confirm-classification').selectOption('baseline');
      await page.locator('#confirm-severity').selectOption('A1');
      await page.locator('#confirm-hostingCountry').fill('nl');
      await page.locator('#confirm-hostingProvider').fill('Hosting Example B.V.');
      await saved('Confirm as illegal', 'Confirmed');

      await page.getByRole('button', { name: 'Takedown notice' }).click();
      await expect
        .poll(() => page.locator('#notice-text').textContent())
        .toContain('https://files.example.net/share/abc');

      await page.locator('#send_notice-recipient').fill('abuse@hosting.example');
      await page.locator('#send_notice-channel').fill('email');
      await saved('Send notice', 'Notice sent');
      await saved('Verify removal', 'Removed');
      expect(await actions()).toEqual(['reappear']);
      const history = await page.locator('#view ol > li').allTextContents();
      expect(history).toHaveLength(5);
      expect(history[4]).toMatch(/^Verify removal, by Analyst /);

      await page.getByRole('link', { name: 'Metrics' }).click();
      await page.locator('#metrics').waitFor();
      const metrics = await page.locator('#metrics').textContent();
      expect(metrics).toContain('Reports received1');
      expect(await page.locator('tr[data-state="removed"] td').last().textContent()).toBe('1');
      expect(await page.locator('svg.chart rect.bar').count()).toBe(1);
      expect(await page.locator('svg.chart title').textContent()).toMatch(
        /^Week of .+: \d+ minutes?$/,
      );

      // Signing out forgets the token.
      await page.getByRole('button', { name: 'Sign out' }).click();
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      expect(await page.locator('#view').innerHTML()).toBe('');

      expect(traffic.consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
      await expectPrivateTraffic(context, traffic, portal.url);
    } finally {
      await context.close();
      await portal.stop();
    }
  });

  it('finds a host’s cases from the Hosts page and claims them all with one action', async () => {
    const portal = await startTestPortal();
    const context = await browser.newContext();
    const traffic = recordTraffic(context);
    try {
      const reporter = await context.newPage();
      for (const url of [
        'https://www.example.co.uk/one',
        'https://img.example.co.uk/two',
        'https://files.example.net/three',
      ]) {
        await reporter.goto(`${portal.url}/en/`);
        await reporter.getByLabel('Web address 1').fill(url);
        await reporter.getByLabel(/I believe in good faith/).check();
        await reporter.getByRole('button', { name: 'Send report' }).click();
        await reporter.waitForURL(`${portal.url}/en/report`);
      }
      await reporter.close();

      const page = await context.newPage();
      await page.goto(`${portal.url}/console/hosts`);
      await page.getByLabel('Access token').fill(portal.token);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Hosts with open cases' }).waitFor();
      const hosts = await page.locator('#view tbody th .url').allTextContents();
      expect(hosts).toEqual(['example.co.uk', 'example.net']);
      await page.screenshot({ path: screenshotPath('console-hosts.png'), fullPage: true });

      await page.getByRole('link', { name: 'Show its cases' }).first().click();
      await page.getByRole('heading', { name: 'Cases' }).waitFor();
      const listed = await page.locator('#view tbody code.url').allTextContents();
      // Both came in the same hour: their order within it is the ids', not the arrival's.
      expect(listed.sort()).toEqual([
        'https://img.example.co.uk/two',
        'https://www.example.co.uk/one',
      ]);

      // Nothing selected: the console says so and sends nothing.
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await expect
        .poll(() => page.locator('#console-status').textContent())
        .toBe('Select at least one case.');
      for (const box of await page.locator('#view input[name="caseIds"]').all()) await box.check();
      await page.getByLabel('Action').selectOption('claim');
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await expect
        .poll(() => page.locator('#console-status').textContent())
        .toBe('Applied: 2. Refused: 0.');
      await page.screenshot({ path: screenshotPath('console-bulk-action.png'), fullPage: true });
      const states = await page.locator('#view tbody td:nth-child(4)').allTextContents();
      expect(states.map((state) => state.trim())).toEqual(['Assessing', 'Assessing']);

      expect(traffic.consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
      await expectPrivateTraffic(context, traffic, portal.url);
    } finally {
      await context.close();
      await portal.stop();
    }
  });
});

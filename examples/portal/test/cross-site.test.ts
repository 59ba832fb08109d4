import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningPortal, startTestPortal } from './portal-under-test.js';

let browser: Browser;
let portal: RunningPortal;
let elsewhere: Server;
let elsewhereUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  portal = await startTestPortal();
  // Another site (another host: localhost, where the portal is 127.0.0.1) whose page posts the
  // portal's form for its visitor as soon as it loads.
  const target = `${portal.url}/en/report`;
  elsewhere = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Elsewhere</title>
<form method="post" action="${target}">
<input name="urls" value="https://www.example.com/planted/1">
<input name="goodFaith" value="true">
</form>
<script>document.forms[0].submit()</script>`);
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://localhost:${(elsewhere.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

describe('a form posted from another site', () => {
  it('is refused with a clear page, and nothing is stored', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const answer = page.waitForResponse((response) => response.url().endsWith('/en/report'));
    await page.goto(elsewhereUrl);
    const response = await answer;
    expect(response.request().headers()['sec-fetch-site'] ?? 'cross-site').toBe('cross-site');
    expect(response.status()).toBe(403);
    await page.waitForLoadState('load');
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('This form was sent from another website');
    // The planted report reached no analyst.
    const cases = await fetch(`${portal.url}/v1/cases`, {
      headers: { Authorization: `Bearer ${portal.token}` },
    });
    expect(((await cases.json()) as { items: unknown[] }).items).toEqual([]);
    await context.close();
  });

  it("is taken from the portal's own page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portal.url}/en/`);
    await page.getByLabel(/Web address 1/).fill('https://www.example.com/own/1');
    await page.getByLabel(/I believe in good faith/).check();
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.getByRole('button', { name: /Send report/ }).click(),
    ]);
    expect(await page.locator('main').textContent()).toContain('Your receipt code');
    await context.close();
  });
});

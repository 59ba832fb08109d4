import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectPrivateTraffic,
  launchBrowser,
  quickExitUrl,
  type RunningPortal,
  recordTraffic,
  screenshotPath,
  startTestPortal,
  submit,
} from './portal-under-test.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Fills the Spanish form: two addresses (the second behind "Añadir otra dirección"), what, where, a description, the statement. */
async function fillValidReport(page: Page) {
  await page.getByLabel('Dirección web 1').fill('https://www.example.com/galeria/7?utm_source=x');
  await page.locator('summary', { hasText: 'Añadir otra dirección' }).click();
  await page.getByLabel('Dirección web 2').fill('http://forum.example.org/t/12');
  await page.getByLabel('Imágenes').check();
  await page.getByLabel('¿Dónde lo encontró?').selectOption('forum');
  await page.getByLabel('Descripción').fill('El segundo mensaje del hilo.');
  await page.getByLabel(/Declaro de buena fe/).check();
}

/** Sends the form, reads the receipt, looks it up on the status page. */
async function reportAndLookUp(
  page: Page,
  portal: RunningPortal,
  options: { javaScript: boolean },
) {
  await page.goto(`${portal.url}/`);
  await page.getByRole('link', { name: 'Español' }).click();
  expect(page.url()).toBe(`${portal.url}/es/`);
  expect(await page.locator('html').getAttribute('lang')).toBe('es');
  await expect.poll(() => page.locator('a.exit').getAttribute('href')).toBe(quickExitUrl);
  await fillValidReport(page);
  await page.getByRole('button', { name: 'Enviar denuncia' }).click();
  await page.waitForURL(`${portal.url}/es/report`);
  expect(await page.locator('h1').textContent()).toContain('Gracias');
  const receipt = (await page.locator('#receipt-code').textContent())!.trim();
  expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  expect(await page.locator('main').textContent()).toContain('Recibimos 2 direcciones web.');
  expect(page.url()).not.toContain(receipt.slice(0, 4));
  // The script adds a copy button; without JavaScript there is none, and nothing is missing.
  expect(await page.locator('#receipt-code + button').count()).toBe(options.javaScript ? 1 : 0);

  await page.getByRole('link', { name: 'Consultar el estado de su denuncia' }).click();
  expect(page.url()).toBe(`${portal.url}/es/status`);
  await page.getByLabel('Código de recibo').fill(receipt.toLowerCase());
  await submit(page, page.getByRole('button', { name: 'Consultar el estado' }));
  expect(page.url()).toBe(`${portal.url}/es/status`);
  expect(await page.locator('.state').textContent()).toBe('Recibida');
  return receipt;
}

describe('the reporter, JavaScript disabled (Tor Browser "Safest")', () => {
  it('reports in Spanish, gets the receipt, and looks it up on the status page', async () => {
    const portal = await startTestPortal({ store: 'pglite' });
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
    const traffic = recordTraffic(context);
    try {
      const page = await context.newPage();
      await reportAndLookUp(page, portal, { javaScript: false });
      // The confirmation is not kept in the browser's cache (no-store): going back does not show it.
      await page.goBack();
      await expect(page.goBack()).rejects.toThrow(/ERR_CACHE_MISS/);
      await expectPrivateTraffic(context, traffic, portal.url);
    } finally {
      await context.close();
      await portal.stop();
    }
  });

  it('shows inline errors in Spanish next to their fields, with the values kept', async () => {
    const portal = await startTestPortal();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const traffic = recordTraffic(context);
    try {
      const page = await context.newPage();
      await page.goto(`${portal.url}/es/`);
      await page.getByLabel('Dirección web 1').fill('javascript:alert(1)');
      await page.getByLabel('Videos').check();
      await page.getByLabel('Descripción').fill('<b>texto</b> que se conserva');
      // The contact details are folded away until the reporter opens them.
      expect(await page.getByLabel('Correo electrónico').isVisible()).toBe(false);
      await page.locator('summary', { hasText: 'Datos de contacto' }).click();
      await page.getByLabel('Correo electrónico').fill('no-es-un-correo');
      await page.getByRole('button', { name: 'Enviar denuncia' }).click();
      await page.waitForURL(`${portal.url}/es/report`);

      const summary = page.getByRole('alert');
      // The summary takes the focus (autofocus, no script needed), so it is read first.
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('summary');
      expect(await summary.locator('h2').textContent()).toBe('Hay 3 problemas en su denuncia');
      const url = page.getByLabel('Dirección web 1');
      expect(await url.inputValue()).toBe('javascript:alert(1)');
      expect(await url.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#urls-0-error').textContent()).toContain('javascript:');
      expect(await page.locator('#goodFaith-error').textContent()).toBe(
        'Confirme la declaración para enviar su denuncia.',
      );
      expect(await page.locator('#contact-email-error').textContent()).toContain(
        'nombre@example.com',
      );
      expect(await page.getByLabel('Videos').isChecked()).toBe(true);
      expect(await page.getByLabel('Descripción').inputValue()).toBe(
        '<b>texto</b> que se conserva',
      );
      // Sent back with a value (and an error), they are open.
      expect(await page.getByLabel('Correo electrónico').inputValue()).toBe('no-es-un-correo');
      expect(await page.getByLabel('Correo electrónico').isVisible()).toBe(true);
      // The summary links to the fields.
      await summary.getByRole('link', { name: /Su declaración/ }).click();
      expect(page.url()).toBe(`${portal.url}/es/report#goodFaith`);

      // Corrected, the same form goes through.
      await url.fill('https://www.example.com/corregida');
      await page.getByLabel('Correo electrónico').fill('');
      await page.getByLabel(/Declaro de buena fe/).check();
      await submit(page, page.getByRole('button', { name: 'Enviar denuncia' }));
      expect(await page.locator('#receipt-code').count()).toBe(1);
      await expectPrivateTraffic(context, traffic, portal.url);
    } finally {
      await context.close();
      await portal.stop();
    }
  });
});

describe('the reporter, JavaScript enabled', () => {
  it('reports, copies nothing anywhere else, and looks the receipt up; the script breaks no CSP rule', async () => {
    const portal = await startTestPortal();
    const context = await browser.newContext();
    const traffic = recordTraffic(context);
    try {
      const page = await context.newPage();
      await reportAndLookUp(page, portal, { javaScript: true });
      await page.goto(`${portal.url}/es/`);
      // "Add another address" adds a sixth field once the five are open.
      await page.locator('summary', { hasText: 'Añadir otra dirección' }).click();
      await page.getByRole('button', { name: 'Añadir otra dirección' }).click();
      expect(await page.getByLabel('Dirección web 6').count()).toBe(1);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('urls-5');
      expect(traffic.consoleErrors).toEqual([]);
      await expectPrivateTraffic(context, traffic, portal.url);
    } finally {
      await context.close();
      await portal.stop();
    }
  });
});

describe('right-to-left locales', () => {
  for (const [locale, portalId] of [
    ['ar', 'jo'],
    ['ur', 'pk'],
  ] as const) {
    it(`lays the ${locale} form out right to left, with addresses left to right`, async () => {
      const portal = await startTestPortal({ portal: portalId });
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setViewportSize({ width: 390, height: 1400 });
        await page.goto(`${portal.url}/${locale}/`);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
        expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
        const url = page.locator('#urls-0');
        expect(await url.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
        // The quick exit sits at the start of the line: on the right.
        const exit = (await page.locator('a.exit').boundingBox())!;
        expect(exit.x + exit.width).toBeGreaterThan(390 / 2);
        await page.screenshot({ path: screenshotPath(`form-${locale}.png`), fullPage: true });
        await page.locator('#urls-0').fill('https://www.example.com/صفحة');
        await submit(page, page.getByRole('button').last());
        await page.screenshot({
          path: screenshotPath(`form-errors-${locale}.png`),
          fullPage: true,
        });
        expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      } finally {
        await context.close();
        await portal.stop();
      }
    });
  }
});

// Test support: the example portal on 127.0.0.1, a free port, and Debian's Chromium driven by playwright-core.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getPortal, type Portal } from '@reportal/core';
import { createMemoryStore } from '@reportal/store';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startPortal } from '../src/portal.js';

export const quickExitUrl = 'https://www.example.com/';
export const launchLocales = ['en', 'es', 'fr', 'pt', 'ar', 'ur', 'hi', 'sw'] as const;
export const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts');

/** One portal that serves every launch locale (the registry's portals serve one or two each). */
export const everyLocalePortal: Portal = {
  ...getPortal('bz')!,
  id: 'xx',
  locales: [...launchLocales],
  countryNames: Object.fromEntries(launchLocales.map((locale) => [locale, 'Example'])),
};

/** Where the browser tests write the docs' screenshots, when run with `REPORTAL_SCREENSHOTS=1`. */
export const docsImages = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'docs',
  'images',
);

/** Whether this run writes the docs' screenshots (`REPORTAL_SCREENSHOTS=1`). */
export const writeScreenshots = process.env.REPORTAL_SCREENSHOTS === '1';

/**
 * Chromium and a running portal for the tests of one file: started before them, stopped after.
 * Read `browser` and `portal` inside the tests (they are set once the file's tests begin).
 */
export function useBrowserAndPortal(options: Parameters<typeof startTestPortal>[0]): {
  browser: Browser;
  portal: RunningPortal;
} {
  const running = {} as { browser: Browser; portal: RunningPortal };
  beforeAll(async () => {
    [running.browser, running.portal] = await Promise.all([
      launchBrowser(),
      startTestPortal(options),
    ]);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.portal?.stop();
  });
  return running;
}

export interface RunningPortal {
  url: string;
  token: string;
  stop(): Promise<void>;
}

/** Starts the example portal as `src/portal.js` composes it: the memory store, or PGlite in a temporary folder. */
export async function startTestPortal(
  options: { portal?: string | Portal; store?: 'memory' | 'pglite'; rateLimit?: false } = {},
): Promise<RunningPortal> {
  const portal =
    typeof options.portal === 'object' ? options.portal : getPortal(options.portal ?? 'bz')!;
  const folder = options.store === 'pglite' ? mkdtempSync(join(tmpdir(), 'reportal-')) : undefined;
  const running = await startPortal({
    portal,
    store: folder
      ? { kind: 'pglite', dataDir: join(folder, 'db') }
      : { kind: 'given', store: createMemoryStore() },
    // On PGlite as `pnpm start` runs it: time-blind, so a report is held until its hour ends.
    ...(folder && { timeBlind: { windowMinutes: 60, folder: join(folder, 'held') } }),
    port: 0,
    host: '127.0.0.1',
    partnerOrigins: [],
    quickExitUrl,
    analystToken: true,
    handleSignals: false,
    log: () => {},
    ...(options.rateLimit === false && { rateLimit: false as const }),
  });
  return {
    url: running.url,
    token: running.token!,
    async stop() {
      await running.stop();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Every request the context's pages make, and every console message (CSP violations appear there). */
export function recordTraffic(context: BrowserContext) {
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', (page) =>
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    }),
  );
  return { requests, consoleErrors };
}

/** No cookie set, and no request left the portal's origin. */
export async function expectPrivateTraffic(
  context: BrowserContext,
  traffic: { requests: string[] },
  origin: string,
) {
  expect(await context.cookies()).toEqual([]);
  expect(traffic.requests.length).toBeGreaterThan(0);
  for (const url of traffic.requests) expect(new URL(url).origin, url).toBe(origin);
}

const axePath = createRequire(import.meta.url).resolve('axe-core');

/** axe-core, injected into the page, with the WCAG 2.0, 2.1 and 2.2 A and AA tags: no violations. */
export async function expectNoAxeViolations(page: Page, name: string) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global of the injected script
    (globalThis as any).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  const violations = (
    result as { violations: { id: string; help: string; nodes: { target: unknown }[] }[] }
  ).violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
  );
  expect(violations, name).toEqual([]);
}

export function screenshotPath(name: string): string {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, name);
}

/** Clicks a submit button and waits for the page that answers (the URL may stay the same). */
export async function submit(page: Page, button: Locator): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}

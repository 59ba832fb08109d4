// Test support (not exported): a Reportal for the Belize example portal on the memory store.
import { getPortal, type Portal } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { createAccessToken } from './auth/access-tokens.js';
import { createReportal, type ReportalOptions } from './reportal.js';
import { createMemoryStore } from './store/memory-store.js';
import type { ReportStore } from './store/report-store.js';

export const belize: Portal = getPortal('bz')!;

export function testReportal(options: Partial<ReportalOptions> = {}) {
  const store: ReportStore = options.store ?? createMemoryStore();
  return createReportal({
    portal: belize,
    catalogs: Object.values(catalogs),
    store,
    rateLimit: false,
    ...options,
  });
}

export const validReport = {
  schemaVersion: 1,
  portal: 'bz',
  locale: 'es',
  urls: ['https://www.example.com/gallery/7'],
  goodFaith: true,
};

export function postJson(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Request {
  return new Request(`http://portal.test${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function tokenFor(
  store: ReportStore,
  role: 'analyst' | 'supervisor' | 'auditor' | 'partner',
) {
  const { token } = await createAccessToken({
    store,
    role,
    label: `${role} for tests`,
    ...(role === 'partner' && { partnerId: 'ngo-example' }),
  });
  return token;
}

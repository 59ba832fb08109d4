// Test support (not exported): a real @reportal/server for the Belize example portal on
// 127.0.0.1, on the memory store, counting the reports it stores; and a fetch that counts requests.
import { getPortal } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { createReportal, type RateLimitOptions } from '@reportal/server';
import { serveNode } from '@reportal/server/node';
import { createMemoryStore, type ReportStore } from '@reportal/store';
import type { ReportInput } from './api/api-types.js';

export interface TestPortal {
  url: string;
  store: ReportStore;
  /** Reports stored (replays of an idempotent request not counted). */
  readonly storedReports: number;
  stop(): Promise<void>;
}

export async function startTestPortal(
  options: {
    rateLimit?: RateLimitOptions | false;
    partnerOrigins?: readonly string[];
    /** Delay of every store write, in milliseconds (a slow database). */
    storeDelayMs?: number;
  } = {},
): Promise<TestPortal> {
  const memory = createMemoryStore();
  let storedReports = 0;
  const store: ReportStore = {
    ...memory,
    async submitReport(input) {
      if (options.storeDelayMs) await new Promise((r) => setTimeout(r, options.storeDelayMs));
      const outcome = await memory.submitReport(input);
      if (outcome.kind === 'stored') storedReports++;
      return outcome;
    },
  };
  const reportal = createReportal({
    portal: getPortal('bz')!,
    catalogs: Object.values(catalogs),
    store,
    rateLimit: options.rateLimit ?? false,
    partnerOrigins: options.partnerOrigins ?? [],
  });
  const running = await serveNode(reportal, {
    port: 0,
    handleSignals: false,
    shutdownTimeoutMs: 500,
  });
  return {
    url: running.url,
    store,
    get storedReports() {
      return storedReports;
    },
    stop: running.stop,
  };
}

/** The global fetch, counting the requests it sends and keeping what they were sent with. */
export function countingFetch() {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetcher = ((input: string, init: RequestInit = {}) => {
    requests.push({ url: String(input), init });
    return fetch(input, init);
  }) as typeof fetch;
  return { fetch: fetcher, requests };
}

/** A report that the Belize portal accepts. */
export function validInput(path = '/gallery/7'): ReportInput {
  return { urls: [`https://www.example.com${path}`], whereFound: 'website', goodFaith: true };
}

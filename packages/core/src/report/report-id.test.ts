import { describe, expect, it } from 'vitest';
import { createReportId } from './report-id.js';

describe('createReportId', () => {
  it('is a UUIDv7 whose timestamp is the coarsened time, not the request time', () => {
    const hour = new Date('2026-11-23T16:00:00.000Z');
    const id = createReportId(hour);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const milliseconds = Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(milliseconds).toBe(hour.getTime());
  });

  it('differs between reports of the same hour', () => {
    const hour = new Date('2026-11-23T16:00:00.000Z');
    const ids = new Set(Array.from({ length: 1000 }, () => createReportId(hour)));
    expect(ids.size).toBe(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { ReportalClientError } from './reportal-client-error.js';

describe('ReportalClientError', () => {
  it('carries its code, details and cause', () => {
    const cause = new TypeError('fetch failed');
    const error = new ReportalClientError('network', 'The portal could not be reached.', {
      attempts: 3,
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ReportalClientError', code: 'network', attempts: 3 });
    expect(error.cause).toBe(cause);
    expect(error.status).toBeUndefined();
    expect(Object.keys(error)).not.toContain('status');
  });

  it('is recognized across copies of the package (a marker under Symbol.for)', () => {
    const fromAnotherCopy = Object.assign(new Error('x'), {
      [Symbol.for('@reportal/client.error')]: true,
      code: 'timeout',
    });
    expect(ReportalClientError.isInstance(fromAnotherCopy)).toBe(true);
    expect(ReportalClientError.isInstance(new Error('x'))).toBe(false);
    expect(ReportalClientError.isInstance(null)).toBe(false);
    expect(ReportalClientError.isInstance(new ReportalClientError('server', 'x'))).toBe(true);
  });
});

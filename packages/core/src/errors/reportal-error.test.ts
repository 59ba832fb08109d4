import { describe, expect, it } from 'vitest';
import { ReportalError } from './reportal-error.js';

describe('ReportalError', () => {
  it('carries a code and a cause', () => {
    const cause = new Error('low level');
    const error = new ReportalError('invalid_argument', 'bad', { cause });
    expect(error.code).toBe('invalid_argument');
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('ReportalError');
    expect(error).toBeInstanceOf(Error);
  });

  it('is recognised across copies of the package', () => {
    // A second copy has another class but the same registered symbol.
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('@reportal/core.error')]: true,
      code: 'invalid_url',
    });
    expect(ReportalError.isInstance(foreign)).toBe(true);
    expect(ReportalError.isInstance(new Error('x'))).toBe(false);
    expect(ReportalError.isInstance('invalid_url')).toBe(false);
    expect(ReportalError.isInstance(null)).toBe(false);
  });
});

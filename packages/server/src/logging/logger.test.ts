import { describe, expect, it } from 'vitest';
import { createJsonLogger } from './logger.js';

describe('createJsonLogger', () => {
  it('writes JSON lines with an hour, never an exact time', () => {
    const lines: string[] = [];
    const logger = createJsonLogger({
      write: (line) => lines.push(line),
      now: () => new Date('2026-11-23T16:42:17.123Z'),
    });
    logger.info('listening', { port: 8080 });
    logger.error('store not ready', { error: 'timeout' });
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { level: 'info', hour: '2026-11-23T16:00:00.000Z', message: 'listening', port: 8080 },
      {
        level: 'error',
        hour: '2026-11-23T16:00:00.000Z',
        message: 'store not ready',
        error: 'timeout',
      },
    ]);
    expect(lines.join('')).not.toContain('16:42');
  });
});

/** Fields of a log event. Never a client identifier: no address, header, user agent, body or receipt. */
export type LogFields = Readonly<Record<string, string | number | boolean | null>>;

/** Where a Reportal server writes operational events. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that writes nothing. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/**
 * A logger that writes one JSON object per line. Its timestamps are coarsened to the hour, so a
 * log line can never be matched to the exact time of a reporter's request; no request is logged.
 *
 * @example
 * ```ts
 * const logger = createJsonLogger({ write: (line) => process.stderr.write(line) });
 * logger.info('listening', { port: 8080 });
 * ```
 */
export function createJsonLogger(options: {
  write: (line: string) => void;
  now?: () => Date;
}): Logger {
  const now = options.now ?? (() => new Date());
  const log = (level: string, message: string, fields?: LogFields) => {
    const hour = new Date(now());
    hour.setUTCMinutes(0, 0, 0);
    options.write(`${JSON.stringify({ level, hour: hour.toISOString(), message, ...fields })}\n`);
  };
  return {
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

import { ReportalError } from '../errors/reportal-error.js';

/** A time as given to the takedown functions: a `Date` or an ISO 8601 string. */
export type TimeInput = Date | string;

/** Milliseconds since the epoch; throws `invalid_argument` for a time that does not parse. */
export function toTimestamp(value: TimeInput, what: string): number {
  const time = (typeof value === 'string' ? new Date(value) : value).getTime();
  if (Number.isNaN(time))
    throw new ReportalError('invalid_argument', `${what} is not a valid time`);
  return time;
}

/** The ISO 8601 form (UTC, milliseconds) in which cases store times. */
export function toIsoTime(value: TimeInput, what: string): string {
  return new Date(toTimestamp(value, what)).toISOString();
}

export const hourInMilliseconds = 3_600_000;

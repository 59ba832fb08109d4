import type { Translator } from '@reportal/core';

/** A duration in hours as minutes, hours or days, in the console's language. */
export function formatDuration(hours: number, t: Translator): string {
  if (hours < 1) return t('console.duration.minutes', { minutes: Math.round(hours * 60) });
  if (hours < 48) return t('console.duration.hours', { hours: Math.round(hours) });
  return t('console.duration.days', { days: Math.round(hours / 24) });
}

/** A time (ISO 8601) as a date and a time in UTC, in the console's language. */
export function formatTime(iso: string, t: Translator): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(t.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
}

/**
 * Day arithmetic on ISO dates ('YYYY-MM-DD') without time zones: a date is turned into a day
 * number through Date.UTC, so no local clock or offset can move it.
 */
import type { IsoDate } from '../model';
import { daysInMonth } from '../vi-date';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO date of a day number. */
export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** `b - a` in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** The date `days` after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The last day of the month, quarter or year that contains `date`. */
export function periodEnd(date: IsoDate, every: 'month' | 'quarter' | 'year'): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const month = every === 'month' ? m : every === 'quarter' ? Math.ceil(m / 3) * 3 : 12;
  return `${y}-${String(month).padStart(2, '0')}-${String(daysInMonth(y, month)).padStart(2, '0')}`;
}

/** The last day of the period before the one that contains `date`. */
export function previousPeriodEnd(date: IsoDate, every: 'month' | 'quarter' | 'year'): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const startMonth = every === 'month' ? m : every === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
  return addDays(`${y}-${String(startMonth).padStart(2, '0')}-01`, -1);
}

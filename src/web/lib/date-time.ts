/** A moment as the app shows it in both languages: "26/11/2026 14:05", the date by the core's
 * short form (dd/mm/yyyy), the clock in the browser's time zone. */
import { formatShortDateVi } from './core';

const two = (n: number): string => String(n).padStart(2, '0');

/** "2026-11-26T07:05:00Z" → "26/11/2026 14:05" in Vietnam; '' for a missing or unreadable time. */
export function formatDateTime(iso: string | null | undefined): string {
  const at = readTime(iso);
  return at ? `${formatDay(at)} ${two(at.getHours())}:${two(at.getMinutes())}` : '';
}

/** The day of a moment: "2026-11-26T20:00:00Z" → "27/11/2026" in Vietnam. */
export function formatDayOf(iso: string | null | undefined): string {
  const at = readTime(iso);
  return at ? formatDay(at) : '';
}

function readTime(iso: string | null | undefined): Date | undefined {
  if (!iso) return undefined;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

const formatDay = (at: Date): string =>
  formatShortDateVi(`${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`);

/** A moment as the app shows it in both languages: "26/11/2026 14:05", the date by the core's
 * short form (dd/mm/yyyy), the clock in the browser's time zone. */
import { formatShortDateVi } from './core';

const two = (n: number): string => String(n).padStart(2, '0');

/** "2026-11-26T07:05:00Z" → "26/11/2026 14:05" in Vietnam; '' for a missing or unreadable time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `${formatShortDateVi(day)} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

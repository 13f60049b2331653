/**
 * Dates as Vietnamese documents write them. Nghị định 30/2020/NĐ-CP (Phụ lục I) asks for a
 * leading zero on days below 10 and on months 1 and 2 ("ngày 05 tháng 02 năm 2023"), and none on
 * months 3-12 ("ngày 26 tháng 7 năm 2023"); that is the default style. Dates are ISO strings,
 * never `Date` objects, so no time zone can shift them.
 */
import type { IsoDate } from './model';

/** A calendar date, or why the text is not one. */
export type DateParseResult =
  { ok: true; year: number; month: number; day: number } | { ok: false; reason: 'not-a-date'; input: string };

/** Parses `YYYY-MM-DD` and checks the calendar (29/2 only in leap years). */
export function parseIsoDate(text: string): DateParseResult {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return { ok: false, reason: 'not-a-date', input: text };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'not-a-date', input: text };
  }
  return { ok: true, year, month, day };
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 'nd30': leading zero for days 1-9 and months 1-2 (Nghị định 30); 'plain': no leading zeros. */
export type DateStyleVi = 'nd30' | 'plain';

/** "2023-07-26" → "ngày 26 tháng 7 năm 2023"; "2023-02-05" → "ngày 05 tháng 02 năm 2023".
 * Throws RangeError on a string that is not a calendar date (validate at the edges). */
export function formatDateVi(date: IsoDate, style: DateStyleVi = 'nd30'): string {
  const d = parseIsoDate(date);
  if (!d.ok) throw new RangeError(`Invalid ISO date: ${date}`);
  const day = style === 'nd30' && d.day < 10 ? `0${d.day}` : String(d.day);
  const month = style === 'nd30' && d.month <= 2 ? `0${d.month}` : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/** The dateline of a document: "Thanh Hóa, ngày 26 tháng 7 năm 2023". */
export function formatDatelineVi(place: string, date: IsoDate, style: DateStyleVi = 'nd30'): string {
  return `${place}, ${formatDateVi(date, style)}`;
}

/** Short form used in tables and news: "26/07/2023". */
export function formatShortDateVi(date: IsoDate): string {
  const d = parseIsoDate(date);
  if (!d.ok) throw new RangeError(`Invalid ISO date: ${date}`);
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** Reads a date as people type it, "15/08/2025" or "5/8/2025" (also with '-' or '.'), or an ISO
 * date; checks the calendar. Returns the ISO date. */
export function parseShortDateVi(
  text: string,
): { ok: true; date: IsoDate } | { ok: false; reason: 'not-a-date'; input: string } {
  const s = text.trim();
  const iso = parseIsoDate(s);
  if (iso.ok) return { ok: true, date: s };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return { ok: false, reason: 'not-a-date', input: text };
  const date = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return parseIsoDate(date).ok ? { ok: true, date } : { ok: false, reason: 'not-a-date', input: text };
}

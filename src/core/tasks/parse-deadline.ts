/**
 * Deadlines as directives write them: "trước ngày 30/9/2023", "hoàn thành trong tháng 9/2023",
 * "trong quý III/2023", "ngày 15 tháng 10 năm 2023", "hằng quý", "thường xuyên". Returns the
 * deadline and the words it was read from, or none.
 */
import type { IsoDate } from '../model';
import { daysInMonth } from '../vi-date';
import type { TaskDeadline } from './task-types';

/** A deadline found in text. */
export interface FoundDeadline {
  deadline: TaskDeadline;
  /** The words it was read from ("trước ngày 30/9/2023"), empty when none was found. */
  source: string;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

const iso = (y: number, m: number, d: number): IsoDate | null =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
    ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;

/** Reads the deadline of a task's text; `defaultYear` completes "30/9" without a year. */
export function parseDeadlineVi(text: string, defaultYear?: number): FoundDeadline {
  const t = text.normalize('NFC');
  let m = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i.exec(t);
  if (m) {
    const date = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) return { deadline: { kind: 'date', date }, source: m[0] };
  }
  m = /(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?!\d)/.exec(t);
  if (m && (m[3] || defaultYear)) {
    const date = iso(Number(m[3] ?? defaultYear), Number(m[2]), Number(m[1]));
    if (date) return { deadline: { kind: 'date', date }, source: m[0] };
  }
  m = /(?:quý|quí)\s+(I{1,3}|IV|[1-4])\s*(?:\/|năm\s+)(\d{4})/i.exec(t);
  if (m) {
    const q = ROMAN[m[1]!.toUpperCase()] ?? Number(m[1]);
    const y = Number(m[2]);
    return {
      deadline: { kind: 'date', date: iso(y, q * 3, daysInMonth(y, q * 3)) as IsoDate },
      source: m[0],
    };
  }
  m = /tháng\s+(\d{1,2})\s*(?:\/|năm\s+)(\d{4})/i.exec(t);
  if (m) {
    const y = Number(m[2]);
    const mo = Number(m[1]);
    const date = mo >= 1 && mo <= 12 ? iso(y, mo, daysInMonth(y, mo)) : null;
    if (date) return { deadline: { kind: 'date', date }, source: m[0] };
  }
  m = /(?:6|sáu)\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})/i.exec(t);
  if (m) {
    const y = Number(m[2]);
    const date = m[1]!.toLowerCase() === 'đầu' ? `${y}-06-30` : `${y}-12-31`;
    return { deadline: { kind: 'date', date }, source: m[0] };
  }
  m = /(?:trong\s+)?năm\s+(\d{4})/i.exec(t);
  if (m && /(trong|hoàn thành)[^.;]*năm\s+\d{4}/i.test(t)) {
    return { deadline: { kind: 'date', date: `${m[1]}-12-31` }, source: m[0] };
  }
  m = /(hằng|hàng)\s+(tháng|quý|quí|năm)/i.exec(t);
  if (m) {
    const word = m[2]!.toLowerCase();
    const every = word === 'tháng' ? 'month' : word === 'năm' ? 'year' : 'quarter';
    return { deadline: { kind: 'recurring', every }, source: m[0] };
  }
  m = /thường\s+xuyên/i.exec(t);
  if (m) return { deadline: { kind: 'continuous' }, source: m[0] };
  return { deadline: { kind: 'none' }, source: '' };
}

/** How a deadline reads: "30/09/2023", "hằng quý", "thường xuyên", "không có thời hạn". */
export function deadlineTextVi(deadline: TaskDeadline): string {
  switch (deadline.kind) {
    case 'date': {
      const [y, m, d] = deadline.date.split('-');
      return `${d}/${m}/${y}`;
    }
    case 'recurring':
      return deadline.every === 'month' ? 'hằng tháng' : deadline.every === 'year' ? 'hằng năm' : 'hằng quý';
    case 'continuous':
      return 'thường xuyên';
    default:
      return 'không có thời hạn';
  }
}

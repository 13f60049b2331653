/**
 * A period's name in the interface's language: the core's Vietnamese words ("quý I/2023",
 * "9 tháng năm 2023") or their English ("Q1 2023", "9 months of 2023").
 */
import { formatPeriodVi, parsePeriod } from './core';
import { getLang } from './i18n';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-Q1" → "quý I/2023" or "Q1 2023"; an unreadable code as it is. */
export function periodLabel(code: string): string {
  const parsed = parsePeriod(code);
  if (!parsed.ok) return code;
  if (getLang() === 'vi') return formatPeriodVi(parsed.period);
  const p = parsed.period;
  switch (p.kind) {
    case 'month':
      return `${MONTHS[p.month - 1] ?? p.month} ${p.year}`;
    case 'quarter':
      return `Q${p.quarter} ${p.year}`;
    case 'half':
      return `${p.half === 1 ? 'first' : 'second'} half of ${p.year}`;
    case 'nine-months':
      return `9 months of ${p.year}`;
    case 'months-to-date':
      return `${p.months} months of ${p.year}`;
    case 'year':
      return `year ${p.year}`;
    case 'term':
      return `term ${p.startYear}-${p.endYear}`;
  }
}

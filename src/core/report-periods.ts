/**
 * Which report fits which period: a quarter report is as of a quarter, a 6-month report as of a
 * half, a 9-month report as of nine months, a year report as of a year; the mid-term and
 * end-of-term reviews as of any point of the term. One rule for the server that checks a request
 * and the web app that offers the choice.
 */
import type { PeriodCode } from './model';
import { parsePeriod, type PeriodKind } from './periods';

/** Kinds of report, in the order they are offered. */
export const REPORT_TYPES = ['midterm', 'final', 'quarter', 'half', 'nine-months', 'year'] as const;
/** A kind of report. */
export type ReportType = (typeof REPORT_TYPES)[number];

const FITTING_KINDS: Record<ReportType, readonly PeriodKind[]> = {
  midterm: ['year', 'quarter', 'half', 'nine-months', 'month', 'months-to-date'],
  final: ['year', 'quarter', 'half', 'nine-months', 'month', 'months-to-date', 'term'],
  quarter: ['quarter'],
  half: ['half'],
  'nine-months': ['nine-months'],
  year: ['year'],
};

/** Whether a report of that kind can be made as of the period. */
export function reportTypeFits(type: ReportType, asOf: PeriodCode): boolean {
  const parsed = parsePeriod(asOf);
  return parsed.ok && FITTING_KINDS[type].includes(parsed.period.kind);
}

/** The reports that can be made as of a period, the periodic one first ("quý I/2022" → the
 * quarter report, then the reviews). */
export function reportTypesFor(asOf: PeriodCode): ReportType[] {
  const fitting = REPORT_TYPES.filter((type) => reportTypeFits(type, asOf));
  return [
    ...fitting.filter((t) => t !== 'midterm' && t !== 'final'),
    ...fitting.filter((t) => t === 'midterm' || t === 'final'),
  ];
}

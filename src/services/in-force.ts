/**
 * What is in force as of a period, for every view over many units (the province view, the read
 * engine's review): which units exist at the period's end, and which of a unit's resolutions
 * covers the period's year.
 */
import { endMonthIndex, periodOf, termBaseYear, termEndYear, type PeriodCode } from '../core';
import type { ResolutionSummary } from '../db/resolution.repository';
import type { Unit } from './unit.service';

/** Whether the unit exists at the end of the period (the as-of is a point in time: a year
 * across the 2025 reorganisation shows the units after it, its first half those before). */
export function validAtEnd(unit: Pick<Unit, 'validFrom' | 'validTo'>, period: PeriodCode): boolean {
  const m = endMonthIndex(periodOf(period)) + 1;
  const next = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
  return (
    (unit.validFrom === undefined || unit.validFrom < next) &&
    (unit.validTo === undefined || unit.validTo >= next)
  );
}

/** The unit's resolution whose term covers `year` (the first listed; any when no year). */
export function resolutionInForce(
  list: readonly ResolutionSummary[],
  year: number | undefined,
): ResolutionSummary | undefined {
  return (
    year === undefined
      ? list
      : list.filter((r) => termBaseYear(r.term) <= year && year <= termEndYear(r.term))
  )[0];
}

/**
 * The period an evaluation is made at when nobody asked for one. The server, the exports and the
 * command line all use this one rule so that the same file gives the same answer everywhere.
 */
import type { PeriodCode, ResolutionDossier } from './model';
import { comparePeriods, periodOf, termBaseYear } from './periods';

/** The period that ends last among the figures (a whole-term figure only when there is nothing
 * else), or the congress year when there are no figures yet. */
export function defaultAsOf(dossier: Pick<ResolutionDossier, 'observations' | 'congress'>): PeriodCode {
  let latest: PeriodCode | undefined;
  let latestTerm: PeriodCode | undefined;
  for (const { period } of dossier.observations) {
    if (periodOf(period).kind === 'term') {
      if (latestTerm === undefined || comparePeriods(period, latestTerm) > 0) latestTerm = period;
    } else if (latest === undefined || comparePeriods(period, latest) > 0) latest = period;
  }
  return latest ?? latestTerm ?? String(termBaseYear(dossier.congress.term));
}

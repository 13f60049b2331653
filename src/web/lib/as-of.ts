/** The periods a user may pick as "as of": per year of the term, Q1, H1, 9 months and the year. */
import { periodLabel } from './period-label';

export function asOfOptions(term: string): { code: string; label: string }[] {
  const match = /^(\d{4})-(\d{4})$/.exec(term);
  if (!match) return [];
  const options: { code: string; label: string }[] = [];
  for (let year = Number(match[1]); year <= Number(match[2]); year += 1) {
    for (const code of [`${year}-Q1`, `${year}-H1`, `${year}-9M`, `${year}`])
      options.push({ code, label: periodLabel(code) });
  }
  return options;
}

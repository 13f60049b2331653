/**
 * The as-of period selector of the dashboard and the review: the periods of the term, plus the
 * period the server evaluated at when it is not one of them. Choosing one sets `?asOf=`.
 */
import { periodLabel } from '../lib/period-label';
import { asOfOptions } from '../lib/as-of';
import { useT } from '../lib/i18n';
import { setQueryParam } from '../lib/router';

export function AsOfSelect({
  term,
  requested,
  evaluated,
}: {
  term: string;
  requested?: string;
  evaluated: string;
}) {
  const t = useT();
  const options = asOfOptions(term);
  return (
    <label>
      {t('asOf')}
      <select value={requested ?? evaluated} onChange={(event) => setQueryParam('asOf', event.target.value)}>
        {!options.some((o) => o.code === evaluated) && (
          <option value={evaluated}>{periodLabel(evaluated)}</option>
        )}
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

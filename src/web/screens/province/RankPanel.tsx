/** The units ranked on one indicator: the comparison the core makes (GET /api/compare), shown by
 * the comparison screen's table, with the rule under it. */
import { api } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { buildPath } from '../../lib/router';
import { useAsync } from '../../lib/use-async';
import { ErrorNotice, Loading } from '../../components/Notices';
import type { CompareAnswer } from '../../../server/routes/compare.schema';
import { CompareTable } from '../compare/CompareTable';
import type { ProvinceColumn } from './api';
import { w } from './words';

export function RankPanel({
  unitCode,
  asOf,
  columns,
  indicator,
  onIndicator,
}: {
  unitCode: string;
  asOf: string | null;
  columns: ProvinceColumn[];
  indicator: string | undefined;
  onIndicator: (key: string) => void;
}) {
  const lang = useLang();
  const key = indicator ?? columns[0]?.key;
  const compare = useAsync<CompareAnswer | undefined>(
    async () =>
      key && asOf
        ? api<CompareAnswer>('GET', buildPath('/api/compare', { unit: unitCode, indicator: key, asOf }))
        : undefined,
    `${unitCode}|${key ?? ''}|${asOf ?? ''}`,
  );
  const column = columns.find((c) => c.key === key);
  const texts = compare.data?.texts[lang];
  return (
    <div className="rank-panel">
      <label>
        {w('indicator')}
        <select value={key} onChange={(e) => onIndicator(e.target.value)} data-testid="rank-indicator">
          {columns.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {compare.loading && <Loading />}
      {compare.error !== undefined && <ErrorNotice error={compare.error} onRetry={compare.reload} />}
      {compare.data && texts && (
        <CompareTable result={compare.data} texts={texts} current="" caption={column?.name ?? key ?? ''} />
      )}
    </div>
  );
}

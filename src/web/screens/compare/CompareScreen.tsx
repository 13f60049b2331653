/**
 * Comparison: the sibling units side by side for one indicator, ranked, each as a multiple of
 * the parent's average ("gấp 1,53 lần bình quân chung của tỉnh", "xếp thứ 4 toàn tỉnh").
 */
import { api } from '../../lib/api';
import { formatNumberVi, formatPeriodVi } from '../../lib/core';
import { useT } from '../../lib/i18n';
import { buildPath, setQueryParam, useLocation } from '../../lib/router';
import type { CompareResult } from '../../lib/types';
import { useAsync } from '../../lib/use-async';
import { useResolution } from '../../lib/use-resolution';
import { EmptyState, ErrorNotice, Loading } from '../../components/Notices';
import { Link } from '../../components/Link';
import type { WorkspaceProps } from '../UnitWorkspace';
import { CompareChart } from './CompareChart';
import { multipleSentence, rankSentence, scopeWords } from './compare-text';

export default function CompareScreen({ unit, resolutionId }: WorkspaceProps) {
  const t = useT();
  const { query } = useLocation();
  const view = useResolution(resolutionId, query.get('asOf') ?? undefined);
  const indicators = (view.data?.dossier.targets ?? []).filter((target) => target.indicator);
  const indicator = query.get('ind') ?? indicators[0]?.indicator;
  const target = indicators.find((candidate) => candidate.indicator === indicator);
  const parentCode = unit.parentCode ?? unit.code;
  const asOf = view.data?.evaluation.asOf;
  const compare = useAsync<CompareResult | undefined>(
    async () =>
      indicator && asOf
        ? api<CompareResult>('GET', buildPath('/api/compare', { unit: parentCode, indicator, asOf }))
        : undefined,
    `${parentCode}|${indicator ?? ''}|${asOf ?? ''}`,
  );

  if (view.loading && !view.data) return <Loading />;
  if (view.error) return <ErrorNotice error={view.error} onRetry={view.reload} />;
  if (indicators.length === 0 || !indicator)
    return (
      <EmptyState action={<Link to={`/u/${unit.code}/setup`}>{t('navSetup')}</Link>}>
        {t('compareEmpty')}
      </EmptyState>
    );
  const result = compare.data;
  const rows = [...(result?.rows ?? [])].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999));
  const parentLevel = result?.parent?.level;
  const scope = scopeWords(parentLevel, result?.parent?.name);
  const decimals = target?.precision ?? 2;

  return (
    <div className="compare">
      <div className="toolbar">
        <label className="grow">
          {t('indicator')}
          <select value={indicator} onChange={(event) => setQueryParam('ind', event.target.value)}>
            {indicators.map((candidate) => (
              <option key={candidate.id} value={candidate.indicator}>
                {candidate.code}. {candidate.name}
              </option>
            ))}
          </select>
        </label>
        {asOf && (
          <p className="muted">
            {t('asOf')} {formatPeriodVi(asOf)}
          </p>
        )}
      </div>
      {compare.loading && <Loading />}
      {compare.error !== undefined && <ErrorNotice error={compare.error} onRetry={compare.reload} />}
      {result && rows.length === 0 && <EmptyState>{t('compareNoRows')}</EmptyState>}
      {result && rows.length > 0 && (
        <>
          <CompareChart rows={rows} average={result.average} decimals={decimals} highlight={unit.code} />
          <table className="plain-table compare-table">
            <caption>
              {target?.name ?? result.indicatorName ?? indicator} (
              {target?.unit ?? result.unitOfMeasure ?? ''}) · {t('average')}:{' '}
              {result.average !== null && result.average !== undefined
                ? formatNumberVi(result.average, decimals)
                : '—'}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('rank')}</th>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('multiple')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.unit.code}
                  className={row.unit.code === unit.code ? 'row-current' : undefined}
                  aria-current={row.unit.code === unit.code ? 'true' : undefined}
                >
                  <td>{row.rank ? rankSentence(row.rank, scope) : '—'}</td>
                  <th scope="row">{row.unit.name}</th>
                  <td className="num">
                    {row.value === null ? t('noData') : formatNumberVi(row.value, decimals)}
                  </td>
                  <td>{row.multiple ? multipleSentence(row.multiple, parentLevel) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

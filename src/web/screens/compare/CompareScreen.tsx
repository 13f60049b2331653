/**
 * Comparison: the sibling units side by side for one indicator, ranked, each as a multiple of
 * the parent's figure ("gấp 1,53 lần bình quân chung của tỉnh", "xếp thứ 4 toàn tỉnh").
 */
import { api } from '../../lib/api';
import { formatPeriodVi } from '../../lib/core';
import { useT } from '../../lib/i18n';
import { buildPath, setQueryParam, useLocation } from '../../lib/router';
import { useSession } from '../../lib/session';
import type { CompareResult } from '../../lib/types';
import { useAsync } from '../../lib/use-async';
import { useResolution } from '../../lib/use-resolution';
import { EmptyState, ErrorNotice, Loading } from '../../components/Notices';
import { Link } from '../../components/Link';
import type { WorkspaceProps } from '../UnitWorkspace';
import { CompareChart } from './CompareChart';
import { CompareTable } from './CompareTable';

export default function CompareScreen({ unit, resolutionId }: WorkspaceProps) {
  const t = useT();
  const { units } = useSession();
  const { query } = useLocation();
  const view = useResolution(resolutionId, query.get('asOf') ?? undefined);
  const indicators = (view.data?.dossier.targets ?? []).filter(
    (target) => target.indicator && !target.dropped,
  );
  const indicator = query.get('ind') ?? indicators[0]?.indicator;
  const target = indicators.find((candidate) => candidate.indicator === indicator);
  const parentCode = unit.parentCode ?? unit.code;
  const parent = units.find((u) => u.code === parentCode);
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
            {t('asOf')} {formatPeriodVi(asOf)} · {parent?.name ?? parentCode}
          </p>
        )}
      </div>
      {compare.loading && <Loading />}
      {compare.error !== undefined && <ErrorNotice error={compare.error} onRetry={compare.reload} />}
      {result && result.units.length === 0 && <EmptyState>{t('compareNoRows')}</EmptyState>}
      {result && result.units.length > 0 && (
        <>
          <CompareChart
            rows={result.units}
            reference={result.reference?.value ?? null}
            decimals={decimals}
            highlight={unit.code}
          />
          <CompareTable
            result={result}
            units={units}
            parent={parent}
            current={unit.code}
            decimals={decimals}
            caption={`${target?.name ?? indicator} (${target?.unit ?? ''})`}
          />
        </>
      )}
    </div>
  );
}

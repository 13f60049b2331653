/**
 * Comparison: the sibling units side by side for one indicator, ranked by the server with the
 * core's rules and words ("xếp thứ 4 toàn tỉnh", "gấp 1,53 lần bình quân chung của tỉnh"), the
 * rule under the table and the units left out with the reason. Nothing is computed or formatted
 * here; an optional weight indicator (population) weights the overall average.
 */
import { periodLabel } from '../../lib/period-label';
import { api } from '../../lib/api';
import { useLang, useT } from '../../lib/i18n';
import { buildPath, setQueryParam, useLocation } from '../../lib/router';
import { useSession } from '../../lib/session';
import { useAsync } from '../../lib/use-async';
import { useResolution } from '../../lib/use-resolution';
import { EmptyState, ErrorNotice, Loading } from '../../components/Notices';
import { Link } from '../../components/Link';
import type { CompareAnswer } from '../../../server/routes/compare.schema';
import { useCan } from '../../lib/session';
import type { WorkspaceProps } from '../UnitWorkspace';
import { CompareChart } from './CompareChart';
import { CompareTable } from './CompareTable';

export default function CompareScreen({ unit, resolutionId }: WorkspaceProps) {
  const t = useT();
  const canEdit = useCan()('edit', unit.code);
  const lang = useLang();
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
  const weight = query.get('w') ?? undefined;
  const compare = useAsync<CompareAnswer | undefined>(
    async () =>
      indicator && asOf
        ? api<CompareAnswer>('GET', buildPath('/api/compare', { unit: parentCode, indicator, asOf, weight }))
        : undefined,
    `${parentCode}|${indicator ?? ''}|${asOf ?? ''}|${weight ?? ''}`,
  );

  if (view.loading && !view.data) return <Loading />;
  if (view.error) return <ErrorNotice error={view.error} onRetry={view.reload} />;
  if (indicators.length === 0 || !indicator)
    return (
      <EmptyState action={canEdit ? <Link to={`/u/${unit.code}/setup`}>{t('navSetup')}</Link> : undefined}>
        {t('compareEmpty')}
      </EmptyState>
    );
  const result = compare.data;
  const texts = result?.texts[lang];

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
        <label>
          {t('compareWeight')}
          <select
            value={weight ?? ''}
            onChange={(event) => setQueryParam('w', event.target.value || undefined)}
          >
            <option value="">{t('compareWeightNone')}</option>
            {indicators
              .filter((candidate) => candidate.indicator !== indicator)
              .map((candidate) => (
                <option key={candidate.id} value={candidate.indicator}>
                  {candidate.name}
                </option>
              ))}
          </select>
        </label>
        {asOf && (
          <p className="muted">
            {t('asOf')} {periodLabel(asOf)} · {parent?.name ?? parentCode}
          </p>
        )}
      </div>
      {compare.loading && <Loading />}
      {compare.error !== undefined && <ErrorNotice error={compare.error} onRetry={compare.reload} />}
      {result && texts && result.units.length === 0 && (
        <EmptyState>
          {t('compareNoRows')} {texts.excluded.length > 0 && texts.rule}
        </EmptyState>
      )}
      {result && texts && result.units.length > 0 && (
        <>
          <CompareChart result={result} texts={texts} highlight={unit.code} />
          <CompareTable
            result={result}
            texts={texts}
            current={unit.code}
            caption={`${target?.name ?? indicator}${texts.measure ? ` · ${texts.measure}` : ''}`}
          />
        </>
      )}
    </div>
  );
}

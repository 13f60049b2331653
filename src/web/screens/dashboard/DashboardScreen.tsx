/**
 * The unit dashboard: every target as a card, red first, with counts by light, a field filter
 * and the as-of period. Sorting and filtering happen in memory (40 targets render at once).
 */
import { periodLabel } from '../../lib/period-label';
import { useMemo, useRef, useState } from 'react';
import { FIELDS, LIGHTS, type Field } from '../../../core';
import { EmptyState, ErrorNotice, Loading } from '../../components/Notices';
import { Link } from '../../components/Link';
import { AsOfSelect } from '../../components/AsOfSelect';
import { useT } from '../../lib/i18n';
import { fieldLabel, lightLabel, verdictLabel } from '../../lib/labels';
import { compareRedFirst } from '../../lib/core';
import { buildPath, setQueryParam, useLocation } from '../../lib/router';
import { useResolution } from '../../lib/use-resolution';
import { useCan } from '../../lib/session';
import type { WorkspaceProps } from '../UnitWorkspace';
import { termYearList } from '../entry/grid-model';
import { TargetCard } from './TargetCard';
import { downloadElementPng, downloadTableCsv } from '../../components/chart-export';
import { downloadFile, saveBlob } from '../../lib/api';

export default function DashboardScreen({ unit, resolutionId }: WorkspaceProps) {
  const t = useT();
  const canEdit = useCan()('edit', unit.code);
  const { query } = useLocation();
  const asOf = query.get('asOf') ?? undefined;
  const field = (query.get('field') ?? '') as Field | '';
  const view = useResolution(resolutionId, asOf);
  const screenRef = useRef<HTMLDivElement>(null);
  const [imaging, setImaging] = useState<'busy' | 'failed' | null>(null);
  const [workbookFailed, setWorkbookFailed] = useState(false);
  const evaluations = view.data?.evaluation.targets;
  const sorted = useMemo(
    () =>
      (evaluations ?? [])
        .filter((e) => !e.target.dropped && (!field || e.target.field === field))
        .sort((a, b) =>
          compareRedFirst(
            { light: a.final.light, ratio: a.achievement?.ratio },
            { light: b.final.light, ratio: b.achievement?.ratio },
          ),
        ),
    [evaluations, field],
  );

  if (!resolutionId)
    return (
      <EmptyState
        action={canEdit ? <Link to={`/u/${unit.code}/setup`}>{t('createResolution')}</Link> : undefined}
      >
        {t('noResolution')}
      </EmptyState>
    );
  if (view.loading && !view.data) return <Loading />;
  if (view.error || !view.data) return <ErrorNotice error={view.error} onRetry={view.reload} />;
  const { dossier, evaluation } = view.data;
  const years = termYearList(dossier.congress.term);
  const counts = LIGHTS.map((light) => ({
    light,
    count: (evaluations ?? []).filter((e) => !e.target.dropped && e.final.light === light).length,
  }));

  const saveImage = () => {
    if (!screenRef.current) return;
    setImaging('busy');
    downloadElementPng(screenRef.current, `${t('fileDashboard', { asOf: evaluation.asOf })}.png`).then(
      () => setImaging(null),
      () => setImaging('failed'),
    );
  };

  return (
    <div className="dashboard" aria-busy={view.loading} ref={screenRef}>
      <div className="toolbar">
        <AsOfSelect term={dossier.congress.term} requested={asOf} evaluated={evaluation.asOf} />
        <label>
          {t('field')}
          <select value={field} onChange={(event) => setQueryParam('field', event.target.value || undefined)}>
            <option value="">{t('allFields')}</option>
            {FIELDS.map((f) => (
              <option key={f} value={f}>
                {fieldLabel(f)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button-small"
          data-export="skip"
          disabled={imaging === 'busy'}
          onClick={saveImage}
        >
          {imaging === 'busy' ? t('exportImageBusy') : t('exportDashboardPng')}
        </button>
        <button
          type="button"
          className="button-small"
          data-export="skip"
          onClick={() =>
            downloadTableCsv(
              [
                [
                  t('target'),
                  t('goal'),
                  t('actual'),
                  t('progressTerm'),
                  t('assessment'),
                  t('neededPerYear'),
                  t('why'),
                ],
                ...sorted.map((e) => [
                  `${e.target.code}. ${e.target.name}`,
                  e.view?.goal ?? '',
                  e.view?.actual?.text ?? '',
                  e.view?.percentOfGoal?.text ?? '',
                  verdictLabel(e.final.verdict),
                  e.view?.need ?? '',
                  e.view?.pace ?? '',
                ]),
              ],
              `${t('fileDashboard', { asOf: evaluation.asOf })}.csv`,
            )
          }
        >
          {t('exportDashboardTable')}
        </button>
        <button
          type="button"
          className="button-small"
          data-export="skip"
          onClick={() =>
            void downloadFile(
              buildPath(`/api/units/${encodeURIComponent(unit.code)}/export.xlsx`, { asOf: evaluation.asOf }),
              () => undefined,
            ).then(
              (file) => {
                setWorkbookFailed(false);
                saveBlob(file.blob, file.name);
              },
              () => setWorkbookFailed(true),
            )
          }
        >
          {t('exportDashboardXlsx')}
        </button>
        <ul className="light-counts" aria-label={t('lightCounts')}>
          {counts.map(({ light, count }) => (
            <li key={light} className={`badge badge-${light}`}>
              <span className="badge-dot" aria-hidden="true" />
              {count} {lightLabel(light)}
            </li>
          ))}
        </ul>
      </div>
      {imaging === 'failed' && (
        <p role="alert" className="notice notice-error" data-export="skip">
          {t('exportImageFailed')}
        </p>
      )}
      {workbookFailed && (
        <p role="alert" className="notice notice-error" data-export="skip">
          {t('exportWorkbookFailed')}
        </p>
      )}
      <p className="help">
        {dossier.title} · {t('asOf')} {periodLabel(evaluation.asOf)}
        {field ? ` · ${fieldLabel(field)}` : ''}. {t('redFirst')}
      </p>
      {sorted.length === 0 ? (
        <EmptyState action={canEdit ? <Link to={`/u/${unit.code}/setup`}>{t('navSetup')}</Link> : undefined}>
          {t('noTargets')}
        </EmptyState>
      ) : (
        <div className="card-grid">
          {sorted.map((e) => (
            <TargetCard key={e.target.id} evaluation={e} observations={dossier.observations} years={years} />
          ))}
        </div>
      )}
    </div>
  );
}

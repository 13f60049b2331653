/**
 * Data entry: choose a year and its columns, type or paste figures in the grid, set status,
 * source and comment in the side panel, save all at once. Errors and conflicts stay on their
 * cells; nothing typed is dropped until it is saved or the user drops it.
 */
import { useEffect, useMemo, useState } from 'react';
import { inFieldOrder, VALUE_STATUSES, type ValueStatus } from '../../../core';
import { EmptyState, ErrorNotice, Loading } from '../../components/Notices';
import { Link } from '../../components/Link';
import { withFigures, withSavedFigures } from '../../lib/apply-answers';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/session';
import { statusLabel } from '../../lib/labels';
import { useResolution } from '../../lib/use-resolution';
import type { WorkspaceProps } from '../UnitWorkspace';
import { CellPanel } from './CellPanel';
import { DataGrid } from './DataGrid';
import { BulkPanel } from './BulkPanel';
import {
  cellKey,
  cellsBetween,
  latestObservations,
  periodColumns,
  termYearList,
  type Granularity,
  type Position,
} from './grid-model';
import { SaveBar } from './SaveBar';
import './entry.css';
import { useEdits } from './use-edits';
import { usePaste } from './use-paste';

export default function EntryScreen({ unit, resolutionId }: WorkspaceProps) {
  const t = useT();
  const view = useResolution(resolutionId, undefined);
  const readOnly = !useCan()('edit', unit.code);
  if (!resolutionId) {
    return (
      <EmptyState
        action={readOnly ? undefined : <Link to={`/u/${unit.code}/setup`}>{t('createResolution')}</Link>}
      >
        {t('noResolution')}
      </EmptyState>
    );
  }
  if (view.loading && !view.data) return <Loading />;
  if (view.error || !view.data) return <ErrorNotice error={view.error} onRetry={view.reload} />;
  return (
    <EntryWorkspace
      key={resolutionId}
      resolutionId={resolutionId}
      data={view.data}
      show={view.replace}
      reload={view.reload}
      readOnly={readOnly}
    />
  );
}

type Data = NonNullable<ReturnType<typeof useResolution>['data']>;

function EntryWorkspace({
  resolutionId,
  data,
  show,
  reload,
  readOnly,
}: {
  resolutionId: string;
  data: Data;
  /** Shows the resolution as a write answered it, without loading it again. */
  show: (data: Data) => void;
  reload: () => void;
  /** Without the editor's role: the grid, the history and the panel can be read, not changed. */
  readOnly: boolean;
}) {
  const t = useT();
  const years = termYearList(data.dossier.congress.term);
  const asOfYear = Number(data.evaluation.asOf.slice(0, 4));
  const [year, setYear] = useState(
    years.includes(asOfYear) ? asOfYear : (years[years.length - 1] ?? asOfYear),
  );
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const [defaultStatus, setDefaultStatus] = useState<ValueStatus>('estimate');
  const [focus, setFocus] = useState<Position>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<Position>({ row: 0, col: 0 });
  const [showReference, setShowReference] = useState(false);
  const moveTo = (position: Position, extend = false) => {
    setFocus(position);
    if (!extend) setAnchor(position);
  };
  const editsApi = useEdits(resolutionId);
  const { edits } = editsApi;
  const targets = useMemo(
    () => inFieldOrder(data.dossier.targets.filter((target) => !target.dropped)),
    [data],
  );
  const targetMap = useMemo(() => new Map(targets.map((target) => [target.id, target])), [targets]);
  const base = useMemo(() => latestObservations(data.dossier.observations), [data]);
  const periods = periodColumns(year, granularity);
  const paste = usePaste({ targets, periods, base, editsApi, defaultStatus });

  useEffect(() => {
    if (focus.col >= periods.length) moveTo({ row: focus.row, col: periods.length - 1 });
  }, [focus, periods.length]);

  useEffect(() => {
    const pending = Object.keys(edits).length > 0;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    if (pending) window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [edits]);

  if (targets.length === 0) return <EmptyState>{t('noTargets')}</EmptyState>;
  const target = targets[focus.row];
  const period = periods[focus.col];
  const key = target && period ? cellKey(target.id, period) : '';

  return (
    <div className="entry-screen">
      <div className="toolbar" role="group" aria-label={t('columns')}>
        <label>
          {t('year')}
          <select id="entry-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('columns')}
          <select
            id="entry-columns"
            value={granularity}
            onChange={(event) => setGranularity(event.target.value as Granularity)}
          >
            <option value="year">{t('byYear')}</option>
            <option value="quarter">{t('byQuarter')}</option>
            <option value="month">{t('byMonth')}</option>
            <option value="to-date">{t('byHalf')}</option>
            <option value="all">{t('byAll')}</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={showReference}
            onChange={(event) => setShowReference(event.target.checked)}
          />
          {t('showReference')}
        </label>
        {!readOnly && (
          <label>
            {t('defaultStatus')}
            <select
              value={defaultStatus}
              onChange={(event) => setDefaultStatus(event.target.value as ValueStatus)}
            >
              {VALUE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </label>
        )}
        {!readOnly && (
          <SaveBar
            resolutionId={resolutionId}
            editsApi={editsApi}
            targets={targetMap}
            onSaved={(answer) => show(withSavedFigures(data, answer))}
          />
        )}
      </div>
      {readOnly && (
        <p className="notice notice-error" role="status">
          {t('readOnly')}
        </p>
      )}
      {!readOnly && (
        <p className="help" id="grid-help">
          {t('gridHelp')}
        </p>
      )}
      {paste.message && (
        <p className="notice notice-ok" role="status">
          {paste.message}
        </p>
      )}
      <div className="entry-layout">
        <DataGrid
          targets={targets}
          periods={periods}
          base={base}
          edits={edits}
          focus={focus}
          anchor={anchor}
          plans={data.dossier.plans}
          showReference={showReference}
          readOnly={readOnly}
          onFocus={moveTo}
          onCommit={paste.commitAt}
          onRevert={(position) => {
            const t2 = targets[position.row];
            const p2 = periods[position.col];
            if (t2 && p2) editsApi.revert(cellKey(t2.id, p2));
          }}
          onPaste={paste.pasteAt}
        />
        {!readOnly && (focus.row !== anchor.row || focus.col !== anchor.col) ? (
          <BulkPanel
            cells={cellsBetween(focus, anchor).flatMap(({ row, col }) => {
              const t2 = targets[row];
              const p2 = periods[col];
              return t2 && p2 ? [{ target: t2, period: p2 }] : [];
            })}
            base={base}
            edits={edits}
            defaultStatus={defaultStatus}
            onMeta={(target2, period2, patch) =>
              editsApi.setMeta(target2, period2, base.get(cellKey(target2.id, period2)), defaultStatus, patch)
            }
          />
        ) : (
          target &&
          period && (
            <CellPanel
              key={key}
              target={target}
              period={period}
              base={base.get(key)}
              edit={edits[key]}
              defaultStatus={defaultStatus}
              readOnly={readOnly}
              onMeta={(patch) => editsApi.setMeta(target, period, base.get(key), defaultStatus, patch)}
              onKeepMine={() => editsApi.keepMine(key)}
              onTakeTheirs={() => {
                const theirs = edits[key]?.conflict;
                editsApi.revert(key);
                // Their figure came with the conflict: shown at once, no reload needed.
                if (theirs) show(withFigures(data, [theirs]));
                else reload();
              }}
            />
          )
        )}
      </div>
    </div>
  );
}

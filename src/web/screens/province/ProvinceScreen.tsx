/**
 * The province view: every unit below for one term as of one period, as a table with the approval
 * actions, as a heat grid (units × targets, colour by assessment, red first, sortable), or ranked
 * on one indicator; filter by field, approved figures only on request; the deadline of the period
 * and the late units with one click to ask them; above them, the viewed unit and every unit below
 * it added up. Every number and sentence is the server's.
 */
import { periodLabel } from '../../lib/period-label';
import { DateInput } from '../../components/DateInput';
import { useState } from 'react';
import { EmptyState, ErrorNotice, Loading } from '../../components/Notices';
import { FIELDS, type Field } from '../../../core';
import { formatShortDateVi } from '../../lib/core';
import { fieldLabel } from '../../lib/labels';
import { useT } from '../../lib/i18n';
import { setQueryParam, useLocation } from '../../lib/router';
import { useCan } from '../../lib/session';
import { useAsync } from '../../lib/use-async';
import type { WorkspaceProps } from '../UnitWorkspace';
import {
  approveMany,
  loadProvinceView,
  putDeadline,
  takeStep,
  type ProvinceRow,
  type StepAction,
} from './api';
import { HeatGrid } from './HeatGrid';
import { LateUnits } from './LateUnits';
import { RankPanel } from './RankPanel';
import { RollUpSummary } from './RollUpSummary';
import { UnitsTable } from './UnitsTable';
import { stateWord, w } from './words';
import './province.css';

const YEARS = ['2021', '2022', '2023', '2024', '2025', '2026'];
type View = 'table' | 'grid' | 'rank';

export default function ProvinceScreen({ unit }: WorkspaceProps) {
  const t = useT();
  const { query } = useLocation();
  const can = useCan();
  const view = (query.get('view') as View | null) ?? 'table';
  const asOf = query.get('asOf') ?? undefined;
  const period = query.get('period') ?? undefined;
  const level = query.get('level') ?? undefined;
  const field = query.get('field') ?? undefined;
  const approvedOnly = query.get('approved') === '1';
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string>();
  const [dueDate, setDueDate] = useState('');
  const data = useAsync(
    () => loadProvinceView(unit.code, { asOf, period, level, field, approvedOnly }),
    `${unit.code}|${asOf ?? ''}|${period ?? ''}|${level ?? ''}|${field ?? ''}|${approvedOnly}`,
  );
  const canApprove = can('approve', unit.code);
  const canAccept = unit.parentCode ? can('approve', unit.parentCode) : can('administer', unit.code);

  if (data.loading && !data.data) return <Loading />;
  if (data.error !== undefined) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  const answer = data.data;
  if (!answer) return <Loading />;
  const shownPeriod = answer.period ?? '';

  const onStep = async (row: ProvinceRow, action: StepAction, reason?: string) => {
    if (!row.resolutionId) return;
    const result = await takeStep(row.resolutionId, shownPeriod, action, reason);
    setMessage(`${row.unitName}: ${stateWord(result.approval?.state ?? result.step.state)}`);
    data.reload();
  };
  const bulk = async () => {
    const result = await approveMany(unit.code, shownPeriod, [...selected]);
    setSelected(new Set());
    setMessage(`${w('approved')}: ${result.approved.length}`);
    data.reload();
  };

  return (
    <div className="province-view">
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={w('title')}>
          {(['table', 'grid', 'rank'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setQueryParam('view', v === 'table' ? undefined : v)}
            >
              {w(v === 'table' ? 'viewTable' : v === 'grid' ? 'viewGrid' : 'viewRank')}
            </button>
          ))}
        </div>
        <label>
          {w('asOf')}
          <select
            value={answer.asOf ?? ''}
            onChange={(e) => setQueryParam('asOf', e.target.value || undefined)}
          >
            {answer.asOf && !YEARS.includes(answer.asOf) && (
              <option value={answer.asOf}>{periodLabel(answer.asOf)}</option>
            )}
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {periodLabel(y)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w('period')}
          <select value={shownPeriod} onChange={(e) => setQueryParam('period', e.target.value || undefined)}>
            {shownPeriod && !YEARS.includes(shownPeriod) && (
              <option value={shownPeriod}>{periodLabel(shownPeriod)}</option>
            )}
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {periodLabel(y)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w('level')}
          <select
            value={level ?? 'children'}
            onChange={(e) =>
              setQueryParam('level', e.target.value === 'children' ? undefined : e.target.value)
            }
          >
            <option value="children">{w('levelChildren')}</option>
            <option value="district">{w('levelDistrict')}</option>
            <option value="commune">{w('levelCommune')}</option>
          </select>
        </label>
        <label>
          {t('field')}
          <select value={field ?? ''} onChange={(e) => setQueryParam('field', e.target.value || undefined)}>
            <option value="">{t('allFields')}</option>
            {FIELDS.map((f: Field) => (
              <option key={f} value={f}>
                {fieldLabel(f)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={approvedOnly}
            onChange={(e) => setQueryParam('approved', e.target.checked ? '1' : undefined)}
          />
          {w('approvedOnly')}
        </label>
      </div>
      <p className="province-counts" data-testid="province-counts">
        {answer.unit.name} · {answer.counts.units} {w('units')} · {answer.counts.submitted} {w('submitted')} ·{' '}
        {answer.counts.approved} {w('approved')} · {answer.counts.late} {w('late')} · {w('deadline')}{' '}
        {periodLabel(shownPeriod)}: {answer.deadline ? formatShortDateVi(answer.deadline) : w('noDeadline')}
      </p>
      {canApprove && shownPeriod && (
        <form
          className="deadline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (dueDate) void putDeadline(unit.code, shownPeriod, dueDate).then(() => data.reload());
          }}
        >
          <label>
            {w('deadline')} {periodLabel(shownPeriod)}
            <DateInput value={dueDate} onChange={setDueDate} />
          </label>
          <button type="submit" className="button-quiet">
            {w('setDeadline')}
          </button>
        </form>
      )}
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {answer.counts.withResolution === 0 && <EmptyState>{w('empty')}</EmptyState>}
      <RollUpSummary rollUp={answer.rollUp} />
      <div className="province-layout">
        <div className="province-main">
          {view === 'grid' && <HeatGrid columns={answer.columns} rows={answer.rows} />}
          {view === 'rank' && (
            <RankPanel
              unitCode={unit.code}
              asOf={answer.asOf}
              columns={answer.columns}
              indicator={query.get('ind') ?? undefined}
              onIndicator={(key) => setQueryParam('ind', key)}
            />
          )}
          {view === 'table' && (
            <>
              {canApprove && selected.size > 0 && (
                <button type="button" onClick={() => void bulk()} data-testid="bulk-approve">
                  {w('bulkApprove')} ({selected.size})
                </button>
              )}
              <UnitsTable
                rows={answer.rows}
                withDeadline={Boolean(answer.deadline)}
                actions={{
                  canApprove,
                  canAccept,
                  onStep,
                  selected,
                  onSelect: (id, on) =>
                    setSelected((s) => {
                      const next = new Set(s);
                      if (on) next.add(id);
                      else next.delete(id);
                      return next;
                    }),
                }}
              />
            </>
          )}
        </div>
        <LateUnits
          rows={answer.rows}
          period={answer.period}
          canAsk={canApprove}
          withDeadline={Boolean(answer.deadline)}
        />
      </div>
    </div>
  );
}

/** The side panel of the focused cell: status, source, comment, conflict choice, history. */
import { periodLabel } from '../../lib/period-label';
import { useState } from 'react';
import type { FigureInForce } from '../../lib/core';
import { VALUE_STATUSES, type Target, type ValueStatus } from '../../../core';
import { useT } from '../../lib/i18n';
import { statusLabel } from '../../lib/labels';
import { formatCellValue } from './cell-value';
import { HistoryPanel } from './HistoryPanel';
import type { CellEdit, MetaPatch } from './use-edits';

interface CellPanelProps {
  target: Target;
  period: string;
  base: FigureInForce | undefined;
  edit: CellEdit | undefined;
  defaultStatus: ValueStatus;
  /** Status, source and comment shown as text. */
  readOnly?: boolean;
  onMeta: (patch: MetaPatch) => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

export function CellPanel({
  target,
  period,
  base,
  edit,
  defaultStatus,
  readOnly = false,
  onMeta,
  onKeepMine,
  onTakeTheirs,
}: CellPanelProps) {
  const t = useT();
  const [showHistory, setShowHistory] = useState(false);
  const status = edit?.status ?? base?.status ?? defaultStatus;
  const error = edit?.error ?? edit?.serverError;
  return (
    <aside className="cell-panel" aria-label={t('focusedCell')}>
      <h2>
        {target.code}. {target.name}
      </h2>
      <p className="muted">
        {periodLabel(period)} · {target.unit}
        {base
          ? ` · ${t('theirValue')}: ${formatCellValue(target, base.value, base.hedge)} (${statusLabel(base.status)}, ${t('revisionN', { n: base.revision })})`
          : ''}
      </p>
      {error && <p className="field-error">{error}</p>}
      {edit?.conflict && (
        <div className="conflict-box" role="alert">
          <p>
            <strong>{t('conflictTitle')}.</strong> {t('theirValue')}:{' '}
            {formatCellValue(target, edit.conflict.value, edit.conflict.hedge)} (
            {statusLabel(edit.conflict.status)}
            {(edit.conflict.recordedByName ?? edit.conflict.recordedBy)
              ? `, ${edit.conflict.recordedByName ?? edit.conflict.recordedBy}`
              : ''}
            ). {t('yoursIs', { text: edit.text })}
          </p>
          <div className="button-row">
            <button type="button" className="button-primary" onClick={onKeepMine}>
              {t('keepMine')}
            </button>
            <button type="button" onClick={onTakeTheirs}>
              {t('takeTheirs')}
            </button>
          </div>
        </div>
      )}
      {readOnly ? (
        <dl className="cell-facts">
          <dt>{t('status')}</dt>
          <dd>{base ? statusLabel(base.status) : '—'}</dd>
          <dt>{t('source')}</dt>
          <dd>{base?.source || '—'}</dd>
          <dt>{t('comment')}</dt>
          <dd>{base?.comment || '—'}</dd>
        </dl>
      ) : (
        <>
          <label>
            {t('status')}
            <select
              value={status}
              onChange={(event) => onMeta({ status: event.target.value as ValueStatus })}
            >
              {VALUE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('source')}
            <input
              value={edit?.source ?? base?.source ?? ''}
              onChange={(event) => onMeta({ source: event.target.value })}
              placeholder={t('sourceExample')}
            />
          </label>
          <label>
            {t('comment')}
            <textarea
              rows={3}
              value={edit?.comment ?? base?.comment ?? ''}
              onChange={(event) => onMeta({ comment: event.target.value })}
            />
          </label>
        </>
      )}
      <button type="button" onClick={() => setShowHistory((v) => !v)} aria-expanded={showHistory}>
        {t('history')}
      </button>
      {showHistory && <HistoryPanel target={target} period={period} onClose={() => setShowHistory(false)} />}
    </aside>
  );
}

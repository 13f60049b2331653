/** Status, source or comment set on every figure of a selected block at once ("mark these as
 * chính thức"). Cells without a figure are left alone and counted. */
import { useState } from 'react';
import { VALUE_STATUSES, type Target, type ValueStatus } from '../../../core';
import type { FigureInForce } from '../../lib/core';
import { useT } from '../../lib/i18n';
import { statusLabel } from '../../lib/labels';
import { cellKey } from './grid-model';
import type { Edits, MetaPatch } from './use-edits';

interface BulkPanelProps {
  cells: { target: Target; period: string }[];
  base: Map<string, FigureInForce>;
  edits: Edits;
  defaultStatus: ValueStatus;
  onMeta: (target: Target, period: string, patch: MetaPatch) => void;
}

export function BulkPanel({ cells, base, edits, defaultStatus, onMeta }: BulkPanelProps) {
  const t = useT();
  const [status, setStatus] = useState<ValueStatus>('official');
  const [source, setSource] = useState('');
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const withFigure = cells.filter(({ target, period }) => {
    const key = cellKey(target.id, period);
    return base.has(key) || (edits[key]?.text.trim() ?? '') !== '';
  });

  function apply(patch: MetaPatch) {
    for (const cell of withFigure) onMeta(cell.target, cell.period, patch);
    setMessage(withFigure.length > 0 ? t('bulkApplied', { n: withFigure.length }) : t('bulkEmpty'));
  }

  return (
    <aside
      className="cell-panel bulk-panel"
      aria-label={t('applyToSelection')}
      data-default-status={defaultStatus}
    >
      <h2>{t('selection', { n: cells.length })}</h2>
      <div className="form-row">
        <label className="grow">
          {t('status')}
          <select value={status} onChange={(event) => setStatus(event.target.value as ValueStatus)}>
            {VALUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button-primary" onClick={() => apply({ status })}>
          {t('setStatusAll')}
        </button>
      </div>
      <div className="form-row">
        <label className="grow">
          {t('source')}
          <input value={source} onChange={(event) => setSource(event.target.value)} />
        </label>
        <button type="button" onClick={() => apply({ source })}>
          {t('setSourceAll')}
        </button>
      </div>
      <div className="form-row">
        <label className="grow">
          {t('comment')}
          <input value={comment} onChange={(event) => setComment(event.target.value)} />
        </label>
        <button type="button" onClick={() => apply({ comment })}>
          {t('setCommentAll')}
        </button>
      </div>
      {message && (
        <p className="notice notice-ok" role="status">
          {message}
        </p>
      )}
    </aside>
  );
}

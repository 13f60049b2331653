/**
 * One row per unit: targets met, lights, the approval of the period with the figures changed since
 * and the reason of a return, the figures entered against the deadline; the approval actions the
 * signed-in user may take (approve, return with a reason, reopen with a reason, accept), and a
 * checkbox per submitted unit for bulk approval; for a unit with units below it, the read engine's
 * roll-up over all of them (targets met of those judged, red targets). Rows stay red first.
 */
import { useState, type FormEvent } from 'react';
import { Link } from '../../components/Link';
import { ApiError } from '../../lib/api';
import type { ProvinceRow, StepAction } from './api';
import { rollUpBelow, rollUpTexts } from './roll-up';
import { completenessWords, decidedWords, stateWord, w } from './words';

export interface RowActions {
  canApprove: boolean;
  canAccept: boolean;
  onStep: (row: ProvinceRow, action: StepAction, reason?: string) => Promise<void>;
  selected: Set<string>;
  onSelect: (resolutionId: string, on: boolean) => void;
}

function ReasonForm({
  label,
  onSubmit,
  onCancel,
}: {
  label: string;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(reason).catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  };
  return (
    <form className="reason-form" onSubmit={submit}>
      <label>
        {w('reason')} ({label})
        <textarea value={reason} required rows={2} onChange={(e) => setReason(e.target.value)} />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit" className="button-danger">
        {label}
      </button>
      <button type="button" className="button-quiet" onClick={onCancel}>
        ✕
      </button>
    </form>
  );
}

/** Targets met of those judged and red targets, over the unit and every unit below it. */
function RollUpCell({ row }: { row: ProvinceRow }) {
  const r = rollUpBelow(row);
  if (!r) return <td className="rollup-below">—</td>;
  const n = rollUpTexts(r);
  return (
    <td className="rollup-below" data-testid="rollup-below">
      <span className="rollup-met">
        {n.met}/{n.judged}
      </span>{' '}
      <span className="badge badge-red">
        <span className="badge-dot" aria-hidden="true" />
        {w('rollUpRed', { n: n.red })}
      </span>
      <div className="muted">{w('rollUpUnits', { n: n.units })}</div>
    </td>
  );
}

export function UnitsTable({
  rows,
  actions,
  withDeadline,
}: {
  rows: ProvinceRow[];
  actions: RowActions;
  /** A deadline is set for the period: the figures entered are counted against it. */
  withDeadline: boolean;
}) {
  const [asking, setAsking] = useState<{ unit: string; action: 'return' | 'reopen' }>();
  // The roll-up column only when some unit has units below it (none with approved figures only).
  const withBelow = rows.some((row) => rollUpBelow(row) !== null);
  return (
    <table className="plain-table province-table" data-testid="province-table">
      <thead>
        <tr>
          <th scope="col">{w('selectUnit')}</th>
          <th scope="col">{w('unit')}</th>
          <th scope="col">{w('met')}</th>
          <th scope="col">{w('lights')}</th>
          {withBelow && (
            <th scope="col" title={w('rollUpColumnHint')}>
              {w('rollUpColumn')}
            </th>
          )}
          <th scope="col">{w('approval')}</th>
          <th scope="col">{w('completeness')}</th>
          <th scope="col">{w('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const state = row.approval?.state ?? 'open';
          const rid = row.resolutionId;
          return (
            <tr key={row.unitCode} data-unit={row.unitCode} className={row.late ? 'is-late' : undefined}>
              <td>
                {rid && state === 'submitted' && actions.canApprove && (
                  <input
                    type="checkbox"
                    aria-label={`${w('selectUnit')} ${row.unitName}`}
                    checked={actions.selected.has(rid)}
                    onChange={(e) => actions.onSelect(rid, e.target.checked)}
                  />
                )}
              </td>
              <th scope="row">
                <Link to={`/u/${encodeURIComponent(row.unitCode)}/dashboard`}>{row.unitName}</Link>
                {!rid && <div className="muted">{w('noResolution')}</div>}
              </th>
              <td>{row.met?.text ?? '—'}</td>
              <td>
                <span className="light-counts-inline">
                  <span className="dot-red">{row.lights.red}</span> /{' '}
                  <span className="dot-orange">{row.lights.orange}</span> /{' '}
                  <span className="dot-green">{row.lights.green}</span>
                </span>
              </td>
              {withBelow && <RollUpCell row={row} />}
              <td>
                <span className={`state state-${state}`}>{stateWord(state)}</span>
                {row.approval?.decidedText && <div className="muted">{decidedWords(row.approval)}</div>}
                {row.approval?.reason && <div className="muted">{row.approval.reason}</div>}
                {row.approval?.changedText && <div className="warn">{row.approval.changedText}</div>}
              </td>
              <td>
                {row.completeness ? completenessWords(row.completeness, withDeadline) : '—'}
                {row.late && <span className="late-badge"> · {w('late')}</span>}
              </td>
              <td>
                <div className="actions">
                  {rid && actions.canApprove && state === 'submitted' && (
                    <>
                      <button type="button" onClick={() => void actions.onStep(row, 'approve')}>
                        {w('approve')}
                      </button>
                      <button
                        type="button"
                        className="button-quiet"
                        onClick={() => setAsking({ unit: row.unitCode, action: 'return' })}
                      >
                        {w('returnIt')}
                      </button>
                    </>
                  )}
                  {rid && actions.canApprove && (state === 'approved' || state === 'accepted') && (
                    <button
                      type="button"
                      className="button-quiet"
                      onClick={() => setAsking({ unit: row.unitCode, action: 'reopen' })}
                    >
                      {w('reopen')}
                    </button>
                  )}
                  {rid && actions.canAccept && state === 'approved' && (
                    <button type="button" onClick={() => void actions.onStep(row, 'accept')}>
                      {w('accept')}
                    </button>
                  )}
                  {asking?.unit === row.unitCode && (
                    <ReasonForm
                      label={asking.action === 'return' ? w('returnIt') : w('reopen')}
                      onCancel={() => setAsking(undefined)}
                      onSubmit={async (reason) => {
                        await actions.onStep(row, asking.action, reason);
                        setAsking(undefined);
                      }}
                    />
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

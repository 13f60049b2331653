/**
 * What the level above said about the unit's figures, shown above every screen of the unit: a
 * period returned or reopened with its reason, an approved period (its figures are locked), the
 * figures changed since approval, and the latest request to send figures. An editor of the unit
 * submits a period of the term for approval from here (a returned or reopened one again).
 */
import { periodLabel } from '../../lib/period-label';
import { useState } from 'react';
import { ApiError } from '../../lib/api';
import { useCan } from '../../lib/session';
import { useAsync } from '../../lib/use-async';
import { loadUnitApprovals, takeStep } from './api';
import { stateWord, w } from './words';

/** The years of a term ("2020-2025" → 2021…2025: the congress year belongs to the last term). */
function termYears(term: string | undefined): string[] {
  const match = /^(\d{4})-(\d{4})$/.exec(term ?? '');
  if (!match) return [];
  const out: string[] = [];
  for (let y = Number(match[1]) + 1; y <= Number(match[2]); y += 1) out.push(String(y));
  return out;
}

export function ApprovalNotice({
  unitCode,
  resolutionId,
  term,
}: {
  unitCode: string;
  resolutionId: string | undefined;
  term?: string;
}) {
  const can = useCan();
  const [submitting, setSubmitting] = useState(false);
  const [chosen, setChosen] = useState<string>();
  const [error, setError] = useState<string>();
  const data = useAsync(() => loadUnitApprovals(unitCode), `${unitCode}|${resolutionId ?? ''}`);
  const answer = data.data;
  if (!answer || !resolutionId) return null;
  const mine = answer.approvals
    .filter((a) => a.resolutionId === resolutionId)
    .sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? ''))
    .reverse();
  const latest = mine[0];
  const request = answer.requests[0];
  const stateOf = (period: string) => mine.find((a) => a.period === period)?.state ?? 'open';
  const open = termYears(term).filter((p) => ['open', 'returned', 'reopened'].includes(stateOf(p)));
  const canSubmit = can('edit', unitCode) && open.length > 0;
  if (!latest && !request && !canSubmit) return null;
  const period = chosen && open.includes(chosen) ? chosen : (open[open.length - 1] ?? '');
  const submit = () => {
    setSubmitting(true);
    setError(undefined);
    takeStep(resolutionId, period, 'submit')
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)))
      .finally(() => {
        setSubmitting(false);
        data.reload();
      });
  };
  return (
    <section
      className={`approval-notice state-${latest?.state ?? 'open'}`}
      aria-label={w('approval')}
      data-testid="approval-notice"
    >
      {latest && (
        <p>
          <strong>
            {w('approval')} {periodLabel(latest.period)}: {stateWord(latest.state)}
          </strong>
          {latest.reason && (
            <>
              {' '}
              — {latest.state === 'returned' ? w('returnedBy') : w('reason')}: {latest.reason}
            </>
          )}
          {latest.changedText && <> · {latest.changedText}</>}
        </p>
      )}
      {request && (
        <p>
          {w('requestFrom')}: {request.message}
        </p>
      )}
      {canSubmit && (
        <p className="submit-period">
          <label>
            {w('submit')}{' '}
            <select value={period} onChange={(e) => setChosen(e.target.value)} aria-label={w('period')}>
              {open.map((p) => (
                <option key={p} value={p}>
                  {periodLabel(p)} ({stateWord(stateOf(p))})
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" disabled={submitting} onClick={submit}>
            {w('send')}
          </button>
          {error && <span role="alert"> {error}</span>}
        </p>
      )}
    </section>
  );
}

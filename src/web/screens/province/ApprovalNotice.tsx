/**
 * What the level above said about the unit's figures, shown above every screen of the unit: a
 * period returned or reopened with its reason, an approved period (its figures are locked), the
 * figures changed since approval, and the latest request to send figures; with the button to
 * submit a period for approval when the user may edit.
 */
import { useState } from 'react';
import { formatPeriodVi } from '../../lib/core';
import { useCan } from '../../lib/session';
import { useAsync } from '../../lib/use-async';
import { loadUnitApprovals, takeStep } from './api';
import { stateWord, w } from './words';

export function ApprovalNotice({
  unitCode,
  resolutionId,
}: {
  unitCode: string;
  resolutionId: string | undefined;
}) {
  const can = useCan();
  const [submitting, setSubmitting] = useState(false);
  const data = useAsync(() => loadUnitApprovals(unitCode), `${unitCode}|${resolutionId ?? ''}`);
  const answer = data.data;
  if (!answer || !resolutionId) return null;
  const mine = answer.approvals
    .filter((a) => a.resolutionId === resolutionId)
    .sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? ''))
    .reverse();
  const latest = mine[0];
  const request = answer.requests[0];
  if (!latest && !request) return null;
  const canSubmit =
    can('edit', unitCode) && latest && (latest.state === 'returned' || latest.state === 'reopened');
  return (
    <div
      className={`approval-notice state-${latest?.state ?? 'open'}`}
      role="status"
      data-testid="approval-notice"
    >
      {latest && (
        <p>
          <strong>
            {w('approval')} {formatPeriodVi(latest.period)}: {stateWord(latest.state)}
          </strong>
          {latest.reason && (
            <>
              {' '}
              — {latest.state === 'returned' ? w('returnedBy') : w('reason')}: {latest.reason}
            </>
          )}
          {latest.changedText && <> · {latest.changedText}</>}
          {canSubmit && (
            <button
              type="button"
              className="button-quiet"
              disabled={submitting}
              onClick={() => {
                setSubmitting(true);
                void takeStep(resolutionId, latest.period, 'submit').finally(() => {
                  setSubmitting(false);
                  data.reload();
                });
              }}
            >
              {w('submit')}
            </button>
          )}
        </p>
      )}
      {request && (
        <p>
          {w('requestFrom')}: {request.message}
        </p>
      )}
    </div>
  );
}

/** All targets with the figures a mid-term review appendix lists, and the override per row. */
import { Fragment, useState } from 'react';
import type { TargetEvaluation } from '../../../core';
import { AssessmentBadge } from '../../components/Assessment';
import { useT } from '../../lib/i18n';
import { methodLabel, verdictLabel } from '../../lib/labels';
import type { OverrideSaved } from '../../lib/types';
import { OverrideForm } from './OverrideForm';

export function ReviewTable({
  evaluations,
  canOverride,
  onChanged,
}: {
  evaluations: TargetEvaluation[];
  /** The approver's role on the unit: only then the override column. */
  canOverride: boolean;
  /** Called with a decision's answer, which carries the resolution evaluated after it. */
  onChanged: (answer: OverrideSaved) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="table-scroll">
      <table className="plain-table review-table">
        <thead>
          <tr>
            <th scope="col">{t('target')}</th>
            <th scope="col">{t('goal')}</th>
            <th scope="col">{t('actual')}</th>
            <th scope="col">% {t('goal').toLowerCase()}</th>
            <th scope="col">{t('forecast')}</th>
            <th scope="col">{t('suggested')}</th>
            <th scope="col">{t('final')}</th>
            {canOverride && (
              <th scope="col">
                <span className="visually-hidden">{t('override')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {evaluations.map((e) => (
            <Fragment key={e.target.id}>
              <tr data-target={e.target.code}>
                <th scope="row">
                  <span className="target-code">{e.target.code}</span> {e.target.name}
                </th>
                <td>{e.view?.goal}</td>
                <td className="num">{e.view?.actual?.text ?? '—'}</td>
                <td className="num">{e.view?.percentOfGoal?.text ?? '—'}</td>
                <td>
                  {e.forecast && e.view?.forecast !== undefined ? (
                    <>
                      <span className="num">{e.view.forecast}</span>
                      <small className="muted"> ({methodLabel(e.forecast.method)})</small>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{verdictLabel(e.suggestions.verdict)}</td>
                <td>
                  <AssessmentBadge
                    light={e.final.light}
                    verdict={e.final.verdict}
                    overridden={e.final.overridden.length > 0}
                  />
                  {e.final.overridden.map((o) => (
                    <small key={o.scheme} className="override-reason">
                      {t('overridden')}: {o.reason}
                    </small>
                  ))}
                </td>
                {canOverride && (
                  <td>
                    <button
                      type="button"
                      className="button-small"
                      aria-expanded={open === e.target.id}
                      onClick={() => setOpen(open === e.target.id ? null : e.target.id)}
                    >
                      {t('override')}
                      <span className="visually-hidden">: {e.target.name}</span>
                    </button>
                  </td>
                )}
              </tr>
              {canOverride && open === e.target.id && (
                <tr className="override-row">
                  <td colSpan={8}>
                    <OverrideForm
                      evaluation={e}
                      onCancel={() => setOpen(null)}
                      onDone={(answer) => {
                        setOpen(null);
                        onChanged(answer);
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

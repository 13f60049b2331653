/** Every saved revision of one figure: value, status, who, when, source, comment. */
import { periodLabel } from '../../lib/period-label';
import type { Target } from '../../../core';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/date-time';
import { useT } from '../../lib/i18n';
import { statusLabel } from '../../lib/labels';
import { buildPath } from '../../lib/router';
import type { ObservationHistory } from '../../lib/types';
import { useAsync } from '../../lib/use-async';
import { ErrorNotice, Loading } from '../../components/Notices';
import { formatCellValue } from './cell-value';

export function HistoryPanel({
  target,
  period,
  onClose,
}: {
  target: Target;
  period: string;
  onClose: () => void;
}) {
  const t = useT();
  const history = useAsync(async () => {
    const answer = await api<ObservationHistory>(
      'GET',
      buildPath(`/api/targets/${encodeURIComponent(target.id)}/observations`, { period }),
    );
    return answer.revisions.filter((r) => r.period === period).sort((a, b) => b.revision - a.revision);
  }, `${target.id}|${period}`);

  return (
    <section className="history-panel" aria-labelledby="history-title">
      <div className="panel-head">
        <h3 id="history-title">
          {t('historyOf')}: {target.code}. {target.name}, {periodLabel(period)}
        </h3>
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {history.loading && <Loading />}
      {history.error !== undefined && <ErrorNotice error={history.error} onRetry={history.reload} />}
      {history.data && history.data.length === 0 && <p>{t('noHistory')}</p>}
      {history.data && history.data.length > 0 && (
        <table className="plain-table history-table">
          <thead>
            <tr>
              <th scope="col">{t('revision')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('source')}</th>
              <th scope="col">{t('comment')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((revision) => (
              <tr key={revision.revision}>
                <td className="num">{revision.revision}</td>
                <td className="num">
                  {revision.deleted
                    ? t('deletedMark')
                    : formatCellValue(target, revision.value, revision.hedge)}
                </td>
                <td>{revision.status ? statusLabel(revision.status) : ''}</td>
                <td>{revision.recordedByName ?? revision.recordedBy ?? ''}</td>
                <td>{formatDateTime(revision.recordedAt)}</td>
                <td>{revision.source ?? ''}</td>
                <td>{revision.comment ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

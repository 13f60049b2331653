/**
 * Resolution set-up: create a resolution with its targets (or import it from the Excel
 * template), add targets, and record adjustments decided by a document.
 */
import { FIELDS } from '../../../core';
import { EmptyState, ErrorNotice, Loading } from '../../components/Notices';
import { Link } from '../../components/Link';
import { formatGoal } from '../../lib/core';
import { useT } from '../../lib/i18n';
import { fieldLabel, kindLabel } from '../../lib/labels';
import { buildPath, navigate, useLocation } from '../../lib/router';
import { useCan } from '../../lib/session';
import { useResolution } from '../../lib/use-resolution';
import type { WorkspaceProps } from '../UnitWorkspace';
import { AddTargetForm } from './AddTargetForm';
import { AdjustmentForm } from './AdjustmentForm';
import { ImportPanel } from './ImportPanel';
import { NewResolutionForm } from './NewResolutionForm';
import { PasteSetup } from './PasteSetup';
import { PlanPaste } from './PlanPaste';

export default function SetupScreen({ unit, resolutionId, reloadResolutions }: WorkspaceProps) {
  const t = useT();
  const { query } = useLocation();
  const creating = !resolutionId || query.get('new') === '1';
  const view = useResolution(creating ? undefined : resolutionId, undefined);
  const can = useCan();
  const canEdit = can('edit', unit.code);
  const base = `/u/${encodeURIComponent(unit.code)}`;
  const opened = (id: string | undefined) => {
    reloadResolutions();
    navigate(buildPath(`${base}/dashboard`, { r: id }));
  };

  if (creating && !canEdit) return <EmptyState>{t('noResolution')}</EmptyState>;
  if (creating) {
    return (
      <div className="setup">
        <PasteSetup unit={unit} onCreated={opened} />
        <NewResolutionForm unit={unit} onCreated={opened} />
        <ImportPanel unitCode={unit.code} onImported={opened} />
      </div>
    );
  }
  if (view.loading && !view.data) return <Loading />;
  if (view.error || !view.data) return <ErrorNotice error={view.error} onRetry={view.reload} />;
  const { dossier } = view.data;

  return (
    <div className="setup">
      <div className="toolbar">
        <p className="muted grow">
          {dossier.title} · {dossier.congress.committee} · {t('termLabel')} {dossier.congress.term}
        </p>
        {canEdit && <Link to={buildPath(`${base}/setup`, { new: '1' })}>{t('createResolution')}</Link>}
      </div>
      <section className="panel" aria-labelledby="targets-title">
        <h2 id="targets-title">
          {t('targetsOf')} ({dossier.targets.length})
        </h2>
        {FIELDS.map((field) => {
          const list = dossier.targets.filter((target) => target.field === field);
          if (list.length === 0) return null;
          return (
            <table key={field} className="plain-table">
              <caption>{fieldLabel(field)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('code')}</th>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('kind')}</th>
                  <th scope="col">{t('goal')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((target) => (
                  <tr key={target.id}>
                    <td>{target.code}</td>
                    <th scope="row">
                      {target.name}
                      {target.dropped && (
                        <small className="muted">
                          {' '}
                          ({t('droppedNote')}: {target.dropped.decision})
                        </small>
                      )}
                    </th>
                    <td>{kindLabel(target.kind)}</td>
                    <td>{formatGoal(target)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </section>
      {canEdit && <PlanPaste resolutionId={resolutionId} dossier={dossier} onSaved={view.reload} />}
      {can('approve', unit.code) && <AdjustmentForm dossier={dossier} onDone={view.reload} />}
      {canEdit && <AddTargetForm resolutionId={resolutionId} dossier={dossier} onDone={view.reload} />}
      {canEdit && <ImportPanel unitCode={unit.code} onImported={opened} />}
    </div>
  );
}

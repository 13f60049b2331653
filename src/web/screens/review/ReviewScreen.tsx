/**
 * The mid-term review workspace: counts of verdicts, the table with forecasts and overrides,
 * the scenario box, the narrative to copy and the report to download.
 */
import { EmptyState, ErrorNotice, Loading } from '../../components/Notices';
import { Link } from '../../components/Link';
import { AsOfSelect } from '../../components/AsOfSelect';
import { withDecision } from '../../lib/apply-answers';
import { useT } from '../../lib/i18n';
import { verdictCountsLine } from '../../lib/core';
import { getLang } from '../../lib/i18n';
import { useLocation } from '../../lib/router';
import { useCan } from '../../lib/session';
import { useResolution } from '../../lib/use-resolution';
import type { WorkspaceProps } from '../UnitWorkspace';
import { NarrativeBox } from './NarrativeBox';
import { ReportDownload } from './ReportDownload';
import { ReviewTable } from './ReviewTable';
import { ScenarioBox } from './ScenarioBox';

export default function ReviewScreen({ unit, resolutionId }: WorkspaceProps) {
  const t = useT();
  const { query } = useLocation();
  const asOf = query.get('asOf') ?? undefined;
  const view = useResolution(resolutionId, asOf);
  const can = useCan();
  const canEdit = can('edit', unit.code);
  if (!resolutionId)
    return (
      <EmptyState
        action={canEdit ? <Link to={`/u/${unit.code}/setup`}>{t('createResolution')}</Link> : undefined}
      >
        {t('noResolution')}
      </EmptyState>
    );
  if (view.loading && !view.data) return <Loading />;
  if (view.error || !view.data) return <ErrorNotice error={view.error} onRetry={view.reload} />;
  const data = view.data;
  const { dossier, evaluation } = data;
  // Every target, dropped ones too: the counts are the core's, the same the narrative reads.
  const targets = evaluation.targets;
  const countsLine = verdictCountsLine(evaluation.summary, getLang());

  return (
    <div className="review" aria-busy={view.loading}>
      <div className="toolbar">
        <AsOfSelect term={dossier.congress.term} requested={asOf} evaluated={evaluation.asOf} />
        <ReportDownload
          resolutionId={resolutionId}
          asOf={evaluation.asOf}
          unitCode={unit.code}
          preferred="midterm"
        />
      </div>
      <section className="panel counts-panel" aria-labelledby="counts-title">
        <h2 id="counts-title">
          {t('counts')} ({t('targetCount', { n: targets.length })})
        </h2>
        <p className="counts-line" data-testid="verdict-counts">
          {countsLine || '—'}
        </p>
      </section>
      {targets.length === 0 ? (
        <EmptyState action={canEdit ? <Link to={`/u/${unit.code}/setup`}>{t('navSetup')}</Link> : undefined}>
          {t('noTargets')}
        </EmptyState>
      ) : (
        <ReviewTable
          evaluations={targets}
          canOverride={can('approve', unit.code)}
          onChanged={(answer) => view.replace(withDecision(data, answer))}
        />
      )}
      <div className="two-columns">
        <ScenarioBox dossier={dossier} asOf={evaluation.asOf} />
        <NarrativeBox paragraphs={evaluation.narrative} />
      </div>
    </div>
  );
}

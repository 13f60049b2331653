/** One target on the dashboard: assessment, progress against term and plan, trend, needs. */
import { periodLabel } from '../../lib/period-label';
import type { TargetEvaluation } from '../../../core';
import type { Observation } from '../../../core';
import { AssessmentBadge, Meter } from '../../components/Assessment';
import { chartSeries } from '../../components/chart-data';
import { TrendChart } from '../../components/TrendChart';
import { useT } from '../../lib/i18n';

export function TargetCard({
  evaluation,
  observations,
  years,
}: {
  evaluation: TargetEvaluation;
  observations: readonly Observation[];
  years: number[];
}) {
  const t = useT();
  const { target, final, view } = evaluation;
  const plan = view?.plans[0];
  const overridden = final.overridden.length > 0;
  const period = (code: string | undefined) => (code ? <small> ({periodLabel(code)})</small> : null);
  return (
    <article className={`target-card light-${final.light}`} aria-labelledby={`tc-${target.id}`}>
      <header className="target-card-head">
        <h3 id={`tc-${target.id}`}>
          <span className="target-code">{target.code}</span> {target.name}
        </h3>
        <AssessmentBadge light={final.light} verdict={final.verdict} overridden={overridden} />
      </header>
      <dl className="facts">
        <div>
          <dt>{t('goal')}</dt>
          <dd>{view?.goal}</dd>
        </div>
        <div>
          <dt>{t('actual')}</dt>
          <dd>
            {view?.actual?.text ?? t('noData')}
            {period(view?.actual?.period)}
            {view?.actual?.approved !== undefined && (
              <small className={view.actual.approved ? 'approved-mark' : 'unapproved-mark'}>
                {' '}
                {view.actual.approved ? t('figureApproved') : t('figureNotApproved')}
              </small>
            )}
          </dd>
        </div>
        {view?.latest && (
          <div>
            <dt>{t('latestFigure')}</dt>
            <dd>
              {view.latest.text}
              {period(view.latest.period)}
            </dd>
          </div>
        )}
        {view?.yearOnYear && (
          <div>
            <dt>{t('yoy')}</dt>
            <dd>{view.yearOnYear.text}</dd>
          </div>
        )}
        {view?.need && (
          <div>
            <dt>{t('neededPerYear')}</dt>
            <dd>{view.need}</dd>
          </div>
        )}
        {view?.pace && (
          <div>
            <dt>{t('why')}</dt>
            <dd>{view.pace}</dd>
          </div>
        )}
      </dl>
      {evaluation.achievement && view?.percentOfGoal && (
        <Meter
          ratio={evaluation.achievement.ratio}
          label={t('progressTerm')}
          text={view.percentOfGoal.text}
        />
      )}
      {plan && evaluation.plans[0] && (
        <Meter
          ratio={evaluation.plans[0].ratio}
          label={`${t('progressPlan')} (${plan.label})`}
          text={plan.percent.text}
        />
      )}
      <TrendChart
        series={chartSeries(target, observations, years)}
        years={years}
        decimals={target.kind === 'average-growth' ? Math.max(1, target.precision) : target.precision}
        unit={target.kind === 'average-growth' ? '%' : target.unit}
        label={`${target.code}. ${target.name}`}
        fileName={t('fileTarget', { code: target.code })}
      />
    </article>
  );
}

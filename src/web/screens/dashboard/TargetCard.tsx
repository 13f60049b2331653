/** One target on the dashboard: assessment, progress against term and plan, trend, needs. */
import type { TargetEvaluation } from '../../../core/evaluation-types';
import type { Observation } from '../../../core/model';
import { AssessmentBadge, Meter } from '../../components/Assessment';
import { chartSeries } from '../../components/chart-data';
import { TrendChart } from '../../components/TrendChart';
import { formatNumberVi, formatPeriodVi } from '../../lib/core';
import { formatChange, formatGoal, formatRatio, formatTargetValue } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { actualText } from '../../components/actual-text';

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
  const { target, achievement, plans, yearOnYear, requirement, final, latest } = evaluation;
  const plan = plans[0];
  const overridden = final.overridden.length > 0;
  // The measure may come from whole years while a newer quarter or month is already in.
  const latestDiffers =
    latest !== undefined &&
    achievement !== undefined &&
    target.goal.type === 'number' &&
    target.kind !== 'average-growth' &&
    target.kind !== 'cumulative-total' &&
    latest.value !== achievement.actual;
  const shown = actualText(evaluation, t('noData'));
  const need =
    requirement?.growthPerYear !== undefined
      ? `${formatNumberVi(requirement.growthPerYear, 2)}%/năm`
      : requirement?.amountPerYear !== undefined
        ? `${formatTargetValue(target, requirement.amountPerYear)}/năm`
        : undefined;
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
          <dd>{formatGoal(target)}</dd>
        </div>
        <div>
          <dt>{t('actual')}</dt>
          <dd>
            {shown}
            {latest && !latestDiffers && <small> ({formatPeriodVi(latest.period)})</small>}
          </dd>
        </div>
        {latest && latestDiffers && (
          <div>
            <dt>{t('latestFigure')}</dt>
            <dd>
              {formatTargetValue(target, latest.value)} <small>({formatPeriodVi(latest.period)})</small>
            </dd>
          </div>
        )}
        {yearOnYear && (
          <div>
            <dt>{t('yoy')}</dt>
            <dd>{formatChange(yearOnYear.change)}</dd>
          </div>
        )}
        {need && (
          <div>
            <dt>{t('neededPerYear')}</dt>
            <dd>{need}</dd>
          </div>
        )}
      </dl>
      {achievement && (
        <Meter ratio={achievement.ratio} label={t('progressTerm')} text={formatRatio(achievement.ratio)} />
      )}
      {plan && (
        <Meter
          ratio={plan.ratio}
          label={`${t('progressPlan')} (${plan.label})`}
          text={formatRatio(plan.ratio)}
        />
      )}
      <TrendChart
        series={chartSeries(target, observations, years)}
        years={years}
        decimals={target.precision}
        label={`${t('trend')} ${target.name}`}
      />
    </article>
  );
}

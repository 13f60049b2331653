/**
 * The scenario box: the growth the user expects for each remaining year of the term, and what
 * it gives at the end. Computed in the browser by the core (same rules as the server).
 */
import { useMemo, useState } from 'react';
import type { ResolutionDossier } from '../../../core';
import { parseNumberVi } from '../../lib/core';
import { useT } from '../../lib/i18n';
import { AssessmentBadge } from '../../components/Assessment';
import { evaluateScenario } from './scenario';

export function ScenarioBox({ dossier, asOf }: { dossier: ResolutionDossier; asOf: string }) {
  const t = useT();
  const candidates = dossier.targets.filter((target) => !target.dropped && target.goal.type === 'number');
  const [targetId, setTargetId] = useState(candidates[0]?.id ?? '');
  const [growthText, setGrowthText] = useState('10');
  const parsed = parseNumberVi(growthText);
  const result = useMemo(
    () => (parsed.ok && targetId ? evaluateScenario(dossier, targetId, parsed.value, asOf) : undefined),
    [dossier, targetId, parsed.ok, parsed.ok ? parsed.value : NaN, asOf],
  );
  if (candidates.length === 0) return null;
  const target = candidates.find((c) => c.id === targetId);

  return (
    <section className="panel scenario-box" aria-labelledby="scenario-title">
      <h2 id="scenario-title">{t('scenario')}</h2>
      <div className="form-row">
        <label className="grow">
          {t('target')}
          <select value={targetId} onChange={(event) => setTargetId(event.target.value)}>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.code}. {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('scenarioGrowth')}
          <input
            value={growthText}
            inputMode="decimal"
            onChange={(event) => setGrowthText(event.target.value)}
            aria-invalid={parsed.ok ? undefined : true}
            aria-describedby={parsed.ok ? undefined : 'scenario-error'}
          />
          {!parsed.ok && (
            <span id="scenario-error" className="field-error">
              {t('scenarioInvalid')}
            </span>
          )}
        </label>
      </div>
      {result && target && (
        <div className="scenario-result" role="status" data-testid="scenario-result">
          <p>
            {t('scenarioResult')}: {result.view?.forecast ?? '—'}
            {result.forecast?.ratio !== undefined &&
              ` (${result.view?.forecastPercent?.text ?? '—'} ${t('ofGoal')})`}
            {result.view?.need !== undefined && ` · ${t('growthNeeded', { rate: result.view.need })}`}
          </p>
          <AssessmentBadge light={result.suggestions.light} verdict={result.suggestions.verdict} />
        </div>
      )}
    </section>
  );
}

/**
 * Red targets of the unit's resolution with a request for explanation in one click: the leader
 * picks who answers (the person responsible for the target) and sends the standard question;
 * requests already sent show with their answers.
 */
import { useState } from 'react';
import { ErrorNotice } from '../../components/Notices';
import { api } from '../../lib/api';
import type { ResolutionView } from '../../lib/types';
import { useAsync } from '../../lib/use-async';
import { loadPeople, vietnamToday } from './api';
import { ExplanationItem } from './TaskPanel';
import type { Explanation } from './types';
import { w } from './words';

export function RedTargets({
  unitCode,
  resolutionId,
  explanations,
  onSent,
}: {
  unitCode: string;
  resolutionId: string;
  explanations: Explanation[];
  onSent: () => void;
}) {
  const data = useAsync(
    () =>
      Promise.all([
        api<ResolutionView>('GET', `/api/resolutions/${encodeURIComponent(resolutionId)}`),
        loadPeople(unitCode),
      ]),
    `${resolutionId}|${unitCode}`,
  );
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  if (!data.data) return null;
  const [resolution, people] = data.data;
  const red = resolution.evaluation.targets.filter((e) => e.final.light === 'red');
  if (!red.length) return null;
  const ask = async (targetId: string) => {
    setError(undefined);
    try {
      await api('POST', `/api/targets/${encodeURIComponent(targetId)}/explanations`, {
        question: w('defaultTargetQuestion'),
        dueOn: vietnamToday(5),
        addresseeUserId: chosen[targetId],
      });
      onSent();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="panel red-targets" data-testid="red-targets">
      <h3>{w('redTargets', { n: red.length, of: resolution.evaluation.targets.length })}</h3>
      {error !== undefined && <ErrorNotice error={error} />}
      <ul className="explanations">
        {red.map((e) => (
          <li key={e.target.id} className="red-target">
            <p>
              <span className="badge badge-red">
                <span className="badge-dot" aria-hidden="true" />
                {e.target.code}
              </span>{' '}
              {e.target.name}
            </p>
            <div className="inline-form">
              <select
                value={chosen[e.target.id] ?? ''}
                onChange={(event) => setChosen({ ...chosen, [e.target.id]: event.target.value })}
                aria-label={w('owner')}
              >
                <option value="">{w('nobody')}</option>
                {people.map((p) => (
                  <option key={p.userId} value={p.userId}>
                    {p.displayName} ({p.username})
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button-small"
                disabled={!chosen[e.target.id]}
                onClick={() => void ask(e.target.id)}
              >
                {w('askExplanation')}
              </button>
            </div>
            <ul className="explanations">
              {explanations
                .filter((x) => x.targetId === e.target.id)
                .map((x) => (
                  <ExplanationItem key={x.id} explanation={x} canAnswer={false} onChanged={onSent} />
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

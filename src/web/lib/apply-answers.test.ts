import { describe, expect, it } from 'vitest';
import type { DossierEvaluation } from '../../core';
import type { ResolutionDossier } from '../../core';
import { withDecision, withFigures, withSavedFigures } from './apply-answers';
import type { ResolutionView, SavedFigure } from './types';

const evaluation = (asOf: string) =>
  ({ asOf, targets: [], summary: {}, narrative: [asOf] }) as unknown as DossierEvaluation;
const figure = (revision: number, value: number): SavedFigure => ({
  id: `o${revision}`,
  targetId: 't1',
  period: '2023',
  revision,
  value,
  status: 'estimate',
  deleted: false,
  recordedAt: '2025-06-01T08:00:00.000Z',
});
const view: ResolutionView = {
  id: 'r1',
  dossier: { observations: [figure(1, 10)] } as unknown as ResolutionDossier,
  evaluation: evaluation('2022'),
};

describe('a write answer applied to the resolution on screen', () => {
  it('adds the saved revisions once and takes the evaluation the server made after the save', () => {
    const next = withSavedFigures(view, {
      revisions: [figure(1, 10), figure(2, 12)],
      evaluation: evaluation('2023'),
    });
    expect(next.dossier.observations.map((o) => o.revision)).toEqual([1, 2]);
    expect(next.evaluation.asOf).toBe('2023');
    expect(view.dossier.observations).toHaveLength(1);
  });

  it("shows the other person's figure taken from a conflict", () => {
    expect(withFigures(view, [figure(3, 14)]).dossier.observations.map((o) => o.value)).toEqual([10, 14]);
    expect(withFigures(view, [])).toBe(view);
  });

  it('takes the evaluation of the whole resolution after a decision', () => {
    const next = withDecision(view, { evaluation: null, resolutionEvaluation: evaluation('2024') });
    expect(next.evaluation.narrative).toEqual(['2024']);
    expect(next.dossier).toBe(view.dossier);
  });
});

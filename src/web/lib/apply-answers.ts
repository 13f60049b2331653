/**
 * A write's answer applied to the resolution on screen, so that a screen redraws from what the
 * server answered (the figures written, the evaluation it made once after the write) instead of
 * loading and evaluating the whole resolution again.
 */
import type { FiguresSaved, OverrideSaved, OverrideWithdrawn, ResolutionView, SavedFigure } from './types';

/** The resolution with figures someone saved added to its dossier (every revision is kept there;
 * the grid shows the one in force). */
export function withFigures(view: ResolutionView, figures: readonly SavedFigure[]): ResolutionView {
  if (figures.length === 0) return view;
  const known = new Set(view.dossier.observations.map((o) => `${o.targetId}|${o.period}|${o.revision}`));
  const added = figures.filter((f) => !known.has(`${f.targetId}|${f.period}|${f.revision}`));
  return { ...view, dossier: { ...view.dossier, observations: [...view.dossier.observations, ...added] } };
}

/** The resolution after a save of the grid: the revisions written and the evaluation after. */
export function withSavedFigures(view: ResolutionView, answer: FiguresSaved): ResolutionView {
  return { ...withFigures(view, answer.revisions), evaluation: answer.evaluation };
}

/** The resolution after a final label was set or withdrawn: the evaluation after the decision
 * (the target's row, the counts and the narrative all come from it). */
export function withDecision(
  view: ResolutionView,
  answer: OverrideSaved | OverrideWithdrawn,
): ResolutionView {
  return { ...view, evaluation: answer.resolutionEvaluation };
}

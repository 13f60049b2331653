/**
 * Answers about figures, plans and final labels. A write answers with what a screen needs to
 * redraw without loading the resolution again: the revisions written and the evaluation after.
 */
import { z } from 'zod';
import { BANDS, LIGHTS, VERDICTS } from '../../core';
import { observationFields, observationValueSchema, planSchema } from '../records.schema';
import { periodCodeSchema, valueStatusSchema } from '../primitives.schema';
import { dossierEvaluationOut, targetEvaluationOut } from './core-types.schema';

const revisionFields = {
  id: z.string(),
  targetId: z.string(),
  period: periodCodeSchema,
  revision: z.number().int().min(1),
  deleted: z.boolean(),
  source: z.string().optional(),
  comment: z.string().optional(),
  hedge: observationFields.hedge,
  recordedAt: z.string().describe('Thời điểm ghi (ISO 8601)'),
  recordedBy: z.string().optional().describe('Mã người ghi'),
  recordedByName: z.string().optional().describe('Tên đăng nhập của người ghi'),
};

/** One revision of a figure in its history: a deletion has neither value nor status. */
export const observationRevisionOut = z.strictObject({
  ...revisionFields,
  value: observationValueSchema.optional(),
  status: valueStatusSchema.optional(),
});

/** A revision of a figure that is in force (not a deletion): a core `Observation` and more. */
export const figureRevisionOut = z.strictObject({
  ...revisionFields,
  value: observationValueSchema,
  status: valueStatusSchema,
});

/** GET /api/targets/:id/observations. */
export const observationHistoryAnswer = z.strictObject({ revisions: z.array(observationRevisionOut) });

/** POST /api/resolutions/:id/observations: the revisions written, and the whole resolution
 * evaluated once after the save (every target, summary, narrative), as of `?asOf`. */
export const figuresSavedAnswer = z.strictObject({
  revisions: z.array(figureRevisionOut),
  evaluation: dossierEvaluationOut,
});

/** DELETE /api/targets/:id/observations/:period: the deletion (a revision without value, the
 * reason as its comment) and the whole resolution evaluated after it, as of `?asOf`. */
export const figureDeletedAnswer = z.strictObject({
  revision: observationRevisionOut,
  evaluation: dossierEvaluationOut,
});

/** One figure someone else saved in between, in the details of a 409 `revision_conflict`:
 * `current` is its revision now (a deletion, or null when it was never saved). */
export const revisionConflictOut = z.strictObject({
  targetId: z.string(),
  period: z.string(),
  expectedRevision: z.number(),
  current: observationRevisionOut.nullable(),
});

/** `error.details` of a 409 `revision_conflict`. */
export const revisionConflictDetails = z.object({ conflicts: z.array(revisionConflictOut) });

const { targetId: _planTarget, ...planFields } = planSchema.shape;

/** A plan as it stands after a write. */
export const planRevisionOut = z.strictObject({
  targetId: z.string(),
  ...planFields,
  revision: z.number().int().min(1),
  deleted: z.boolean(),
  recordedAt: z.string(),
  recordedBy: z.string().optional(),
});

/** PUT /api/targets/:id/plans. */
export const plansAnswer = z.strictObject({
  plans: z.array(planRevisionOut),
  evaluation: targetEvaluationOut.nullable(),
});

/** POST /api/resolutions/:id/plans: the plans in force of the targets given (all saved or none),
 * and the whole resolution evaluated once after the save, as of `?asOf`. */
export const resolutionPlansAnswer = z.strictObject({
  plans: z.array(planRevisionOut),
  evaluation: dossierEvaluationOut,
});

/** A decision of the committee on a target's label (or its withdrawal: no label). */
export const overrideRevisionOut = z.strictObject({
  id: z.string(),
  targetId: z.string(),
  scheme: z.enum(['verdict', 'band', 'light']),
  label: z.enum([...VERDICTS, ...BANDS, ...LIGHTS]).optional(),
  reason: z.string(),
  revision: z.number().int().min(1),
  withdrawn: z.boolean(),
  suggestion: z.unknown().optional().describe('Gợi ý của hệ thống khi quyết định'),
  decidedAt: z.string(),
  decidedBy: z.string().optional(),
  decidedByName: z.string().optional(),
  causes: z.string().optional(),
  owner: z.string().optional(),
});

/** POST /api/targets/:id/overrides: the decision, the target's evaluation, and the whole
 * resolution's evaluation after it (counts and narrative change with a final label). */
export const overrideAnswer = z.strictObject({
  override: overrideRevisionOut,
  evaluation: targetEvaluationOut.nullable(),
  resolutionEvaluation: dossierEvaluationOut,
});

/** POST /api/targets/:id/overrides/withdraw. */
export const overrideWithdrawnAnswer = overrideAnswer.omit({ override: true });

/** GET /api/targets/:id/overrides. */
export const overridesAnswer = z.strictObject({ overrides: z.array(overrideRevisionOut) });

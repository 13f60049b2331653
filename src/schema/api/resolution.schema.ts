/** Answers about a resolution and its targets: each carries the core's evaluation as of `?asOf`. */
import { z } from 'zod';
import {
  adjustmentOut,
  dossierEvaluationOut,
  resolutionDossierOut,
  targetEvaluationOut,
  targetOut,
} from './core-types.schema';

/** GET /api/resolutions/:id and POST /api/units/:code/resolutions. */
export const resolutionAnswer = z.strictObject({
  id: z.string(),
  dossier: resolutionDossierOut,
  evaluation: dossierEvaluationOut,
});

/** A target written (added, corrected, dropped) with its evaluation (null if it has none). */
export const targetAnswer = z.strictObject({
  target: targetOut,
  evaluation: targetEvaluationOut.nullable(),
});

/** POST /api/targets/:id/adjustments. */
export const adjustmentAnswer = targetAnswer.extend({ adjustment: adjustmentOut });

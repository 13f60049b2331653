/**
 * The API's answers as the web app reads them: every type here is taken from the response
 * schemas the server declares and its tests enforce (src/schema/api), never restated. The imports
 * are type-only, so zod stays out of the browser bundle.
 */
import type { z } from 'zod';
import type { observationInputSchema } from '../../schema';
import type {
  figureRevisionOut,
  figuresSavedAnswer,
  importJobOut,
  importStartedAnswer,
  meAnswer,
  observationHistoryAnswer,
  observationRevisionOut,
  overrideAnswer,
  overrideWithdrawnAnswer,
  resolutionAnswer,
  resolutionsAnswer,
  resolutionSummaryOut,
  revisionConflictOut,
  roleGrantOut,
  roleOut,
  unitOut,
  unitsAnswer,
  userOut,
} from '../../schema/api';

export type Role = z.output<typeof roleOut>;
export type SessionUser = z.output<typeof userOut>;
export type RoleGrant = z.output<typeof roleGrantOut>;
/** `GET /api/auth/me` and `POST /api/auth/login`. */
export type Me = z.output<typeof meAnswer>;

/** A unit of `GET /api/units`, with the user's highest role on it. */
export type UnitNode = z.output<typeof unitOut>;
export type UnitsAnswer = z.output<typeof unitsAnswer>;

export type ResolutionSummary = z.output<typeof resolutionSummaryOut>;
export type ResolutionsAnswer = z.output<typeof resolutionsAnswer>;
/** `GET /api/resolutions/:id`: the dossier and the core's evaluation as of a period. */
export type ResolutionView = z.output<typeof resolutionAnswer>;

/** One revision of a figure as the history answers it (a deletion has no value). */
export type ObservationRevision = z.output<typeof observationRevisionOut>;
export type ObservationHistory = z.output<typeof observationHistoryAnswer>;
/** One figure sent by the grid, with the revision it was typed against. */
export type ObservationInput = z.input<typeof observationInputSchema>;
/** `POST /api/resolutions/:id/observations`: the revisions written and the evaluation after. */
export type FiguresSaved = z.output<typeof figuresSavedAnswer>;

/** A figure in force as the server answers it (not a deletion): value and status are there. */
export type SavedFigure = z.output<typeof figureRevisionOut>;
/** A figure someone else saved meanwhile, as `error.details.conflicts` of a 409 carries it. */
export type RevisionConflictAnswer = z.output<typeof revisionConflictOut>;
/** A conflict as the grid shows it: the other person's figure, or null when none is in force. */
export type RevisionConflict = Omit<RevisionConflictAnswer, 'current'> & { current: SavedFigure | null };

/** `POST /api/targets/:id/overrides` and `…/overrides/withdraw`. */
export type OverrideSaved = z.output<typeof overrideAnswer>;
export type OverrideWithdrawn = z.output<typeof overrideWithdrawnAnswer>;

export type ImportJob = z.output<typeof importJobOut>;
export type ImportStarted = z.output<typeof importStartedAnswer>;

export interface CompareUnit {
  unitCode: string;
  unitName: string;
  value: number;
  period: string;
  /** 1 = best; ties share a rank. */
  rank: number;
  /** value / reference (the parent's own value when known, else the siblings' average). */
  multiple: number | null;
  achievementRatio: number | null;
}

export interface CompareResult {
  indicator: string;
  asOf: string | null;
  parent: { unitCode: string; unitName: string; value: number | null; period: string | null };
  direction: 'higher-is-better' | 'lower-is-better';
  average: number | null;
  reference: { label: 'parent' | 'average'; value: number } | null;
  units: CompareUnit[];
  /** Codes of the units below the parent without a value. */
  missing: string[];
}

/** Shapes of the API answers the web app reads (see docs/API.md), on top of the core's model. */
import type { DossierEvaluation } from '../../core/evaluation-types';
import type { Observation, ResolutionDossier, UnitRef, ValueStatus } from '../../core/model';
import type { ImportResult } from '../../excel/import.service';

export type Role = 'admin' | 'editor' | 'approver' | 'viewer';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
}

export interface RoleGrant {
  unitCode: string;
  role: Role;
}

export interface Me {
  user: SessionUser;
  roles: RoleGrant[];
  csrfToken: string;
}

export interface UnitNode extends UnitRef {
  /** The user's highest role on this unit (from the assignments on it or above it). */
  role?: Role | null;
  validFrom?: string;
  validTo?: string;
  children?: UnitNode[];
}

export interface ResolutionSummary {
  id: string;
  title: string;
  term?: string;
  congressNumber?: number;
}

export interface ResolutionView {
  dossier: ResolutionDossier & { id?: string };
  evaluation: DossierEvaluation;
}

/** One revision of a figure as the history endpoint returns it. */
export interface ObservationRevision extends Observation {
  /** A deletion is recorded as a revision too. */
  deleted?: boolean;
  recordedBy?: string;
  recordedByName?: string;
}

export interface ObservationInput {
  targetId: string;
  period: string;
  value: Observation['value'];
  status: ValueStatus;
  source?: string;
  comment?: string;
  expectedRevision: number;
}

/** The figure as someone else saved it meanwhile. */
export type SavedFigure = Observation & { recordedBy?: string; recordedByName?: string };

export interface RevisionConflict {
  targetId: string;
  period: string;
  expectedRevision?: number;
  /** The figure as it is now (null if it is no longer there). */
  current: SavedFigure | null;
}

export interface ImportJob {
  id: string;
  state: 'running' | 'succeeded' | 'failed';
  stage?: 'parse' | 'validate' | 'write' | 'done';
  /** 0-100. */
  progress: number;
  errors: { path?: string; message: string; sheet?: string; row?: number; column?: string }[];
  message?: string;
  result?: ImportResult;
}

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

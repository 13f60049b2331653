/**
 * Saving the grid: one all-or-nothing POST of every changed cell, each with the revision it was
 * typed against. The answer is turned into what the grid shows: done, errors per cell, or the
 * other person's figures for the cells someone saved in between.
 */
import type { Target } from '../../../core';
import { api, ApiError } from '../../lib/api';
import type {
  FiguresSaved,
  ObservationInput,
  RevisionConflict,
  RevisionConflictAnswer,
  SavedFigure,
} from '../../lib/types';
import { parseCellText } from './cell-value';
import { cellKey } from './grid-model';
import type { Edits } from './use-edits';

export type SaveOutcome =
  | { kind: 'saved'; count: number; answer: FiguresSaved }
  | { kind: 'nothing' }
  | { kind: 'invalid'; count: number }
  | { kind: 'rejected'; error: ApiError; cellErrors: Map<string, string> }
  | { kind: 'conflict'; error: ApiError; conflicts: RevisionConflict[] }
  | { kind: 'failed'; error: unknown };

/** Builds the request items; undefined when a cell still has an error. */
export function buildItems(
  edits: Edits,
  targets: Map<string, Target>,
): { items: ObservationInput[]; keys: string[] } | undefined {
  const items: ObservationInput[] = [];
  const keys: string[] = [];
  for (const [key, edit] of Object.entries(edits)) {
    const target = targets.get(edit.targetId);
    if (!target) continue;
    const parsed = parseCellText(target, edit.text);
    if (!parsed.ok) return undefined;
    items.push({
      targetId: edit.targetId,
      period: edit.period,
      value: parsed.value,
      ...(parsed.hedge ? { hedge: parsed.hedge } : {}),
      status: edit.status,
      source: edit.source.trim() || undefined,
      comment: edit.comment.trim() || undefined,
      expectedRevision: edit.expectedRevision,
    });
    keys.push(key);
  }
  return { items, keys };
}

/** The other person's figure, or null when none is in force (never saved, or deleted). */
function inForce(current: RevisionConflictAnswer['current']): SavedFigure | null {
  if (!current || current.deleted || current.value === undefined || current.status === undefined) return null;
  return { ...current, value: current.value, status: current.status };
}

/** The conflicts of a 409 `revision_conflict` (`error.details.conflicts`). */
export function conflictsOf(error: ApiError): RevisionConflict[] {
  const details = error.details as { conflicts?: RevisionConflictAnswer[] } | undefined;
  return (details?.conflicts ?? []).map(({ current, ...conflict }) => ({
    ...conflict,
    current: inForce(current),
  }));
}

/** Maps issues "items.3.value" (or "items.3") to the cell of item 3. */
export function cellErrorsOf(error: ApiError, keys: string[]): Map<string, string> {
  const messages = new Map<string, string>();
  for (const issue of error.issues) {
    const match = /^items\.(\d+)/.exec(issue.path);
    const key = match ? keys[Number(match[1])] : undefined;
    if (key) messages.set(key, messages.has(key) ? `${messages.get(key)} ${issue.message}` : issue.message);
  }
  return messages;
}

export async function saveFigures(
  resolutionId: string,
  edits: Edits,
  targets: Map<string, Target>,
): Promise<SaveOutcome> {
  const errors = Object.values(edits).filter((edit) => edit.error).length;
  if (errors > 0) return { kind: 'invalid', count: errors };
  const built = buildItems(edits, targets);
  if (!built) return { kind: 'invalid', count: 1 };
  if (built.items.length === 0) return { kind: 'nothing' };
  try {
    const answer = await api<FiguresSaved>(
      'POST',
      `/api/resolutions/${encodeURIComponent(resolutionId)}/observations`,
      { items: built.items },
    );
    return { kind: 'saved', count: built.items.length, answer };
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: 'failed', error };
    if (error.code === 'revision_conflict') {
      const conflicts = conflictsOf(error).filter((c) => built.keys.includes(cellKey(c.targetId, c.period)));
      return { kind: 'conflict', error, conflicts };
    }
    const cellErrors = cellErrorsOf(error, built.keys);
    if (cellErrors.size > 0) return { kind: 'rejected', error, cellErrors };
    return { kind: 'failed', error };
  }
}

/**
 * The figures typed but not yet saved, one per cell, with their status, source, comment, the
 * revision they were typed against, their error and any conflict with someone else's save.
 * Kept in sessionStorage too, so a reload or a failed save never loses what was typed.
 */
import { useCallback, useEffect, useState } from 'react';
import type { FigureInForce } from '../../lib/core';
import type { Target, ValueStatus } from '../../../core';
import type { RevisionConflict, SavedFigure } from '../../lib/types';
import { formatCellValue, parseCellText } from './cell-value';
import { cellKey } from './grid-model';

export interface CellEdit {
  targetId: string;
  period: string;
  text: string;
  status: ValueStatus;
  source: string;
  comment: string;
  expectedRevision: number;
  error?: string;
  serverError?: string;
  conflict?: SavedFigure;
}

export type Edits = Record<string, CellEdit>;
export type MetaPatch = Partial<Pick<CellEdit, 'status' | 'source' | 'comment'>>;

function storageKey(resolutionId: string): string {
  return `vedich.edits.${resolutionId}`;
}

function loadStored(resolutionId: string): Edits {
  try {
    const text = sessionStorage.getItem(storageKey(resolutionId));
    return text ? (JSON.parse(text) as Edits) : {};
  } catch {
    return {};
  }
}

function startEdit(
  target: Target,
  period: string,
  base: FigureInForce | undefined,
  defaultStatus: ValueStatus,
): CellEdit {
  return {
    targetId: target.id,
    period,
    text: formatCellValue(target, base?.value, base?.hedge),
    status: base?.status ?? defaultStatus,
    source: base?.source ?? '',
    comment: base?.comment ?? '',
    expectedRevision: base?.latestRevision ?? 0,
  };
}

/** Whether an edit still differs from what is saved (otherwise it is dropped). */
function differs(target: Target, edit: CellEdit, base: FigureInForce | undefined): boolean {
  if (!base) return edit.text.trim() !== '' || edit.source !== '' || edit.comment !== '';
  return (
    edit.text.trim() !== formatCellValue(target, base.value, base.hedge) ||
    edit.status !== base.status ||
    edit.source !== (base.source ?? '') ||
    edit.comment !== (base.comment ?? '') ||
    edit.conflict !== undefined
  );
}

function validate(target: Target, edit: CellEdit): CellEdit {
  const parsed = parseCellText(target, edit.text);
  return { ...edit, error: parsed.ok ? undefined : parsed.message, serverError: undefined };
}

export function useEdits(resolutionId: string) {
  const [edits, setEdits] = useState<Edits>(() => loadStored(resolutionId));

  useEffect(() => {
    try {
      if (Object.keys(edits).length === 0) sessionStorage.removeItem(storageKey(resolutionId));
      else sessionStorage.setItem(storageKey(resolutionId), JSON.stringify(edits));
    } catch {
      // storage full or disabled: edits stay in memory
    }
  }, [edits, resolutionId]);

  const update = useCallback(
    (
      target: Target,
      period: string,
      base: FigureInForce | undefined,
      defaultStatus: ValueStatus,
      change: (edit: CellEdit) => CellEdit,
    ) => {
      setEdits((previous) => {
        const key = cellKey(target.id, period);
        const current = previous[key] ?? startEdit(target, period, base, defaultStatus);
        const next = validate(target, change(current));
        const copy = { ...previous };
        if (next.text.trim() === '' && !base) delete copy[key];
        else if (!differs(target, next, base)) delete copy[key];
        else copy[key] = next;
        return copy;
      });
    },
    [],
  );

  /** Sets the text of several cells at once (typing commits one, a paste many). */
  const commitTexts = useCallback(
    (
      cells: { target: Target; period: string; base: FigureInForce | undefined; text: string }[],
      defaultStatus: ValueStatus,
    ) => {
      for (const cell of cells)
        update(cell.target, cell.period, cell.base, defaultStatus, (edit) => ({ ...edit, text: cell.text }));
    },
    [update],
  );

  const setMeta = useCallback(
    (
      target: Target,
      period: string,
      base: FigureInForce | undefined,
      defaultStatus: ValueStatus,
      patch: MetaPatch,
    ) => update(target, period, base, defaultStatus, (edit) => ({ ...edit, ...patch })),
    [update],
  );

  const revert = useCallback((key: string) => {
    setEdits((previous) => {
      const copy = { ...previous };
      delete copy[key];
      return copy;
    });
  }, []);

  /** Marks cells the server refused: its message on the cell, the edit kept. */
  const markServerErrors = useCallback((messages: Map<string, string>) => {
    setEdits((previous) => {
      const copy = { ...previous };
      for (const [key, message] of messages) {
        const edit = copy[key];
        if (edit) copy[key] = { ...edit, serverError: message };
      }
      return copy;
    });
  }, []);

  const markConflicts = useCallback((conflicts: RevisionConflict[]) => {
    setEdits((previous) => {
      const copy = { ...previous };
      for (const conflict of conflicts) {
        const key = cellKey(conflict.targetId, conflict.period);
        const edit = copy[key];
        if (!edit) continue;
        // Nothing saved any more: the next save is a first entry, nothing to choose between.
        copy[key] = conflict.current
          ? { ...edit, conflict: conflict.current }
          : { ...edit, expectedRevision: 0 };
      }
      return copy;
    });
  }, []);

  /** Keeps the typed value over someone else's save: the next save is against their revision. */
  const keepMine = useCallback((key: string) => {
    setEdits((previous) => {
      const edit = previous[key];
      if (!edit?.conflict) return previous;
      return {
        ...previous,
        [key]: { ...edit, expectedRevision: edit.conflict.revision, conflict: undefined },
      };
    });
  }, []);

  const clear = useCallback(() => setEdits({}), []);

  return { edits, commitTexts, setMeta, revert, markServerErrors, markConflicts, keepMine, clear };
}

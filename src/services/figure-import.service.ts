/**
 * The figures of an import written as a set, inside the import's transaction. The rules are
 * those of {@link recordObservations} (every figure checked against its target, the targets
 * locked, approved periods refused with `locked`, every figure's expected revision still the
 * current one or `revision_conflict` listing them all), but the checks run over the whole set and
 * the revisions go in with one statement per chunk. The audit log gets one row for the import
 * (`observation.import`, entity `import`, its id) with the count and the ids of the revisions
 * written (`<import id>-0000001` to `-<n>`): each revision keeps who recorded it and when, and the
 * one it replaces stays in the table, so nothing of a figure's history is lost.
 */
import type { Hedge, Observation, PeriodCode, ValueStatus } from '../core';
import type { Sql } from '../db/database';
import { insertAudit } from '../db/audit.repository';
import {
  importRevisionId,
  insertRevisionsBulk,
  selectRevisionMismatches,
} from '../db/observation-bulk.repository';
import { figureKey, selectCurrentRevisions } from '../db/observation.repository';
import { lockTargets, selectTarget } from '../db/target.repository';
import { assertPeriodsOpen } from './approval-lock';
import { AppError, type Actor, type Issue } from './app-error';
import { inSlices, turnEvery, type SliceOptions } from './event-loop';
import { checkObservation } from './figure-checks';
import { conflictError } from './observation.service';
import { nulIssues } from './text-checks';

/** One imported figure with the revision the file was checked against (0: none yet). */
export interface ImportedFigure {
  targetId: string;
  period: PeriodCode;
  value: Observation['value'];
  status: ValueStatus;
  source?: string;
  comment?: string;
  /** The hedge written before the figure ("trên 3.200"), kept as entered. */
  hedge?: Hedge;
  expectedRevision: number;
}

/** Figures per statement: up to 5.000 (set speed on the server); on the embedded database, which
 * runs each statement on the server's thread, as many as it writes in about 20 ms. */
export const FIGURE_SLICES: SliceOptions = { first: 500, max: 5000, budgetMs: 20 };

/** The longest the checks run without a turn of the event loop. */
const TURN_MS = 10;

/** What the import's audit row records. */
export interface FigureImportAudit {
  resolutionId: string;
  figures: number;
  firstRevisionId: string;
  lastRevisionId: string;
  filename?: string;
}

/** Writes the figures inside the open transaction `tx`; all of them or (by throwing) none. */
export async function recordImportedFigures(
  tx: Sql,
  actor: Actor,
  resolutionId: string,
  figures: readonly ImportedFigure[],
  importId: string,
  options: { filename?: string; progress?: (done: number, total: number) => void } = {},
): Promise<number> {
  if (!figures.length) return 0;
  const ids = [...new Set(figures.map((f) => f.targetId))];
  const targets = new Map((await lockTargets(tx, resolutionId, ids)).map((t) => [t.id, t]));
  // The same checks as nulIssues(figures, 'items') then checkObservation, figure by figure,
  // with a turn of the event loop every few milliseconds.
  const issues: Issue[] = [];
  const turn = turnEvery(TURN_MS);
  for (const [n, f] of figures.entries()) {
    nulIssues(f, `items.${n}`, issues, 1);
    await turn();
  }
  const seen = new Set<string>();
  for (const [n, f] of figures.entries()) {
    const p = `items.${n}`;
    const target = targets.get(f.targetId);
    if (!target) issues.push({ path: `${p}.targetId`, message: 'Chỉ tiêu không thuộc nghị quyết này.' });
    else issues.push(...checkObservation(target, f, p));
    const key = figureKey(f.targetId, f.period);
    if (seen.has(key))
      issues.push({ path: `${p}.period`, message: 'Số liệu này xuất hiện hai lần trong cùng lần lưu.' });
    seen.add(key);
    await turn();
  }
  if (issues.length)
    throw new AppError('validation_failed', 'Có số liệu chưa hợp lệ; chưa lưu số liệu nào.', { issues });
  await assertPeriodsOpen(tx, resolutionId, figures);

  const mismatched: number[] = [];
  await inSlices(
    figures,
    async (slice, offset) => {
      const found = await selectRevisionMismatches(
        tx,
        slice.map((f) => ({ targetId: f.targetId, period: f.period, expected: f.expectedRevision })),
      );
      for (const n of found) mismatched.push(offset + n);
    },
    FIGURE_SLICES,
  );
  if (mismatched.length) {
    const stale = mismatched.map((n) => figures[n] as ImportedFigure);
    const current = await selectCurrentRevisions(tx, stale);
    throw conflictError(
      stale.map((f) => ({
        targetId: f.targetId,
        period: f.period,
        expectedRevision: f.expectedRevision,
        current: current.get(figureKey(f.targetId, f.period)) ?? null,
      })),
    );
  }

  const by = { userId: actor.userId, name: actor.username ?? null };
  await inSlices(
    figures,
    async (slice, offset) => {
      await insertRevisionsBulk(
        tx,
        importId,
        offset + 1,
        slice.map((f) => ({ ...f, revision: f.expectedRevision + 1 })),
        by,
      );
      options.progress?.(offset + slice.length, figures.length);
    },
    FIGURE_SLICES,
  );
  const unitCode = (await selectTarget(tx, ids[0] ?? ''))?.unitCode ?? null;
  const after: FigureImportAudit = {
    resolutionId,
    figures: figures.length,
    firstRevisionId: importRevisionId(importId, 1),
    lastRevisionId: importRevisionId(importId, figures.length),
    ...(options.filename ? { filename: options.filename } : {}),
  };
  await insertAudit(tx, actor, {
    action: 'observation.import',
    entity: 'import',
    entityId: importId,
    unitCode,
    after,
  });
  return figures.length;
}

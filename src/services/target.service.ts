/**
 * Targets of a resolution: add, correct, adjust by a decision, drop by a decision. A target is
 * never deleted; every change runs in one transaction with an audit row holding before and after.
 * `target.goal` is the goal in force: an adjustment records old and new goal and sets it.
 */
import type { Adjustment, IsoDate, Target, TargetGoal } from '../core';
import type { Database, Sql } from '../db/database';
import { insertAudit } from '../db/audit.repository';
import {
  insertAdjustment,
  insertTarget,
  markDropped,
  nextSortOrder,
  selectTarget,
  updateTargetRow,
} from '../db/target.repository';
import { newId } from '../db/values';
import { AppError, type Actor } from './app-error';
import { checkDecision, checkGoal, checkTarget } from './target-checks';
import { nulIssues } from './text-checks';

/** A target with where it belongs. */
export interface TargetContext {
  target: Target;
  resolutionId: string;
  unitCode: string;
  sortOrder: number;
}

/** The target (locked for update inside a transaction) or not_found. */
export async function lockTarget(tx: Sql, targetId: string): Promise<TargetContext> {
  const found = await selectTarget(tx, targetId, { forUpdate: true });
  if (!found) throw new AppError('not_found', 'Không tìm thấy chỉ tiêu.');
  return found;
}

/** The target with its resolution and unit code, or null (for access checks before a change). */
export function getTarget(db: Sql, targetId: string): Promise<TargetContext | null> {
  return selectTarget(db, targetId);
}

function invalid(issues: ReturnType<typeof checkTarget>): never {
  throw new AppError('validation_failed', 'Thông tin chỉ tiêu chưa hợp lệ.', { issues });
}

async function checkParent(
  tx: Sql,
  resolutionId: string,
  parentId: string | undefined,
  selfId: string,
): Promise<void> {
  if (parentId === undefined) return;
  const parent = await selectTarget(tx, parentId);
  if (!parent || parent.resolutionId !== resolutionId || parentId === selfId)
    invalid([{ path: 'parentId', message: 'Chỉ tiêu cha không thuộc nghị quyết này.' }]);
  // The new parent must not lie below the target itself (no cycles).
  const rows = await tx.query<{ id: string }>(
    `with recursive up(id, parent_id, depth) as (
       select id, parent_id, 0 from targets where id = $1
       union all
       select t.id, t.parent_id, up.depth + 1 from targets t join up on t.id = up.parent_id where up.depth < 100
     )
     select id from up where id = $2 limit 1`,
    [parentId, selfId],
  );
  if (rows.length)
    invalid([{ path: 'parentId', message: 'Chỉ tiêu cha không được là chỉ tiêu con của chính nó.' }]);
}

/** Adds a target to a resolution; returns it with its new id. */
export async function addTarget(
  db: Database,
  actor: Actor,
  resolutionId: string,
  input: Omit<Target, 'id'>,
): Promise<Target> {
  const issues = [
    ...nulIssues(input, ''),
    ...checkTarget(input, 'target').map((i) => ({ ...i, path: i.path.replace(/^target\./, '') })),
  ];
  if (issues.length) invalid(issues);
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ code: string }>(
      'select u.code from resolutions r join units u on u.id = r.unit_id where r.id = $1 for update of r',
      [resolutionId],
    );
    if (!rows[0]) throw new AppError('not_found', 'Không tìm thấy nghị quyết.');
    const target: Target = { ...input, id: newId() };
    await checkParent(tx, resolutionId, target.parentId, target.id);
    await insertTarget(tx, resolutionId, target, await nextSortOrder(tx, resolutionId));
    await insertAudit(tx, actor, {
      action: 'target.create',
      entity: 'target',
      entityId: target.id,
      unitCode: rows[0].code,
      after: target,
    });
    return target;
  });
}

/** Corrects attributes of a target (not its id, nor `dropped`: use {@link dropTarget}). */
export async function updateTarget(
  db: Database,
  actor: Actor,
  targetId: string,
  patch: Partial<Omit<Target, 'id' | 'dropped'>>,
): Promise<Target> {
  const nul = nulIssues(patch, '');
  if (nul.length) invalid(nul);
  return db.transaction(async (tx) => {
    const ctx = await lockTarget(tx, targetId);
    // The id and the dropped decision are not attributes a correction may change.
    const next: Target = { ...ctx.target, ...patch, id: ctx.target.id };
    if (ctx.target.dropped) next.dropped = ctx.target.dropped;
    else delete next.dropped;
    for (const key of Object.keys(next) as (keyof Target)[]) if (next[key] === undefined) delete next[key];
    const issues = checkTarget(next, 'target').map((i) => ({ ...i, path: i.path.replace(/^target\./, '') }));
    if (issues.length) invalid(issues);
    await checkParent(tx, ctx.resolutionId, next.parentId, next.id);
    await updateTargetRow(tx, next, ctx.sortOrder);
    await insertAudit(tx, actor, {
      action: 'target.update',
      entity: 'target',
      entityId: targetId,
      unitCode: ctx.unitCode,
      before: ctx.target,
      after: next,
    });
    return next;
  });
}

/** Records an adjustment of a target's goal by a decision and puts the new goal in force. */
export async function recordAdjustment(
  db: Database,
  actor: Actor,
  targetId: string,
  input: { newGoal: TargetGoal; decision: string; date: IsoDate; reason?: string },
): Promise<Adjustment> {
  const issues = [
    ...checkGoal(input.newGoal, 'newGoal'),
    ...checkDecision(input, '').map((i) => ({ ...i, path: i.path.slice(1) })),
  ];
  if (issues.length)
    throw new AppError('validation_failed', 'Thông tin điều chỉnh chỉ tiêu chưa hợp lệ.', { issues });
  return db.transaction(async (tx) => {
    const ctx = await lockTarget(tx, targetId);
    const adjustment: Adjustment = {
      targetId,
      oldGoal: ctx.target.goal,
      newGoal: input.newGoal,
      decision: input.decision.trim(),
      date: input.date,
      ...(input.reason ? { reason: input.reason } : {}),
      recordedBy: actor.username ?? actor.userId ?? 'system',
    };
    const id = await insertAdjustment(tx, adjustment);
    const next = { ...ctx.target, goal: input.newGoal };
    await updateTargetRow(tx, next, ctx.sortOrder);
    await insertAudit(tx, actor, {
      action: 'target.adjust',
      entity: 'target',
      entityId: targetId,
      unitCode: ctx.unitCode,
      before: { goal: ctx.target.goal },
      after: { goal: input.newGoal, adjustmentId: id, decision: adjustment.decision, date: adjustment.date },
    });
    return adjustment;
  });
}

/** Takes a target out of the plan by a recorded decision; the target and its figures stay. */
export async function dropTarget(
  db: Database,
  actor: Actor,
  targetId: string,
  input: { decision: string; date: IsoDate; reason: string },
): Promise<Target> {
  const issues = [
    ...nulIssues(input, ''),
    ...checkDecision(input, '').map((i) => ({ ...i, path: i.path.slice(1) })),
  ];
  if (typeof input.reason !== 'string' || !input.reason.trim())
    issues.push({ path: 'reason', message: 'Cần nêu lý do đưa chỉ tiêu ra ngoài kế hoạch.' });
  if (issues.length) throw new AppError('validation_failed', 'Thông tin quyết định chưa hợp lệ.', { issues });
  return db.transaction(async (tx) => {
    const ctx = await lockTarget(tx, targetId);
    if (ctx.target.dropped) throw new AppError('conflict', 'Chỉ tiêu này đã được đưa ra ngoài kế hoạch.');
    const dropped = { decision: input.decision.trim(), date: input.date, reason: input.reason.trim() };
    await markDropped(tx, targetId, dropped, actor.userId);
    await insertAudit(tx, actor, {
      action: 'target.drop',
      entity: 'target',
      entityId: targetId,
      unitCode: ctx.unitCode,
      before: { dropped: null },
      after: { dropped },
    });
    return { ...ctx.target, dropped };
  });
}

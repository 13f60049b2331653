/**
 * Plans beside a target (annual plan, budget estimates by source), set as a whole list per target:
 * a changed plan gets a new revision, a plan left out gets a deletion revision, an unchanged one
 * nothing. Nothing is overwritten; the history stays readable.
 */
import type { Plan } from '../core';
import type { Database, Sql } from '../db/database';
import { insertAudit } from '../db/audit.repository';
import {
  insertPlanRevision,
  selectCurrentPlans,
  selectPlanHistory,
  type PlanRevision,
} from '../db/plan.repository';
import { selectResolution } from '../db/resolution.repository';
import { lockTargets } from '../db/target.repository';
import { AppError, type Actor, type Issue } from './app-error';
import { isPeriodCode, numberProblem } from './figure-checks';
import { nulIssues } from './text-checks';
import { lockTarget } from './target.service';

export type { PlanRevision };

/** A plan as given for a target. */
export type PlanInput = Omit<Plan, 'targetId'>;

const keyOf = (p: PlanInput) => `${p.period}|${p.kind}|${p.source}`;

/** Checks plans; returns issues at `plans.N.field`. */
export function checkPlans(plans: PlanInput[]): Issue[] {
  const issues: Issue[] = nulIssues(plans, 'plans');
  const seen = new Set<string>();
  plans.forEach((p, i) => {
    const at = `plans.${i}`;
    if (!isPeriodCode(p.period)) issues.push({ path: `${at}.period`, message: 'Kỳ kế hoạch không hợp lệ.' });
    if (!['annual-plan', 'budget-estimate'].includes(p.kind))
      issues.push({ path: `${at}.kind`, message: 'Loại kế hoạch không hợp lệ.' });
    if (typeof p.source !== 'string' || !p.source.trim() || p.source.length > 100)
      issues.push({ path: `${at}.source`, message: 'Thiếu nguồn giao kế hoạch.' });
    if (typeof p.label !== 'string' || p.label.length > 500)
      issues.push({ path: `${at}.label`, message: 'Tên kế hoạch phải là văn bản (tối đa 500 ký tự).' });
    if (
      p.percentDecimals !== undefined &&
      !(Number.isInteger(p.percentDecimals) && p.percentDecimals >= 0 && p.percentDecimals <= 6)
    )
      issues.push({
        path: `${at}.percentDecimals`,
        message: 'Số chữ số thập phân của tỷ lệ phải từ 0 đến 6.',
      });
    const problem = numberProblem(p.value);
    if (problem) issues.push({ path: `${at}.value`, message: problem });
    if (seen.has(keyOf(p))) issues.push({ path: at, message: 'Trùng kế hoạch cùng kỳ, cùng nguồn.' });
    seen.add(keyOf(p));
  });
  return issues;
}

/** Sets the plans of a target to exactly this list; returns the current plans afterwards. */
export async function setPlans(
  db: Database,
  actor: Actor,
  targetId: string,
  plans: PlanInput[],
): Promise<PlanRevision[]> {
  const issues = checkPlans(plans);
  if (issues.length)
    throw new AppError('validation_failed', 'Kế hoạch chưa hợp lệ; chưa lưu gì.', { issues });
  return db.transaction(async (tx) => {
    const ctx = await lockTarget(tx, targetId);
    return writePlans(tx, actor, targetId, ctx.unitCode, plans);
  });
}

/** The plans of one target in a resolution-wide save. */
export interface TargetPlansInput {
  targetId: string;
  plans: PlanInput[];
}

/**
 * Sets the plans of several targets of one resolution, each to exactly its list (as `setPlans`
 * does for one), in one transaction: every target is written, or none. A target given twice or
 * outside the resolution is refused at `items.N.targetId`; a bad plan at `items.N.plans.M.field`.
 * Returns the current plans of the targets given afterwards, in the order given.
 */
export async function setResolutionPlans(
  db: Database,
  actor: Actor,
  resolutionId: string,
  items: TargetPlansInput[],
): Promise<PlanRevision[]> {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  items.forEach((item, n) => {
    if (seen.has(item.targetId))
      issues.push({ path: `items.${n}.targetId`, message: 'Chỉ tiêu này đã có ở một mục trước.' });
    seen.add(item.targetId);
    for (const issue of checkPlans(item.plans)) issues.push({ ...issue, path: `items.${n}.${issue.path}` });
  });
  if (issues.length)
    throw new AppError('validation_failed', 'Kế hoạch chưa hợp lệ; chưa lưu gì.', { issues });
  return db.transaction(async (tx) => {
    const resolution = await selectResolution(tx, resolutionId);
    if (!resolution) throw new AppError('not_found', 'Không tìm thấy nghị quyết.');
    // Every target is locked (in id order) and checked before anything is written.
    const locked = new Map(
      (await lockTargets(tx, resolutionId, [...seen])).map((target) => [target.id, target]),
    );
    const strangers: Issue[] = [];
    items.forEach((item, n) => {
      if (!locked.has(item.targetId))
        strangers.push({ path: `items.${n}.targetId`, message: 'Chỉ tiêu không thuộc nghị quyết này.' });
    });
    if (strangers.length)
      throw new AppError('validation_failed', 'Có chỉ tiêu không thuộc nghị quyết này; chưa lưu gì.', {
        issues: strangers,
      });
    const saved: PlanRevision[] = [];
    for (const item of items)
      saved.push(...(await writePlans(tx, actor, item.targetId, resolution.unit.code, item.plans)));
    return saved;
  });
}

/** Writes one locked target's plans as exactly this list (checked already) inside `tx`. */
async function writePlans(
  tx: Sql,
  actor: Actor,
  targetId: string,
  unitCode: string,
  plans: PlanInput[],
): Promise<PlanRevision[]> {
  const current = new Map((await selectCurrentPlans(tx, { targetId })).map((p) => [keyOf(p), p]));
  const by = { id: actor.userId, name: actor.username };
  const given = new Set(plans.map(keyOf));
  const audit = (before: unknown, after: unknown) =>
    insertAudit(tx, actor, {
      action: 'plan.set',
      entity: 'plan',
      entityId: targetId,
      unitCode,
      before,
      after,
    });
  for (const p of plans) {
    const now = current.get(keyOf(p));
    if (
      now &&
      !now.deleted &&
      now.value === p.value &&
      now.label === p.label &&
      now.percentDecimals === p.percentDecimals
    )
      continue;
    const plan: Plan = { ...p, targetId };
    await insertPlanRevision(tx, plan, (now?.revision ?? 0) + 1, false, by);
    await audit(now && !now.deleted ? now : null, plan);
  }
  for (const [key, now] of current) {
    if (given.has(key) || now.deleted) continue;
    await insertPlanRevision(tx, now, now.revision + 1, true, by);
    await audit(now, null);
  }
  return (await selectCurrentPlans(tx, { targetId })).filter((p) => !p.deleted);
}

/** Every revision of a target's plans (deletions included), oldest first. */
export async function planHistory(db: Database, targetId: string): Promise<PlanRevision[]> {
  return selectPlanHistory(db, targetId);
}

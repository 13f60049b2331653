/**
 * Final labels: the committee's judgement on a target, overriding the computed suggestion, with a
 * required reason. Each decision is a new revision (the suggestion at that moment is kept beside
 * it); withdrawing one is recorded too, so the history of who decided what and why stays.
 */
import type { AssessmentOverride } from '../core';
import type { Database } from '../db/database';
import {
  insertAssessment,
  selectAssessmentHistory,
  selectCurrentAssessments,
  type AssessmentRevision,
} from '../db/assessment.repository';
import { insertAudit } from '../db/audit.repository';
import { nextRevision } from '../db/revision';
import { AppError, type Actor } from './app-error';
import { checkOverride } from './dossier-checks';
import { nulIssues } from './text-checks';
import { lockTarget } from './target.service';

export type { AssessmentRevision };

/** What is needed to decide a final label. */
export interface OverrideInput {
  scheme: AssessmentOverride['scheme'];
  label: AssessmentOverride['label'];
  reason: string;
  causes?: string;
  owner?: string;
  /** The suggestion the core computed, kept as a snapshot beside the decision. */
  suggestion?: unknown;
}

/** Records the final label of a target under a scheme; returns the stored decision. */
export async function setOverride(
  db: Database,
  actor: Actor,
  targetId: string,
  input: OverrideInput,
): Promise<AssessmentRevision> {
  const issues = [
    ...nulIssues(input, ''),
    ...checkOverride(input, '').map((i) => ({ ...i, path: i.path.slice(1) })),
  ];
  if (issues.length) throw new AppError('validation_failed', 'Đánh giá chưa hợp lệ.', { issues });
  return db.transaction(async (tx) => {
    const ctx = await lockTarget(tx, targetId);
    const [before] = (await selectCurrentAssessments(tx, { targetId })).filter(
      (a) => a.scheme === input.scheme,
    );
    const revision = await nextRevision(tx, 'assessments', { target_id: targetId, scheme: input.scheme });
    const id = await insertAssessment(tx, {
      targetId,
      revision,
      scheme: input.scheme,
      label: input.label,
      reason: input.reason.trim(),
      causes: input.causes,
      owner: input.owner,
      suggestion: input.suggestion,
      withdrawn: false,
      decidedBy: actor.userId,
      decidedByName: actor.username ?? null,
    });
    const [saved] = (await selectAssessmentHistory(tx, targetId)).filter((a) => a.id === id);
    await insertAudit(tx, actor, {
      action: 'assessment.override',
      entity: 'assessment',
      entityId: id,
      unitCode: ctx.unitCode,
      before: before && !before.withdrawn ? before : null,
      after: saved,
    });
    return saved as AssessmentRevision;
  });
}

/** Withdraws the final label of a target under a scheme (the suggestion applies again). */
export async function withdrawOverride(
  db: Database,
  actor: Actor,
  targetId: string,
  scheme: AssessmentOverride['scheme'],
  reason: string,
): Promise<void> {
  if (typeof reason !== 'string' || !reason.trim() || reason.includes('\u0000') || reason.length > 4000)
    throw new AppError('validation_failed', 'Cần nêu lý do.', {
      issues: [{ path: 'reason', message: 'Cần nêu lý do.' }],
    });
  await db.transaction(async (tx) => {
    const ctx = await lockTarget(tx, targetId);
    const [before] = (await selectCurrentAssessments(tx, { targetId })).filter((a) => a.scheme === scheme);
    if (!before || before.withdrawn)
      throw new AppError('not_found', 'Chỉ tiêu chưa có đánh giá cuối cùng theo cách này.');
    const revision = await nextRevision(tx, 'assessments', { target_id: targetId, scheme });
    const id = await insertAssessment(tx, {
      targetId,
      scheme,
      revision,
      reason: reason.trim(),
      withdrawn: true,
      decidedBy: actor.userId,
      decidedByName: actor.username ?? null,
    });
    await insertAudit(tx, actor, {
      action: 'assessment.withdraw',
      entity: 'assessment',
      entityId: id,
      unitCode: ctx.unitCode,
      before,
      after: { withdrawn: true, reason: reason.trim() },
    });
  });
}

/** Every decision on a target (withdrawals included), by scheme then revision. */
export async function overrideHistory(db: Database, targetId: string): Promise<AssessmentRevision[]> {
  return selectAssessmentHistory(db, targetId);
}

/**
 * SQL of assessments: the computed suggestion (a snapshot) beside the committee's final label,
 * who decided, why and when. Each decision is a new revision per (target, scheme); withdrawing
 * an override is a revision with withdrawn = true.
 */
import type { AssessmentOverride } from '../core';
import type { Sql } from './database';
import { jsonParam, newId, toIso } from './values';

/** One stored decision. */
export interface AssessmentRevision extends AssessmentOverride {
  id: string;
  revision: number;
  withdrawn: boolean;
  /** The suggestion the system computed when the decision was taken, as given by the caller. */
  suggestion?: unknown;
  decidedAt: string;
  decidedByName?: string;
}

/** Inserts a decision (or a withdrawal). */
export async function insertAssessment(
  sql: Sql,
  a: {
    targetId: string;
    scheme: AssessmentOverride['scheme'];
    revision: number;
    label?: string;
    reason?: string;
    causes?: string;
    owner?: string;
    suggestion?: unknown;
    withdrawn: boolean;
    decidedAt?: string;
    decidedBy?: string | null;
    decidedByName?: string | null;
  },
): Promise<string> {
  const id = newId();
  await sql.query(
    `insert into assessments (id, target_id, scheme, revision, suggestion, label, reason, causes, owner, withdrawn,
       decided_at, decided_by, decided_by_name)
     values ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9, $10, coalesce($11::timestamptz, now()), $12, $13)`,
    [
      id,
      a.targetId,
      a.scheme,
      a.revision,
      jsonParam(a.suggestion),
      a.label ?? null,
      a.reason ?? null,
      a.causes ?? null,
      a.owner ?? null,
      a.withdrawn,
      a.decidedAt ?? null,
      a.decidedBy ?? null,
      a.decidedByName ?? null,
    ],
  );
  return id;
}

function toAssessment(r: Record<string, unknown>): AssessmentRevision {
  const a = {
    id: String(r.id),
    targetId: String(r.target_id),
    scheme: r.scheme as AssessmentOverride['scheme'],
    reason: String(r.reason ?? ''),
    revision: Number(r.revision),
    withdrawn: Boolean(r.withdrawn),
    decidedAt: toIso(r.decided_at) ?? '',
  } as AssessmentRevision;
  // A withdrawal has no label: the field is left out rather than set to null.
  if (r.label != null) a.label = r.label as AssessmentOverride['label'];
  if (r.decided_by != null) a.decidedBy = String(r.decided_by);
  if (r.decided_by_name != null) a.decidedByName = String(r.decided_by_name);
  if (r.causes != null) a.causes = String(r.causes);
  if (r.owner != null) a.owner = String(r.owner);
  if (r.suggestion != null) a.suggestion = r.suggestion;
  return a;
}

/** The latest decision per (target, scheme) of a resolution's targets, or of one target. */
export async function selectCurrentAssessments(
  sql: Sql,
  scope: { resolutionId: string } | { targetId: string },
): Promise<AssessmentRevision[]> {
  const byResolution = 'resolutionId' in scope;
  const rows = await sql.query<Record<string, unknown>>(
    `select * from (
       select distinct on (a.target_id, a.scheme) a.*, t.sort_order
       from assessments a join targets t on t.id = a.target_id
       where ${byResolution ? 't.resolution_id' : 't.id'} = $1
       order by a.target_id, a.scheme, a.revision desc
     ) c order by sort_order, target_id, scheme`,
    [byResolution ? scope.resolutionId : scope.targetId],
  );
  return rows.map(toAssessment);
}

/** Every decision on a target, oldest first. */
export async function selectAssessmentHistory(sql: Sql, targetId: string): Promise<AssessmentRevision[]> {
  const rows = await sql.query<Record<string, unknown>>(
    'select * from assessments where target_id = $1 order by scheme, revision',
    [targetId],
  );
  return rows.map(toAssessment);
}

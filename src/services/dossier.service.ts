/**
 * A resolution with everything reported for it, saved in one transaction and loaded back as the
 * core's {@link ResolutionDossier}.
 *
 * Ids: targets get new ids (UUIDs) when saved; {@link saveDossierIn} returns the mapping from the
 * dossier's ids. Revisions: {@link loadDossier} gives the core every revision of each live figure
 * (all non-deleted revisions of a (target, period) whose latest revision is not a deletion), so
 * the core can choose by status and revision; `{ revisions: 'current' }` gives only the figure in
 * force of each (the core's rule).
 * Plans, benchmarks, scenarios and final labels are loaded at their current revision.
 */
import { figuresInForce, isLockedState } from '../core';
import { selectPeriodStates } from '../db/approval.repository';
import type { AssessmentOverride, Observation, ResolutionDossier, Target } from '../core';
import type { Database, Sql } from '../db/database';
import { insertAudit } from '../db/audit.repository';
import { insertBenchmarkRevision, selectCurrentBenchmarks } from '../db/benchmark.repository';
import { insertAssessment, selectCurrentAssessments } from '../db/assessment.repository';
import {
  insertObservationRevision,
  selectResolutionObservations,
  figureKey,
  type ObservationRevision,
} from '../db/observation.repository';
import { insertPlanRevision, selectCurrentPlans } from '../db/plan.repository';
import {
  ensureCommittee,
  ensureCongress,
  findResolutionId,
  insertResolution,
  selectResolution,
} from '../db/resolution.repository';
import { insertScenarioRevision, selectCurrentScenarios } from '../db/scenario.repository';
import { insertAdjustment, insertTarget, selectAdjustments, selectTargets } from '../db/target.repository';
import { selectUnitByCode } from '../db/unit.repository';
import { compact, newId } from '../db/values';
import { AppError, type Actor } from './app-error';
import { checkDossier } from './dossier-checks';
import { conflictOnDuplicate } from './unique-violation';
import { createUnitIn } from './unit.service';

/** The ids given to a saved dossier. */
export interface SavedDossier {
  resolutionId: string;
  /** Dossier target id → stored target id. */
  targetIds: Record<string, string>;
}

/** Saves a dossier inside an open transaction: creates the unit (if missing), committee, congress,
 * resolution, targets, figures, plans, benchmarks, adjustments, scenarios and final labels, with
 * audit rows. Throws validation_failed (all issues) or conflict (same title in that congress). */
export async function saveDossierIn(
  tx: Sql,
  actor: Actor,
  dossier: ResolutionDossier,
): Promise<SavedDossier> {
  const issues = checkDossier(dossier);
  if (issues.length) throw new AppError('validation_failed', 'Hồ sơ nghị quyết chưa hợp lệ.', { issues });
  const by = { id: actor.userId, name: actor.username };
  const unitCode = dossier.unit.code;
  const audit = (action: string, entity: string, entityId: string | null, after: unknown) =>
    insertAudit(tx, actor, { action, entity, entityId, unitCode, after });

  const unit =
    (await selectUnitByCode(tx, unitCode)) ??
    (await createUnitIn(tx, actor, {
      code: unitCode,
      name: dossier.unit.name,
      level: dossier.unit.level,
      parentCode: dossier.unit.parentCode,
    }).catch((error: unknown) => {
      if (error instanceof AppError)
        throw new AppError(error.code, error.message, {
          issues: error.issues.map((i) => ({ ...i, path: `unit.${i.path}` })),
          details: error.details,
        });
      throw error;
    }));
  const unitId = unit.id;
  const committeeId = await ensureCommittee(tx, unitId, dossier.congress.committee.trim());
  const congressId = await ensureCongress(tx, committeeId, dossier.congress);
  const existing = await findResolutionId(tx, congressId, dossier.title);
  if (existing)
    throw new AppError('conflict', 'Nghị quyết cùng tên của Đại hội này đã có trong hệ thống.', {
      details: { resolutionId: existing },
    });
  const resolutionId = await insertResolution(tx, {
    unitId,
    congressId,
    title: dossier.title,
    issuer: dossier.issuer,
    createdBy: actor.userId,
  });
  await audit('resolution.create', 'resolution', resolutionId, {
    title: dossier.title,
    unit: dossier.unit,
    issuer: dossier.issuer,
    congress: dossier.congress,
    targets: dossier.targets.length,
    observations: dossier.observations.length,
  });

  const ids: Record<string, string> = {};
  for (const t of dossier.targets) ids[t.id] = newId();
  const id = (dossierId: string): string => ids[dossierId] ?? dossierId;
  for (const [order, t] of parentsFirst(dossier.targets)) {
    const stored: Target = { ...t, id: id(t.id), ...(t.parentId ? { parentId: id(t.parentId) } : {}) };
    await insertTarget(tx, resolutionId, stored, order);
    await audit('target.create', 'target', stored.id, stored);
  }
  for (const o of dossier.observations) {
    const row = {
      ...o,
      ...(o.recordedAt ? { recordedAt: new Date(o.recordedAt).toISOString() } : {}),
      targetId: id(o.targetId),
      recordedBy: actor.userId,
      recordedByName: actor.username ?? null,
    };
    const stored = await insertObservationRevision(tx, row);
    await audit('observation.record', 'observation', stored.id, { ...o, targetId: row.targetId });
  }
  for (const p of dossier.plans) {
    const plan = { ...p, targetId: id(p.targetId) };
    await insertPlanRevision(tx, plan, 1, false, by);
    await audit('plan.set', 'plan', plan.targetId, plan);
  }
  for (const b of dossier.benchmarks) {
    const benchmark = { ...b, targetId: id(b.targetId) };
    await insertBenchmarkRevision(tx, benchmark, 1, false, by);
    await audit('benchmark.set', 'benchmark', benchmark.targetId, benchmark);
  }
  for (const a of dossier.adjustments) {
    const adjustment = { ...a, targetId: id(a.targetId) };
    const rowId = await insertAdjustment(tx, adjustment);
    await audit('target.adjust', 'target_adjustment', rowId, adjustment);
  }
  for (const s of dossier.scenarios) {
    const scenario = { ...s, targetId: id(s.targetId) };
    await insertScenarioRevision(tx, scenario, 1, false, by);
    await audit('scenario.set', 'scenario', scenario.targetId, scenario);
  }
  for (const o of dossier.overrides) {
    const override = { ...o, targetId: id(o.targetId) };
    const rowId = await insertAssessment(tx, {
      ...override,
      revision: 1,
      withdrawn: false,
      decidedBy: null,
      decidedByName: o.decidedBy ?? null,
      decidedAt: o.decidedAt ? new Date(o.decidedAt).toISOString() : undefined,
    });
    await audit('assessment.override', 'assessment', rowId, override);
  }
  return { resolutionId, targetIds: ids };
}

/** Saves a dossier in one transaction; returns the new resolution's id. */
export async function saveDossier(db: Database, actor: Actor, dossier: ResolutionDossier): Promise<string> {
  const saved = await conflictOnDuplicate(
    'Nghị quyết này vừa được người khác lưu; hãy tải lại danh sách.',
    () => db.transaction((tx) => saveDossierIn(tx, actor, dossier)),
  );
  return saved.resolutionId;
}

/** Options of {@link loadDossier}. */
export interface LoadDossierOptions {
  /** Only figures recorded at or before this instant (ISO timestamp): the dossier as it was then. */
  asOfRecordedAt?: string;
  /** 'all' (default): every revision of each live figure; 'current': only the figure in force
   * (the core's rule: official before estimate, then the highest revision). */
  revisions?: 'all' | 'current';
  /** Leave the figures out (`observations: []`): the import reads them itself, target by
   * target, so that a resolution with many figures is not read in one long statement. */
  withoutObservations?: boolean;
}

/** The figures of `revisions` (in target, period, revision order) that are not deleted (a
 * figure whose latest revision is a deletion is gone): every revision, or only the one in force. */
export function liveObservations(
  revisions: readonly ObservationRevision[],
  mode: 'all' | 'current',
): Observation[] {
  const deletedAt = new Map<string, boolean>();
  for (const r of revisions) deletedAt.set(figureKey(r.targetId, r.period), r.deleted);
  const live: Observation[] = revisions
    .filter((r) => !deletedAt.get(figureKey(r.targetId, r.period)) && !r.deleted)
    .map((r) =>
      compact<Observation>({
        targetId: r.targetId,
        period: r.period,
        value: r.value,
        status: r.status,
        revision: r.revision,
        recordedAt: r.recordedAt,
        source: r.source,
        comment: r.comment,
        hedge: r.hedge,
      }),
    );
  return mode === 'current'
    ? [...figuresInForce(live).values()].map(({ latestRevision: _latest, ...figure }) => figure)
    : live;
}

/** Loads a resolution as the core's dossier; throws not_found when there is none with that id. */
export async function loadDossier(
  db: Sql,
  resolutionId: string,
  options: LoadDossierOptions = {},
): Promise<ResolutionDossier> {
  const asOf = options.asOfRecordedAt;
  if (asOf !== undefined && (typeof asOf !== 'string' || Number.isNaN(Date.parse(asOf))))
    throw new AppError('validation_failed', 'Thời điểm không hợp lệ.', {
      issues: [
        { path: 'asOfRecordedAt', message: 'Thời điểm phải có dạng ISO 8601, ví dụ 2023-07-26T00:00:00Z.' },
      ],
    });
  const record = await selectResolution(db, resolutionId);
  if (!record) throw new AppError('not_found', 'Không tìm thấy nghị quyết.');
  const observations = options.withoutObservations
    ? []
    : liveObservations(
        await selectResolutionObservations(db, resolutionId, options.asOfRecordedAt),
        options.revisions ?? 'all',
      );
  const plans = (await selectCurrentPlans(db, { resolutionId }))
    .filter((p) => !p.deleted)
    .map(({ targetId, period, kind, source, label, value, percentDecimals, rounding, phrasing }) =>
      compact({ targetId, period, kind, source, label, value, percentDecimals, rounding, phrasing }),
    );
  const benchmarks = (await selectCurrentBenchmarks(db, { resolutionId }))
    .filter((b) => !b.deleted)
    .map(({ targetId, period, label, value, rank }) => compact({ targetId, period, label, value, rank }));
  const scenarios = (await selectCurrentScenarios(db, { resolutionId }))
    .filter((s) => !s.deleted)
    .map(({ targetId, growthRate, values, note }) => compact({ targetId, growthRate, values, note }));
  const overrides = (await selectCurrentAssessments(db, { resolutionId }))
    .filter((a) => !a.withdrawn)
    .map((a) =>
      compact<AssessmentOverride>({
        targetId: a.targetId,
        scheme: a.scheme,
        label: a.label,
        reason: a.reason,
        decidedBy: a.decidedByName ?? a.decidedBy,
        decidedAt: a.decidedAt,
        causes: a.causes,
        owner: a.owner,
      }),
    );
  const adjustments = (await selectAdjustments(db, resolutionId)).map(
    ({ targetId, oldGoal, newGoal, decision, date, reason, recordedBy }) =>
      compact({ targetId, oldGoal, newGoal, decision, date, reason, recordedBy }),
  );
  // Where approval is followed (any step recorded), the periods approved or accepted.
  const approvals = await selectPeriodStates(db, resolutionId);
  return {
    ...(approvals.length > 0
      ? { approvedPeriods: approvals.filter((a) => isLockedState(a.state)).map((a) => a.period) }
      : {}),
    unit: record.unit,
    issuer: record.issuer,
    congress: record.congress,
    title: record.title,
    targets: await selectTargets(db, resolutionId),
    observations,
    plans,
    benchmarks,
    adjustments,
    scenarios,
    overrides,
  };
}

/** The id of the resolution of that unit, congress number and title, or null (for idempotent loads). */
export async function findResolution(
  db: Sql,
  unitCode: string,
  congressNumber: number,
  title: string,
): Promise<string | null> {
  const rows = await db.query<{ id: string }>(
    `select r.id from resolutions r join units u on u.id = r.unit_id join congresses c on c.id = r.congress_id
     where u.code = $1 and c.number = $2 and r.title = $3 limit 1`,
    [unitCode, congressNumber, title],
  );
  return rows[0]?.id ?? null;
}

/** Targets with their dossier index, ordered so that a parent comes before its sub-targets. */
function parentsFirst(targets: Target[]): [number, Target][] {
  const indexed = targets.map((t, i) => [i, t] as [number, Target]);
  const done = new Set<string>();
  const out: [number, Target][] = [];
  let pending = indexed;
  while (pending.length) {
    const next = pending.filter(([, t]) => t.parentId && !done.has(t.parentId));
    const ready = pending.filter(([, t]) => !t.parentId || done.has(t.parentId));
    if (!ready.length) throw new AppError('validation_failed', 'Quan hệ chỉ tiêu cha - con bị vòng lặp.');
    for (const item of ready) {
      out.push(item);
      done.add(item[1].id);
    }
    pending = next;
  }
  return out;
}

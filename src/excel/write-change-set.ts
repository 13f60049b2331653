/**
 * Writes a checked change set inside the caller's transaction, through the storage services (so
 * every write is validated and audited the same way as from the web app). The services open
 * their own transaction; {@link inTransaction} makes them join the import's one instead, so the
 * whole import commits or rolls back as one. The figures go in as a set
 * ({@link recordImportedFigures}: the same checks, one statement per chunk, one audit row).
 */
import type { Benchmark, Observation, Plan, ResolutionDossier, Target } from '../core';
import type { Database, Sql } from '../db/database';
import type { Actor } from '../services/app-error';
import { saveDossierIn } from '../services/dossier.service';
import { recordImportedFigures } from '../services/figure-import.service';
import { setBenchmarks } from '../services/benchmark.service';
import { addTarget, recordAdjustment, updateTarget } from '../services/target.service';
import type { ChangeSet } from './change-set';
import { writePlans } from './write-plans';
import { randomUUID } from 'node:crypto';

/** What was written. */
export interface WriteResult {
  resolutionId: string;
  createdResolution: boolean;
  targetsAdded: number;
  targetsUpdated: number;
  plansSet: number;
  figuresRecorded: number;
}

/** A database whose `transaction` runs inside the open transaction `tx`. */
export function inTransaction(tx: Sql, kind: Database['kind'] = 'embedded'): Database {
  return {
    kind,
    query: (text, params) => tx.query(text, params),
    exec: (text) => tx.exec(text),
    transaction: (fn) => fn(tx),
    listen: () => Promise.reject(new Error('LISTEN is not available inside a transaction')),
    afterCommit: () => () => undefined,
    close: async () => undefined,
  };
}

/** Every attribute of a target, so an update can also clear one. Typed as a record so that a
 * field added to `Target` fails to compile here until the workbook carries it too. */
const TARGET_KEY_SET: Record<Exclude<keyof Target, 'id' | 'dropped'>, true> = {
  code: true,
  name: true,
  indicator: true,
  field: true,
  kind: true,
  direction: true,
  qualifier: true,
  unit: true,
  precision: true,
  goal: true,
  baseYear: true,
  baseValue: true,
  targetYear: true,
  seriesBasis: true,
  accumulation: true,
  priceBasis: true,
  statedCount: true,
  parentId: true,
  percentDecimals: true,
  rounding: true,
  phrasing: true,
  levelUnit: true,
  aggregation: true,
  note: true,
};
const TARGET_KEYS = Object.keys(TARGET_KEY_SET) as (keyof Target)[];

/** Writes the change set; `whole` is the interchange document to save as is when creating. */
export async function writeChangeSet(
  tx: Sql,
  actor: Actor,
  change: ChangeSet,
  resolutionId: string | undefined,
  whole: ResolutionDossier | undefined,
  stored: { plans: Plan[]; benchmarks: Benchmark[] },
  progress: (done: number, total: number) => void,
  options: { importId?: string; filename?: string } = {},
): Promise<WriteResult> {
  const total =
    change.addTargets.length +
    change.updateTargets.length +
    change.plans.length +
    change.figures.length +
    change.adjustments.length +
    new Set(change.benchmarks.map((b) => b.targetId)).size;
  if (!resolutionId) {
    const dossier = whole ?? dossierOf(change);
    const saved = await saveDossierIn(tx, actor, dossier);
    progress(total, total);
    return {
      resolutionId: saved.resolutionId,
      createdResolution: true,
      targetsAdded: dossier.targets.length,
      targetsUpdated: 0,
      plansSet: dossier.plans.length,
      figuresRecorded: dossier.observations.length,
    };
  }
  const db = inTransaction(tx);
  let done = 0;
  // New targets get their ids from storage; rows of the file refer to the provisional ones.
  const ids = new Map<string, string>();
  const real = (id: string) => ids.get(id) ?? id;
  const pending = [...change.addTargets];
  while (pending.length) {
    const ready = pending.filter((t) => !t.parentId || !pending.some((p) => p.id === t.parentId));
    for (const t of ready) {
      const { id, ...input } = t;
      const saved = await addTarget(db, actor, resolutionId, {
        ...input,
        ...(t.parentId ? { parentId: real(t.parentId) } : {}),
      });
      ids.set(id, saved.id);
      pending.splice(pending.indexOf(t), 1);
      progress(++done, total);
    }
  }
  // Adjustments first: each puts its new goal in force, which the file's targets already show.
  for (const a of change.adjustments) {
    await recordAdjustment(db, actor, real(a.targetId), {
      newGoal: a.newGoal,
      decision: a.decision,
      date: a.date,
      ...(a.reason ? { reason: a.reason } : {}),
    });
    progress(++done, total);
  }
  for (const t of change.updateTargets) {
    const patch = Object.fromEntries(
      TARGET_KEYS.map((k) => [k, k === 'parentId' && t.parentId ? real(t.parentId) : t[k]]),
    );
    await updateTarget(db, actor, t.id, patch);
    progress(++done, total);
  }
  await writePlans(
    db,
    actor,
    change.plans.map((p) => ({ ...p, targetId: real(p.targetId) })),
    stored.plans,
  );
  done += change.plans.length;
  progress(done, total);
  const benchmarkTargets = [...new Set(change.benchmarks.map((b) => b.targetId))];
  for (const targetId of benchmarkTargets) {
    const key = (b: Benchmark) => `${b.period}|${b.label}`;
    const merged = new Map(stored.benchmarks.filter((b) => b.targetId === targetId).map((b) => [key(b), b]));
    for (const b of change.benchmarks.filter((x) => x.targetId === targetId)) merged.set(key(b), b);
    await setBenchmarks(
      db,
      actor,
      real(targetId),
      [...merged.values()].map(({ targetId: _t, ...b }) => b),
    );
    progress(++done, total);
  }
  await recordImportedFigures(
    tx,
    actor,
    resolutionId,
    change.figures.map(({ observation, expectedRevision }) => ({
      ...observation,
      targetId: real(observation.targetId),
      expectedRevision,
    })),
    options.importId ?? randomUUID(),
    {
      ...(options.filename ? { filename: options.filename } : {}),
      progress: (n) => progress(done + n, total),
    },
  );
  return {
    resolutionId,
    createdResolution: false,
    targetsAdded: change.addTargets.length,
    targetsUpdated: change.updateTargets.length,
    plansSet: change.plans.length,
    figuresRecorded: change.figures.length,
  };
}

/** The new resolution a change set describes (figures as first revisions). */
function dossierOf(change: ChangeSet): ResolutionDossier {
  const info = change.createResolution;
  if (!info) throw new Error('change set without a resolution to create');
  return {
    ...info,
    targets: change.addTargets,
    observations: change.figures.map(({ observation }): Observation => ({ ...observation, revision: 1 })),
    plans: change.plans,
    benchmarks: change.benchmarks,
    adjustments: change.adjustments,
    scenarios: [],
    overrides: [],
  };
}

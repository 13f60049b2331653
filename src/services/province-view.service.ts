/**
 * The province's view of the units below it for one term as of one period: the core's grid
 * (targets across, units down, red first, roll-ups by kind), and per unit the approval of the
 * period, the figures changed since approval, the completeness and timeliness of its figures
 * against the deadline the province set, and the list of late units. With `approvedOnly`, each
 * unit is evaluated on the figures of its approved periods only.
 */
import {
  buildProvinceGrid,
  comparePeriods,
  completenessVi,
  defaultAsOf,
  endYear,
  evaluateDossier,
  isPeriodInside,
  periodCompleteness,
  type Field,
  type GridCell,
  type GridColumn,
  type MetCount,
  type PeriodCode,
  type PeriodCompleteness,
  type ResolutionDossier,
  type TimedObservation,
} from '../core';
import type { Sql } from '../db/database';
import { selectResolutionsOfUnits, type ResolutionSummary } from '../db/resolution.repository';
import { currentApprovals, deadlineFor, endOfDueDayMs, type PeriodApproval } from './approval.service';
import { evaluationCacheOf } from '../engine/evaluation-cache';
import type { ReviewTotals } from '../engine/review-columns';
import { reviewEngineOf } from '../engine/review-engine';
import { AppError } from './app-error';
import { turnEvery } from './event-loop';
import { resolutionInForce, validAtEnd } from './in-force';
import { ancestorCodes, getUnit, listUnits, type Unit } from './unit.service';

/** What to show. */
export interface ProvinceViewOptions {
  unitCode: string;
  asOf?: PeriodCode;
  /** The reporting period for approval and completeness (default: the year of the as-of). */
  period?: PeriodCode;
  /** Units directly below (default), or every district / commune below. */
  level?: 'children' | 'district' | 'commune';
  fields?: Field[];
  approvedOnly?: boolean;
  /** The indicator weighting ratios and per-capita values (default "dan-so"). */
  denominator?: string;
  /** The instant "now" in milliseconds (the clock is the caller's). */
  nowMs: number;
}

/** One unit's row. */
export interface ProvinceRow {
  unitCode: string;
  unitName: string;
  resolutionId: string | null;
  title: string | null;
  met: MetCount | null;
  lights: Record<'red' | 'orange' | 'green' | 'grey', number>;
  cells: (GridCell | null)[];
  approval: PeriodApproval | null;
  completeness: (PeriodCompleteness & { text: string }) | null;
  late: boolean;
  /** Every target of the unit and of every unit below it, added up by the read engine (null with
   * `approvedOnly`, which the engine does not keep). */
  rollUp: ReviewTotals | null;
}

/** The answer. */
export interface ProvinceView {
  unit: { code: string; name: string; level: string };
  asOf: PeriodCode | null;
  period: PeriodCode | null;
  approvedOnly: boolean;
  deadline: string | null;
  columns: GridColumn[];
  rows: ProvinceRow[];
  counts: { units: number; withResolution: number; submitted: number; approved: number; late: number };
  /** The viewed unit and every unit below it, added up (see {@link ProvinceRow.rollUp}). */
  rollUp: ReviewTotals | null;
}

/** Units below the parent at the level asked. */
async function unitsBelow(db: Sql, parent: Unit, level: ProvinceViewOptions['level']): Promise<Unit[]> {
  const all = await listUnits(db);
  if (!level || level === 'children') return all.filter((u) => u.parentCode === parent.code);
  const byParent = new Map<string, Unit[]>();
  for (const u of all)
    if (u.parentCode) byParent.set(u.parentCode, [...(byParent.get(u.parentCode) ?? []), u]);
  const out: Unit[] = [];
  const seen = new Set<string>();
  const walk = (code: string) => {
    for (const u of byParent.get(code) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      if (u.level === level) out.push(u);
      if (u.level !== 'commune') walk(u.code);
    }
  };
  walk(parent.code);
  return out;
}

/** Builds the province view. */
export async function provinceView(db: Sql, options: ProvinceViewOptions): Promise<ProvinceView> {
  const parent = await getUnit(db, options.unitCode);
  if (!parent) throw new AppError('not_found', `Không có đơn vị mã ${options.unitCode}.`);
  const below = await unitsBelow(db, parent, options.level);
  const resolutions = await selectResolutionsOfUnits(db, [...new Set(below.map((u) => u.code))]);
  const byUnit = new Map<string, ResolutionSummary[]>();
  for (const r of resolutions) byUnit.set(r.unitCode, [...(byUnit.get(r.unitCode) ?? []), r]);
  // Every dossier through the read engine: kept in memory until a change names its unit, the
  // missing ones loaded together in one statement per kind of query.
  const kept = evaluationCacheOf(db);
  const dossiers = new Map<string, ResolutionDossier>();
  const loadAll = async (list: ResolutionSummary[]) => {
    for (const [id, d] of await kept.dossiers(list)) dossiers.set(id, d);
  };
  const dossierOf = (id: string) => dossiers.get(id) as ResolutionDossier;

  let asOf = options.asOf;
  if (!asOf) {
    const newest = [...byUnit.values()].flatMap((list) => (list[0] ? [list[0]] : []));
    await loadAll(newest);
    const defaults = newest.map((r) => defaultAsOf(dossierOf(r.id)));
    const counts = new Map<PeriodCode, number>();
    for (const p of defaults) counts.set(p, (counts.get(p) ?? 0) + 1);
    asOf = [...counts.entries()].sort(([a, m], [b, n]) => n - m || comparePeriods(b, a))[0]?.[0];
  }
  const period = options.period ?? (asOf ? String(endYear(asOf)) : undefined);
  const units = asOf ? below.filter((u) => validAtEnd(u, asOf)) : below;
  const year = asOf ? endYear(asOf) : undefined;
  const chosen = new Map<string, ResolutionSummary>();
  for (const u of units) {
    const r = resolutionInForce(byUnit.get(u.code) ?? [], year);
    if (r) chosen.set(u.code, r);
  }
  await loadAll([...chosen.values()]);
  const approvals = await currentApprovals(
    db,
    [...chosen.values()].map((r) => r.id),
  );
  const approvedOf = new Map<string, PeriodCode[]>();
  for (const a of approvals)
    if (a.state === 'approved' || a.state === 'accepted')
      approvedOf.set(a.resolutionId, [...(approvedOf.get(a.resolutionId) ?? []), a.period]);
  const deadline = period ? await deadlineFor(db, await ancestorCodes(db, parent.code), period) : undefined;
  const deadlineMs = deadline ? endOfDueDayMs(deadline) : undefined;

  const inputs = [];
  const extra = new Map<string, { completeness: ProvinceRow['completeness']; title: string | null }>();
  // Hundreds of units: other requests get a turn every few tens of milliseconds.
  const turn = turnEvery();
  for (const u of units) {
    await turn();
    const r = chosen.get(u.code);
    if (!r || !asOf) {
      inputs.push({ unitCode: u.code, unitName: u.name });
      extra.set(u.code, { completeness: null, title: null });
      continue;
    }
    const dossier = dossierOf(r.id);
    const approved = approvedOf.get(r.id) ?? [];
    const inApproved = (p: PeriodCode) => approved.some((a) => isPeriodInside(p, a));
    const variant = options.approvedOnly ? `approved:${approved.join(',')}` : 'all';
    const evaluation = kept.evaluation(r.id, `${asOf}|${variant}`, () => {
      const used = options.approvedOnly
        ? { ...dossier, observations: dossier.observations.filter((o) => inApproved(o.period)) }
        : dossier;
      return evaluateDossier(used, { asOf });
    });
    inputs.push({
      unitCode: u.code,
      unitName: u.name,
      resolutionId: r.id,
      term: r.term,
      evaluations: evaluation.targets,
      isApproved: inApproved,
    });
    let completeness: ProvinceRow['completeness'] = null;
    if (period) {
      const first = new Map<string, number>();
      for (const o of dossier.observations) {
        const key = `${o.targetId}|${o.period}`;
        const at = o.recordedAt ? Date.parse(o.recordedAt) : Number.POSITIVE_INFINITY;
        first.set(key, Math.min(first.get(key) ?? Number.POSITIVE_INFINITY, at));
      }
      const timed: TimedObservation[] = dossier.observations.map((o) => ({
        ...o,
        firstRecordedAtMs: first.get(`${o.targetId}|${o.period}`) ?? Number.POSITIVE_INFINITY,
      }));
      const c = periodCompleteness(dossier.targets, timed, period, {
        ...(deadlineMs !== undefined ? { deadlineMs } : {}),
        nowMs: options.nowMs,
      });
      completeness = { ...c, text: completenessVi(c, deadline !== undefined) };
    }
    extra.set(u.code, { completeness, title: r.title });
  }
  const grid = buildProvinceGrid(inputs, {
    denominatorKey: options.denominator ?? 'dan-so',
    ...(options.fields?.length ? { fields: options.fields } : {}),
  });
  const totals = asOf && !options.approvedOnly ? await reviewEngineOf(db).totals(asOf) : undefined;
  const approvalOf = new Map(approvals.filter((a) => a.period === period).map((a) => [a.resolutionId, a]));
  const rows: ProvinceRow[] = grid.rows.map((row) => {
    const e = extra.get(row.unitCode);
    const completeness = e?.completeness ?? null;
    const noResolution = row.resolutionId === null;
    const pastDeadline = deadlineMs !== undefined && options.nowMs > deadlineMs;
    return {
      ...row,
      title: e?.title ?? null,
      approval: row.resolutionId ? (approvalOf.get(row.resolutionId) ?? null) : null,
      completeness,
      late: Boolean(completeness?.late) || (noResolution && pastDeadline),
      rollUp: totals?.get(row.unitCode) ?? null,
    };
  });
  return {
    unit: { code: parent.code, name: parent.name, level: parent.level },
    asOf: asOf ?? null,
    period: period ?? null,
    approvedOnly: Boolean(options.approvedOnly),
    deadline: deadline ?? null,
    columns: grid.columns,
    rows,
    counts: {
      units: rows.length,
      withResolution: rows.filter((r) => r.resolutionId).length,
      submitted: rows.filter((r) => r.approval?.state === 'submitted').length,
      approved: rows.filter((r) => r.approval?.state === 'approved' || r.approval?.state === 'accepted')
        .length,
      late: rows.filter((r) => r.late).length,
    },
    rollUp: totals?.get(parent.code) ?? null,
  };
}

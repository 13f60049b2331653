/**
 * Checks the rows of a file against each other and against the stored resolution, and says what
 * an import would change: targets to add or update, plans to set, figures to record. Rows equal
 * to what is stored are skipped, so importing an export again writes nothing. Pure: no database.
 */
import type {
  Adjustment,
  Benchmark,
  Observation,
  Plan,
  ResolutionDossier,
  Target,
  TargetGoal,
} from '../core';
import { readFigureValue } from './figure-value';
import type { CellContext } from './cells';
import type { IssueList } from './issues';
import { SHEET_RESOLUTION } from './layout';
import type { ParsedFile, ResolutionInfo } from './parsed-file';

/** A figure to record, with the revision the importer saw (for the concurrency check). */
export interface FigureChange {
  observation: Omit<Observation, 'revision' | 'recordedAt'>;
  /** The current revision when the file was checked; 0 when there was none. */
  expectedRevision: number;
}

/** Everything an import writes, already validated. */
export interface ChangeSet {
  unitCode: string;
  /** Set when the unit has no resolution yet and the import creates it. */
  createResolution?: ResolutionInfo;
  addTargets: Target[];
  updateTargets: Target[];
  plans: Plan[];
  figures: FigureChange[];
  benchmarks: Benchmark[];
  /** New adjustments, in date order (each puts its new goal in force). */
  adjustments: Adjustment[];
  /** Rows equal to what is stored, skipped. */
  unchanged: number;
}

/** Whether the change set writes anything. */
export function isEmptyChangeSet(c: ChangeSet): boolean {
  return (
    !c.createResolution &&
    !c.addTargets.length &&
    !c.updateTargets.length &&
    !c.plans.length &&
    !c.figures.length
  );
}

/** The change set of a parsed file for the unit's stored resolution (undefined: none yet). */
export function buildChangeSet(
  parsed: ParsedFile,
  stored: ResolutionDossier | undefined,
  unitCode: string,
  issues: IssueList,
  newId: () => string,
): ChangeSet {
  const change: ChangeSet = {
    unitCode,
    addTargets: [],
    updateTargets: [],
    plans: [],
    figures: [],
    benchmarks: [],
    adjustments: [],
    unchanged: 0,
  };
  if (!stored) {
    if (!parsed.resolution) {
      issues.add(
        { sheet: SHEET_RESOLUTION, row: 0 },
        `đơn vị ${unitCode} chưa có nghị quyết nào: tệp cần sheet '${SHEET_RESOLUTION}' để tạo nghị quyết`,
      );
    } else change.createResolution = parsed.resolution;
  }
  if (parsed.resolution && parsed.resolution.unit.code !== unitCode) {
    issues.add(
      { sheet: SHEET_RESOLUTION, row: 0 },
      `tệp là của đơn vị ${parsed.resolution.unit.code}, không phải đơn vị đang nhập (${unitCode})`,
    );
  }

  const wrongUnit = (rowUnit: string | undefined, ctx: CellContext) => {
    if (rowUnit !== undefined && rowUnit !== unitCode) {
      ctx.issues.add(ctx.place, `dòng của đơn vị ${rowUnit}, không phải đơn vị đang nhập (${unitCode})`);
      return true;
    }
    return false;
  };
  const byCode = new Map<string, Target>((stored?.targets ?? []).map((t) => [t.code, t]));
  const newAdjustments = pendingAdjustments(parsed, stored, issues, (rowUnit, ctx) =>
    wrongUnit(rowUnit, ctx),
  );
  // The goal a stored target will have once the file's new adjustments are recorded.
  const goalInForce = (t: Target): TargetGoal =>
    newAdjustments.filter((a) => a.targetCode === t.code).pop()?.adjustment.newGoal ?? t.goal;
  const seenCodes = new Set<string>();
  const targetRows = parsed.targets.filter((row) => !wrongUnit(row.unitCode, row.at.ctx('unitCode')));
  for (const row of targetRows) {
    const code = row.target.code;
    if (seenCodes.has(code)) {
      issues.add(row.at.ctx('code').place, `mã chỉ tiêu '${code}' xuất hiện nhiều lần trong sheet`);
      continue;
    }
    seenCodes.add(code);
    const existing = byCode.get(code);
    byCode.set(code, {
      ...row.target,
      ...(existing ? kept(existing, row.absent) : {}),
      id: existing?.id ?? newId(),
      ...(existing?.dropped ? { dropped: existing.dropped } : {}),
    });
    if (existing && existing.kind !== row.target.kind) {
      issues.add(
        row.at.ctx('kind').place,
        `chỉ tiêu '${code}' đã lưu với loại khác; không đổi loại chỉ tiêu qua tệp nhập`,
      );
    } else if (existing && canonical(goalInForce(existing)) !== canonical(row.target.goal)) {
      issues.add(
        row.at.ctx('goal').place,
        `mục tiêu của chỉ tiêu '${code}' khác mục tiêu đã lưu; điều chỉnh mục tiêu phải ghi quyết định điều chỉnh (số, ngày) trong ứng dụng`,
      );
    }
  }
  // Parents are resolved once every code of the file is known.
  for (const row of targetRows) {
    const target = byCode.get(row.target.code);
    if (!target || !row.parentCode) continue;
    const parent = byCode.get(row.parentCode);
    if (!parent || parent.code === target.code) {
      issues.add(
        row.at.ctx('parentCode').place,
        `không có chỉ tiêu mã '${row.parentCode}' để làm chỉ tiêu cha`,
      );
      continue;
    }
    target.parentId = parent.id;
  }
  const handled = new Set<string>();
  for (const row of targetRows) {
    const target = byCode.get(row.target.code);
    if (!target || handled.has(target.id)) continue;
    handled.add(target.id);
    const existing = stored?.targets.find((t) => t.id === target.id);
    if (!existing) change.addTargets.push(target);
    else if (sameTarget({ ...existing, goal: goalInForce(existing) }, target)) change.unchanged += 1;
    else change.updateTargets.push(target);
  }

  const known = (code: string, ctx: CellContext): Target | undefined => {
    const target = byCode.get(code);
    if (!target)
      ctx.issues.add(ctx.place, `không có chỉ tiêu mã '${code}' (trong sheet Chỉ tiêu hoặc đã lưu)`);
    return target;
  };

  const current = new Map<string, Observation>();
  for (const o of stored?.observations ?? []) {
    const key = `${o.targetId}|${o.period}`;
    const seen = current.get(key);
    if (!seen || o.revision > seen.revision) current.set(key, o);
  }
  const figureKeys = new Set<string>();
  for (const row of parsed.figures) {
    if (wrongUnit(row.unitCode, row.at.ctx('unitCode'))) continue;
    const target = known(row.targetCode, row.at.ctx('targetCode'));
    if (!target) continue;
    const key = `${target.id}|${row.period}`;
    if (figureKeys.has(key)) {
      issues.add(
        row.at.ctx('period').place,
        `chỉ tiêu '${row.targetCode}' kỳ ${row.period} đã có ở một dòng trên`,
      );
      continue;
    }
    figureKeys.add(key);
    const figure = readFigureValue(row.value, row.at.ctx('value'), target);
    if (figure === undefined) continue;
    const observation = {
      targetId: target.id,
      period: row.period,
      value: figure.value,
      ...(figure.hedge ? { hedge: figure.hedge } : {}),
      status: row.status,
      ...(row.source ? { source: row.source } : {}),
      ...(row.comment ? { comment: row.comment } : {}),
    };
    const now = current.get(key);
    if (now && sameFigure(now, observation)) change.unchanged += 1;
    else change.figures.push({ observation, expectedRevision: now?.revision ?? 0 });
  }

  const planKeys = new Set<string>();
  for (const row of parsed.plans) {
    if (wrongUnit(row.unitCode, row.at.ctx('unitCode'))) continue;
    const target = known(row.targetCode, row.at.ctx('targetCode'));
    if (!target) continue;
    if (target.goal.type !== 'number' && target.goal.type !== 'range') {
      issues.add(row.at.ctx('value').place, `chỉ tiêu '${target.code}' không có kế hoạch bằng số`);
      continue;
    }
    const key = `${target.id}|${row.plan.period}|${row.plan.kind}|${row.plan.source}`;
    if (planKeys.has(key)) {
      issues.add(
        row.at.ctx('source').place,
        `kế hoạch nguồn '${row.plan.source}' kỳ ${row.plan.period} của chỉ tiêu '${target.code}' đã có ở một dòng trên`,
      );
      continue;
    }
    planKeys.add(key);
    const same = stored?.plans.find(
      (p) =>
        p.targetId === target.id &&
        p.period === row.plan.period &&
        p.kind === row.plan.kind &&
        p.source === row.plan.source,
    );
    const plan: Plan = { ...row.plan, ...(same ? kept(same, row.absent) : {}), targetId: target.id };
    if (same && canonical(same) === canonical(plan)) change.unchanged += 1;
    else change.plans.push(plan);
  }
  const benchmarkKeys = new Set<string>();
  for (const row of parsed.benchmarks ?? []) {
    if (wrongUnit(row.unitCode, row.at.ctx('unitCode'))) continue;
    const target = known(row.targetCode, row.at.ctx('targetCode'));
    if (!target) continue;
    const key = `${target.id}|${row.benchmark.period}|${row.benchmark.label}`;
    if (benchmarkKeys.has(key)) {
      issues.add(
        row.at.ctx('label').place,
        `giá trị so sánh '${row.benchmark.label}' kỳ ${row.benchmark.period} đã có ở một dòng trên`,
      );
      continue;
    }
    benchmarkKeys.add(key);
    const benchmark: Benchmark = { ...row.benchmark, targetId: target.id };
    const same = stored?.benchmarks.find((b) => `${b.targetId}|${b.period}|${b.label}` === key);
    if (same && canonical(same) === canonical(benchmark)) change.unchanged += 1;
    else change.benchmarks.push(benchmark);
  }

  for (const row of newAdjustments) {
    const target = known(row.targetCode, row.at.ctx('targetCode'));
    if (target) change.adjustments.push({ ...row.adjustment, targetId: target.id });
  }
  change.unchanged += (parsed.adjustments?.length ?? 0) - newAdjustments.length;
  return change;
}

type ParsedAdjustmentRow = NonNullable<ParsedFile['adjustments']>[number];

/** The file's adjustments not stored yet, in date order, each checked to start from the goal in
 * force before it. */
function pendingAdjustments(
  parsed: ParsedFile,
  stored: ResolutionDossier | undefined,
  issues: IssueList,
  wrongUnit: (rowUnit: string | undefined, ctx: CellContext) => boolean,
): ParsedAdjustmentRow[] {
  const storedById = new Map((stored?.targets ?? []).map((t) => [t.id, t]));
  const storedKey = new Set(
    (stored?.adjustments ?? []).map(
      (a) => `${storedById.get(a.targetId)?.code}|${a.decision}|${a.date}|${canonical(a.newGoal)}`,
    ),
  );
  const rows = (parsed.adjustments ?? [])
    .filter((row) => !wrongUnit(row.unitCode, row.at.ctx('unitCode')))
    .filter(
      (row) =>
        !storedKey.has(
          `${row.targetCode}|${row.adjustment.decision}|${row.adjustment.date}|${canonical(row.adjustment.newGoal)}`,
        ),
    )
    .sort((a, b) =>
      a.adjustment.date < b.adjustment.date ? -1 : a.adjustment.date > b.adjustment.date ? 1 : 0,
    );
  if (!stored) return rows;
  const inForce = new Map((stored.targets ?? []).map((t) => [t.code, t.goal]));
  for (const row of rows) {
    const before = inForce.get(row.targetCode);
    if (before && canonical(before) !== canonical(row.adjustment.oldGoal)) {
      issues.add(
        row.at.ctx('oldGoal').place,
        `mục tiêu cũ khác mục tiêu đang áp dụng của chỉ tiêu '${row.targetCode}'`,
      );
    }
    inForce.set(row.targetCode, row.adjustment.newGoal);
  }
  return rows;
}

/** The stored values of the attributes a file does not carry. */
function kept<T extends object>(stored: T, absent: (keyof T)[] | undefined): Partial<T> {
  const out: Partial<T> = {};
  for (const key of absent ?? []) if (stored[key] !== undefined) out[key] = stored[key];
  return out;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/** Whether two targets carry the same attributes. */
export function sameTarget(a: Target, b: Target): boolean {
  return canonical(a) === canonical(b);
}

function sameFigure(a: Observation, b: Omit<Observation, 'revision' | 'recordedAt'>): boolean {
  return (
    canonical(a.value) === canonical(b.value) &&
    a.hedge === b.hedge &&
    a.status === b.status &&
    (a.source ?? '') === (b.source ?? '') &&
    (a.comment ?? '') === (b.comment ?? '')
  );
}

/**
 * The province's view of its units for one term: units down, targets across (matched by the
 * common indicator key, else by the target's code and name), each cell the core's final light,
 * verdict and view texts, each row the count of targets met ("24/28") and the lights, rows red
 * first. Each column is rolled up by the kind of its target (rollup.ts) over the units measuring
 * the same thing (compare-measure.ts: same quantity, period, coverage); the rule is phrased
 * under it. Pure: the evaluations come in, made as of the same period for every unit.
 */
import type { TargetEvaluation } from './evaluation-types';
import {
  conversionFactor,
  keyDifference,
  measureOf,
  type MeasureKey,
  type Measured,
} from './compare-measure';
import { FIELDS, LIGHTS, type Field, type Light, type PeriodCode, type Verdict, type Band } from './model';
import { phraseRollup, rollUp, rollupRuleOf, type RollupPart, type RollupRule } from './rollup';
import { countMet, type MetCount } from './unit-progress';
import { formatNumberVi, formatQuantityVi } from './vi-number';

/** One unit: its evaluated targets (absent when it has no resolution for the term). */
export interface GridUnitInput {
  unitCode: string;
  unitName: string;
  resolutionId?: string;
  term?: PeriodCode;
  evaluations?: readonly TargetEvaluation[];
  /** Periods whose figures are approved (the figure judged is marked approved when inside one). */
  approvedPeriods?: readonly PeriodCode[];
  isApproved?: (period: PeriodCode) => boolean;
}

/** A column: one indicator. */
export interface GridColumn {
  key: string;
  code: string;
  name: string;
  field: Field;
  unit: string;
  rule: RollupRule;
  /** Units with a target for it. */
  units: number;
  /** The roll-up over the units measuring the same thing; `missing` units lack a comparable
   * figure (then the value is a partial one and the text says so). */
  rollup: {
    valueText: string | null;
    period: PeriodCode | null;
    text: string;
    count: number;
    missing: number;
  };
}

/** One cell. */
export interface GridCell {
  targetId: string;
  light: Light;
  verdict: Verdict;
  band: Band;
  actualText: string | null;
  period: PeriodCode | null;
  percentText: string | null;
  /** For sorting: the percentage of the goal shown (null when none). */
  percentValue: number | null;
  /** Whether the figure judged lies in an approved period. */
  approved: boolean;
}

/** One row. */
export interface GridRow {
  unitCode: string;
  unitName: string;
  resolutionId: string | null;
  met: MetCount | null;
  lights: Record<Light, number>;
  /** One per column, null when the unit has no target for it. */
  cells: (GridCell | null)[];
}

/** The grid. */
export interface ProvinceGrid {
  columns: GridColumn[];
  rows: GridRow[];
}

const keyOf = (e: TargetEvaluation) => e.target.indicator ?? `${e.target.code}|${e.target.name}`;

/** Rows red first: more red cells, then more orange, then fewer met, then by name. */
export function compareRowsRedFirst(a: GridRow, b: GridRow): number {
  return (
    b.lights.red - a.lights.red ||
    b.lights.orange - a.lights.orange ||
    (a.met ? a.met.met / Math.max(1, a.met.of) : 2) - (b.met ? b.met.met / Math.max(1, b.met.of) : 2) ||
    a.unitName.localeCompare(b.unitName, 'vi')
  );
}

/** Builds the grid; `denominatorKey` names the indicator whose figure weights ratios (population). */
export function buildProvinceGrid(
  units: readonly GridUnitInput[],
  options: { denominatorKey?: string; fields?: readonly Field[]; ownTargets?: boolean } = {},
): ProvinceGrid {
  const columns = new Map<string, { first: TargetEvaluation; order: number }>();
  let order = 0;
  for (const u of units)
    for (const e of u.evaluations ?? []) {
      if (e.target.dropped || e.target.parentId) continue;
      // Only targets of a common indicator are comparable across units; a unit's own targets
      // count in its "met" figure but get no column.
      if (!e.target.indicator && !options.ownTargets) continue;
      if (options.fields && !options.fields.includes(e.target.field)) continue;
      const key = keyOf(e);
      if (!columns.has(key)) columns.set(key, { first: e, order: order++ });
    }
  const ordered = [...columns.entries()].sort(
    ([, a], [, b]) =>
      FIELDS.indexOf(a.first.target.field) - FIELDS.indexOf(b.first.target.field) || a.order - b.order,
  );
  const keys = ordered.map(([k]) => k);
  const rows: GridRow[] = units.map((u) => {
    const byKey = new Map((u.evaluations ?? []).filter((e) => !e.target.dropped).map((e) => [keyOf(e), e]));
    const lights = Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<Light, number>;
    const cells = keys.map((k): GridCell | null => {
      const e = byKey.get(k);
      if (!e) return null;
      lights[e.final.light]++;
      const period = e.view?.actual?.period ?? null;
      return {
        targetId: e.target.id,
        light: e.final.light,
        verdict: e.final.verdict,
        band: e.final.band,
        actualText: e.view?.actual?.text ?? null,
        period,
        percentText: e.view?.percentOfGoal?.text ?? null,
        percentValue: e.view?.percentOfGoal?.value ?? null,
        approved: period !== null && (u.isApproved?.(period) ?? false),
      };
    });
    return {
      unitCode: u.unitCode,
      unitName: u.unitName,
      resolutionId: u.resolutionId ?? null,
      met: u.evaluations ? countMet(u.evaluations) : null,
      lights,
      cells,
    };
  });
  rows.sort(compareRowsRedFirst);
  const gridColumns = ordered.map(([key, { first }]) =>
    rollColumn(key, first, units, options.denominatorKey),
  );
  return { columns: gridColumns, rows };
}

function rollColumn(
  key: string,
  first: TargetEvaluation,
  units: readonly GridUnitInput[],
  denominatorKey?: string,
): GridColumn {
  const t = first.target;
  // A growth entered as levels by some units is recomputed from their levels (the others, with
  // rates only, are left out); otherwise the rule of the first unit's target.
  const growthFromLevels = units.some((u) =>
    u.evaluations?.some((x) => keyOf(x) === key && rollupRuleOf(x.target).method === 'growth-from-levels'),
  );
  const rule: RollupRule = growthFromLevels ? { method: 'growth-from-levels' } : rollupRuleOf(t);
  const measured: { unitCode: string; m: Measured; denominator?: number }[] = [];
  const missing: string[] = [];
  let withTarget = 0;
  for (const u of units) {
    const e = u.evaluations?.find((x) => !x.target.dropped && keyOf(x) === key);
    if (!e) continue;
    withTarget++;
    const m = measureOf(e, u.term);
    if (typeof m === 'string') {
      missing.push(u.unitName);
      continue;
    }
    const den = denominatorKey
      ? u.evaluations?.find((x) => x.target.indicator === denominatorKey)
      : undefined;
    const denValue = den?.view?.actual?.value;
    measured.push({
      unitCode: u.unitName,
      m,
      ...(typeof denValue === 'number' ? { denominator: denValue } : {}),
    });
  }
  const base = { key, code: t.code, name: t.name, field: t.field, unit: t.unit, rule, units: withTarget };
  const reference = mostCommonKey(measured.map((x) => x.m.key));
  const parts: RollupPart[] = [];
  for (const x of measured) {
    if (
      (rule.method === 'ratio-from-parts' && !(x.denominator !== undefined && x.denominator > 0)) ||
      (rule.method === 'growth-from-levels' && !x.m.levels)
    ) {
      missing.push(x.unitCode);
      continue;
    }
    const factor = reference ? conversionFactor(x.m.key.unit, reference.unit) : undefined;
    if (!reference || keyDifference(x.m.key, reference) !== 'same' || factor === undefined) {
      missing.push(x.unitCode);
      continue;
    }
    parts.push({
      unitCode: x.unitCode,
      value: x.m.value * factor,
      ...(x.denominator !== undefined ? { denominator: x.denominator } : {}),
      ...(x.m.levels ? { levels: { base: x.m.levels.base, last: x.m.levels.last } } : {}),
    });
  }
  const years =
    reference?.fromYear !== undefined ? Number(reference.period) - reference.fromYear + 1 : undefined;
  const result = rollUp(rule, parts, { ...(years !== undefined && Number.isFinite(years) ? { years } : {}) });
  const precision = Math.max(0, ...measured.map((x) => x.m.precision));
  const valueText =
    result.value === null || !reference
      ? null
      : rule.method === 'growth-from-levels'
        ? `${formatNumberVi(result.value, Math.max(1, precision), { trimZeros: true })}%/năm`
        : formatQuantityVi(result.value, reference.unit, precision);
  return {
    ...base,
    rollup: {
      valueText,
      period: reference?.period ?? null,
      text:
        phraseRollup(result, { denominatorName: denominatorKey ?? 'mẫu số' }) +
        (missing.length && result.gap !== 'not-additive'
          ? ` Chưa đủ: ${missing.length}/${withTarget} đơn vị chưa có số liệu cùng kỳ, cùng thước đo${rule.method === 'ratio-from-parts' ? ' hoặc chưa có mẫu số' : ''}.`
          : ''),
      count: parts.length,
      missing: missing.length,
    },
  };
}

function mostCommonKey(keys: readonly MeasureKey[]): MeasureKey | undefined {
  const groups: { key: MeasureKey; n: number }[] = [];
  for (const k of keys) {
    const g = groups.find((x) => keyDifference(x.key, k) === 'same');
    if (g) g.n++;
    else groups.push({ key: k, n: 1 });
  }
  return groups.sort((a, b) => b.n - a.n)[0]?.key;
}

/**
 * The comparison of the units below one parent on one indicator ("xếp thứ 4 toàn tỉnh", "gấp
 * 1,53 lần bình quân chung của tỉnh"). Units are ranked only on the same measure, period and
 * coverage (see compare-measure.ts); the others are listed with the reason. What they are
 * compared against is computed by the kind of the measure, never a plain mean passed off as the
 * parent's: the parent's own figure when it has one; for values that add up, the sum of the
 * units; for an average growth from levels, the sum of the last levels over the sum of the base
 * levels; for ratios and per-capita values, a mean weighted by a named indicator (population);
 * otherwise the plain mean of the listed units, labelled as such. Phrased by compare-phrase.ts.
 */
import {
  conversionFactor,
  keyDifference,
  keyId,
  measureOf,
  type Measured,
  type MeasureKey,
  type NotMeasured,
} from './compare-measure';
import type { TargetEvaluation } from './evaluation-types';
import type { Direction, PeriodCode, UnitLevel } from './model';
import { comparePeriods } from './periods';
import { rankUnits } from './rank-units';

/** One unit to compare: the evaluation of its target for the indicator, as of the period shared
 * by every unit. */
export interface CompareUnitInput {
  unitCode: string;
  unitName: string;
  /** Absent when the unit has no target for the indicator. */
  evaluation?: TargetEvaluation;
  /** The term of the unit's resolution: the base year when the target sets none. */
  term?: PeriodCode;
  /** The unit's figure of the weight indicator (population), when one is named. */
  weight?: number;
}

/** The parent: its own figure is the reference when it measures the same thing. */
export interface CompareParentInput extends CompareUnitInput {
  level: UnitLevel;
}

/** The indicator the user names to weight means with ("dan-so": population). */
export interface WeightIndicator {
  indicator: string;
  name: string;
  unit: string;
}

/** Inputs of {@link compareUnits}. `units` are every unit directly below the parent. */
export interface CompareUnitsInput {
  parent: CompareParentInput;
  units: readonly CompareUnitInput[];
  weight?: WeightIndicator;
}

/** Why a unit is not ranked. */
export type ExclusionReason = NotMeasured | 'different-measure' | 'different-coverage' | 'different-period';

/** How the reference was computed (the rule code phrased under the table):
 * - 'parent-figure': the parent's own figure of the same measure;
 * - 'sum-of-units': the measure adds up, the reference is the units' total;
 * - 'ratio-of-sums': average growth of the units' summed levels (last year over base year);
 * - 'weighted-mean': mean weighted by the named indicator;
 * - 'plain-mean': plain mean of the ranked units, never called the parent's average. */
export type ReferenceMethod =
  'parent-figure' | 'sum-of-units' | 'ratio-of-sums' | 'weighted-mean' | 'plain-mean';

/** Why nothing better than a plain mean was possible. */
export type PlainMeanCause = 'no-weight' | 'missing-weights' | 'rates-without-levels';

/** A ranked unit. */
export interface ComparedUnit {
  unitCode: string;
  unitName: string;
  /** The measured value, in the comparison's unit of measure. */
  value: number;
  period: PeriodCode;
  /** 1 = best; equal values (as shown) share a rank. */
  rank: number;
  /** value / reference; null when the reference is not positive or the value is negative.
   * For a measure that adds up, the unit's share of the total. */
  multiple: number | null;
  /** Achievement against the unit's own target (raw ratio), for the record. */
  achievementRatio: number | null;
  /** The unit of measure the figures were entered in, when converted ("triệu đồng"). */
  convertedFrom?: string;
}

/** A unit left out of the ranking, with what it measures when it measures something. */
export interface ExcludedUnit {
  unitCode: string;
  unitName: string;
  reason: ExclusionReason;
  measure?: MeasureKey;
  value?: number;
  precision?: number;
}

/** What the units are compared against, and how it was computed. */
export interface ComparisonReference {
  method: ReferenceMethod;
  value: number;
  /** Ranked units it rests on. */
  count: number;
  /** Whether every unit below the parent is ranked (the reference then stands for the parent). */
  complete: boolean;
  /** Whether the measure adds up over units (the reference is a total; multiples are shares). */
  additive: boolean;
  /** The weight indicator named; `total` is the sum of the weights when the mean is weighted. */
  weight?: WeightIndicator & { total?: number };
  /** 'ratio-of-sums': the summed levels the growth is computed from. */
  levels?: { unit: string; last: number; base: number; baseYear: number; lastYear: number };
  plainMeanCause?: PlainMeanCause;
  /** 'missing-weights': the units without a figure of the weight indicator. */
  missingWeights?: string[];
}

/** The parent's own figure and whether it is the reference. */
export interface ParentFigure {
  unitCode: string;
  unitName: string;
  level: UnitLevel;
  value: number | null;
  period: PeriodCode | null;
  comparable: boolean;
  measure?: MeasureKey;
}

/** The comparison: measure, ranking, units left out, reference. */
export interface UnitComparison {
  /** The measure every ranked unit shares; null when no unit has one. */
  measure: MeasureKey | null;
  direction: Direction;
  /** Display decimals of values (the largest precision of the ranked units' targets). */
  decimals: number;
  parent: ParentFigure;
  units: ComparedUnit[];
  excluded: ExcludedUnit[];
  reference: ComparisonReference | null;
  /** Units below the parent (ranked and excluded). */
  total: number;
}

const NOT_ADDITIVE_NAME = /bình quân|đầu người|binh-quan|dau-nguoi|\/\s*người|mật độ|tỷ lệ|tỷ trọng|ty-le/i;

/** Whether the measure adds up over units: sums so far and flows do (revenue, production
 * value), counts do; rates, shares and per-capita values never do (an end-level target in money
 * is a flow by default even when it is per head, so per-capita names are checked). */
export function isAdditiveMeasure(evaluation: TargetEvaluation, key: MeasureKey): boolean {
  if (key.quantity === 'average-growth') return false;
  if (key.quantity === 'sum-so-far') return true;
  const t = evaluation.target;
  if (t.unit.includes('%') || ['ratio', 'range', 'structure'].includes(t.kind)) return false;
  if (NOT_ADDITIVE_NAME.test(`${t.name.normalize('NFC')} ${t.indicator ?? ''}`)) return false;
  return evaluation.aggregation === 'flow' || t.kind === 'count';
}

interface Candidate {
  input: CompareUnitInput;
  measured: Measured;
}

/** The key the units are ranked on: the parent's when a unit shares it, else the most common
 * (ties: whole years before parts of a year, then the latest period). */
function chooseKey(candidates: Candidate[], parent: Measured | undefined): MeasureKey | undefined {
  if (parent && candidates.some((c) => keyDifference(c.measured.key, parent.key) === 'same'))
    return parent.key;
  const groups = new Map<string, { key: MeasureKey; count: number }>();
  for (const c of candidates) {
    const id = keyId(c.measured.key);
    const group = groups.get(id);
    if (group) group.count += 1;
    else groups.set(id, { key: c.measured.key, count: 1 });
  }
  const best = [...groups.entries()].sort(
    ([idA, a], [idB, b]) =>
      b.count - a.count ||
      Number(b.key.coverage === 'whole-year') - Number(a.key.coverage === 'whole-year') ||
      comparePeriods(b.key.period, a.key.period) ||
      idA.localeCompare(idB),
  )[0];
  return best?.[1].key;
}

function plainMean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

interface RankedCandidate extends Candidate {
  value: number;
}

function computeReference(
  ranked: RankedCandidate[],
  key: MeasureKey,
  additive: boolean,
  complete: boolean,
  parent: { measured: Measured | undefined; comparable: boolean },
  weight: WeightIndicator | undefined,
): ComparisonReference {
  const values = ranked.map((c) => c.value);
  const base = { count: ranked.length, complete, additive };
  if (parent.comparable && parent.measured) {
    const factor = conversionFactor(parent.measured.key.unit, key.unit) ?? 1;
    return { ...base, method: 'parent-figure', value: parent.measured.value * factor };
  }
  if (additive) return { ...base, method: 'sum-of-units', value: values.reduce((s, v) => s + v, 0) };
  if (key.quantity === 'average-growth' && key.fromYear !== undefined) {
    const levelUnit = ranked[0]?.measured.levels?.unit;
    const levels = ranked.map((c) => {
      const l = c.measured.levels;
      const f = l && levelUnit !== undefined ? conversionFactor(l.unit, levelUnit) : undefined;
      return l && f !== undefined ? { last: l.last * f, base: l.base * f } : undefined;
    });
    const lastYear = Number(key.period);
    if (levelUnit !== undefined && levels.every((l) => l !== undefined) && Number.isInteger(lastYear)) {
      const last = levels.reduce((s, l) => s + (l?.last ?? 0), 0);
      const baseSum = levels.reduce((s, l) => s + (l?.base ?? 0), 0);
      const years = lastYear - key.fromYear + 1;
      if (baseSum > 0 && last > 0 && years > 0)
        return {
          ...base,
          method: 'ratio-of-sums',
          value: ((last / baseSum) ** (1 / years) - 1) * 100,
          levels: { unit: levelUnit, last, base: baseSum, baseYear: key.fromYear - 1, lastYear },
        };
    }
  }
  const rateOnly = key.quantity === 'average-growth';
  if (weight) {
    const missing = ranked.filter((c) => !(c.input.weight !== undefined && c.input.weight > 0));
    if (missing.length === 0) {
      const total = ranked.reduce((s, c) => s + (c.input.weight ?? 0), 0);
      const value = ranked.reduce((s, c) => s + c.value * (c.input.weight ?? 0), 0) / total;
      return { ...base, method: 'weighted-mean', value, weight: { ...weight, total } };
    }
    return {
      ...base,
      method: 'plain-mean',
      value: plainMean(values),
      plainMeanCause: 'missing-weights',
      weight,
      missingWeights: missing.map((c) => c.input.unitName),
    };
  }
  return {
    ...base,
    method: 'plain-mean',
    value: plainMean(values),
    plainMeanCause: rateOnly ? 'rates-without-levels' : 'no-weight',
  };
}

/**
 * Compares the units below a parent on one indicator: the measure key, the units ranked on the
 * measure of the reference (the parent's, or else the most common), the units left out with the
 * reason, and the reference value with how it was computed. Pure: every unit's evaluation must
 * be made as of the same period.
 */
export function compareUnits(input: CompareUnitsInput): UnitComparison {
  const { parent, units, weight } = input;
  const parentMeasure = measureOf(parent.evaluation, parent.term);
  const parentMeasured = typeof parentMeasure === 'string' ? undefined : parentMeasure;
  const candidates: Candidate[] = [];
  const excluded: ExcludedUnit[] = [];
  for (const unit of units) {
    const m = measureOf(unit.evaluation, unit.term);
    if (typeof m === 'string') excluded.push({ unitCode: unit.unitCode, unitName: unit.unitName, reason: m });
    else candidates.push({ input: unit, measured: m });
  }
  const key = chooseKey(candidates, parentMeasured);
  const parentFigure: ParentFigure = {
    unitCode: parent.unitCode,
    unitName: parent.unitName,
    level: parent.level,
    value: parentMeasured?.value ?? null,
    period: parentMeasured?.key.period ?? null,
    comparable: Boolean(parentMeasured && key && keyDifference(parentMeasured.key, key) === 'same'),
  };
  if (parentMeasured) parentFigure.measure = parentMeasured.key;

  const ranked: (RankedCandidate & { convertedFrom?: string })[] = [];
  for (const c of candidates) {
    const difference = key ? keyDifference(c.measured.key, key) : 'different-measure';
    if (difference === 'same' && key) {
      const factor = conversionFactor(c.measured.key.unit, key.unit) ?? 1;
      const entry: RankedCandidate & { convertedFrom?: string } = { ...c, value: c.measured.value * factor };
      if (c.measured.key.unit !== key.unit) entry.convertedFrom = c.measured.key.unit;
      ranked.push(entry);
    } else if (difference !== 'same')
      excluded.push({
        unitCode: c.input.unitCode,
        unitName: c.input.unitName,
        reason: difference,
        measure: c.measured.key,
        value: c.measured.value,
        precision: c.measured.precision,
      });
  }
  const order = new Map(units.map((u, i) => [u.unitCode, i]));
  excluded.sort((a, b) => (order.get(a.unitCode) ?? 0) - (order.get(b.unitCode) ?? 0));

  const referenceEvaluation =
    (parentFigure.comparable ? parent.evaluation : undefined) ?? ranked[0]?.input.evaluation;
  const direction: Direction = referenceEvaluation?.target.direction ?? 'higher-is-better';
  const precisions = ranked.map((c) => c.measured.precision);
  if (parentFigure.comparable && parentMeasured) precisions.push(parentMeasured.precision);
  const decimals = precisions.length > 0 ? Math.max(...precisions) : 2;
  const result: UnitComparison = {
    measure: key ?? null,
    direction,
    decimals,
    parent: parentFigure,
    units: [],
    excluded,
    reference: null,
    total: units.length,
  };
  if (!key || ranked.length === 0 || !referenceEvaluation) return result;

  const additive = isAdditiveMeasure(referenceEvaluation, key);
  const reference = computeReference(
    ranked,
    key,
    additive,
    ranked.length === units.length,
    { measured: parentMeasured, comparable: parentFigure.comparable },
    weight,
  );
  result.reference = reference;
  const byCode = new Map(ranked.map((c) => [c.input.unitCode, c]));
  result.units = rankUnits(
    ranked.map((c) => ({
      unitCode: c.input.unitCode,
      unitName: c.input.unitName,
      value: c.value,
      period: key.period,
    })),
    direction,
    decimals,
  ).map((r) => {
    const c = byCode.get(r.unitCode);
    const unit: ComparedUnit = {
      ...r,
      multiple: reference.value > 0 && r.value >= 0 ? r.value / reference.value : null,
      achievementRatio: c?.input.evaluation?.achievement?.ratio ?? null,
    };
    if (c?.convertedFrom) unit.convertedFrom = c.convertedFrom;
    return unit;
  });
  return result;
}

/**
 * The rows an export writes, by column key, in the template's layout: shared by the Excel and
 * CSV exporters so both carry the same data and both can be imported again.
 */
import { comparePeriods } from '../core';
import { formatPeriodVi } from '../core';
import type { Observation, Plan, ResolutionDossier, Target } from '../core';
import { figureCellValue } from './figure-value';
import {
  ACCUMULATION_LABELS,
  AGGREGATION_LABELS,
  DIRECTION_LABELS,
  FIELD_LABELS,
  ISSUER_KIND_LABELS,
  KIND_LABELS,
  labelOf,
  PLAN_KIND_LABELS,
  PRICE_BASIS_LABELS,
  QUALIFIER_LABELS,
  SERIES_BASIS_LABELS,
  STATUS_LABELS,
  UNIT_LEVEL_LABELS,
} from './labels';
import type { NumberLocale } from './number-text';
import { goalCellText } from './parse-records';

/** A cell to write: numbers stay numbers. */
export type OutValue = string | number | undefined;
export type OutRow = Record<string, OutValue>;

/** The current revision of each figure (highest revision per target and period). */
export function currentObservations(observations: Observation[]): Observation[] {
  const current = new Map<string, Observation>();
  for (const o of observations) {
    const key = `${o.targetId}|${o.period}`;
    const seen = current.get(key);
    if (!seen || o.revision > seen.revision) current.set(key, o);
  }
  return [...current.values()];
}

/** Rows of the "Chỉ tiêu" sheet. */
export function targetRows(dossier: ResolutionDossier, locale: NumberLocale = 'vi'): OutRow[] {
  const codeOf = new Map(dossier.targets.map((t) => [t.id, t.code]));
  return dossier.targets.map((t) => ({
    code: t.code,
    name: t.name,
    field: labelOf(FIELD_LABELS, t.field),
    kind: labelOf(KIND_LABELS, t.kind),
    direction: labelOf(DIRECTION_LABELS, t.direction),
    qualifier: labelOf(QUALIFIER_LABELS, t.qualifier),
    unit: t.unit || undefined,
    precision: t.precision,
    ...goalCells(t, locale),
    baseYear: t.baseYear,
    baseValue: t.baseValue,
    targetYear: t.targetYear,
    seriesBasis: t.seriesBasis ? labelOf(SERIES_BASIS_LABELS, t.seriesBasis) : undefined,
    accumulation: t.accumulation ? labelOf(ACCUMULATION_LABELS, t.accumulation) : undefined,
    priceBasis: t.priceBasis ? labelOf(PRICE_BASIS_LABELS, t.priceBasis) : undefined,
    indicator: t.indicator,
    parentCode: t.parentId ? codeOf.get(t.parentId) : undefined,
    statedCount: t.statedCount?.value,
    statedCountUnit: t.statedCount?.unit || undefined,
    percentDecimals: t.percentDecimals,
    levelUnit: t.levelUnit,
    aggregation: t.aggregation ? labelOf(AGGREGATION_LABELS, t.aggregation) : undefined,
    note: t.note,
    unitCode: dossier.unit.code,
  }));
}

function goalCells(t: Target, locale: NumberLocale): OutRow {
  const g = t.goal;
  const num = (v: number) => (locale === 'vi' ? String(v).replace('.', ',') : String(v));
  switch (g.type) {
    case 'number':
      return { goal: g.value };
    case 'range':
      return { min: g.min, max: g.max };
    case 'milestone':
      return {};
    case 'grade':
      return { scale: g.scale.join('; '), required: g.required };
    case 'structure':
      return { scale: g.shares.map((s) => `${s.name}: ${num(s.value)}`).join('; ') };
  }
}

/** Rows of the "Số liệu" sheet: current figures, by target order then period. */
export function figureRows(
  dossier: ResolutionDossier,
  locale: NumberLocale = 'vi',
): { row: OutRow; target: Target }[] {
  const order = new Map(dossier.targets.map((t, i) => [t.id, i]));
  const byId = new Map(dossier.targets.map((t) => [t.id, t]));
  return currentObservations(dossier.observations)
    .filter((o) => byId.has(o.targetId))
    .sort(
      (a, b) =>
        (order.get(a.targetId) ?? 0) - (order.get(b.targetId) ?? 0) || comparePeriods(a.period, b.period),
    )
    .map((o) => {
      const target = byId.get(o.targetId) as Target;
      return {
        target,
        row: {
          targetCode: target.code,
          period: locale === 'vi' ? formatPeriodVi(o.period) : o.period,
          value: figureCellValue(o.value, locale, o.hedge),
          status: labelOf(STATUS_LABELS, o.status),
          source: o.source,
          comment: o.comment,
          unitCode: dossier.unit.code,
        },
      };
    });
}

/** Rows of the "Kế hoạch" sheet. */
export function planRows(dossier: ResolutionDossier, locale: NumberLocale = 'vi'): OutRow[] {
  const codeOf = new Map(dossier.targets.map((t) => [t.id, t.code]));
  const order = new Map(dossier.targets.map((t, i) => [t.id, i]));
  return [...dossier.plans]
    .filter((p) => codeOf.has(p.targetId))
    .sort(
      (a, b) =>
        (order.get(a.targetId) ?? 0) - (order.get(b.targetId) ?? 0) || comparePeriods(a.period, b.period),
    )
    .map((p: Plan) => ({
      targetCode: codeOf.get(p.targetId),
      period: locale === 'vi' ? formatPeriodVi(p.period) : p.period,
      kind: labelOf(PLAN_KIND_LABELS, p.kind),
      source: p.source,
      label: p.label,
      value: p.value,
      percentDecimals: p.percentDecimals,
      unitCode: dossier.unit.code,
    }));
}

/** Items of the "Nghị quyết" sheet by key. */
export function resolutionItems(dossier: ResolutionDossier): OutRow {
  return {
    unitCode: dossier.unit.code,
    unitName: dossier.unit.name,
    parentCode: dossier.unit.parentCode,
    unitLevel: labelOf(UNIT_LEVEL_LABELS, dossier.unit.level),
    title: dossier.title,
    congressNumber: dossier.congress.number,
    term: dossier.congress.term,
    congressDate: dossier.congress.date,
    committee: dossier.congress.committee,
    issuerKind: labelOf(ISSUER_KIND_LABELS, dossier.issuer.kind),
    issuerSuperior: dossier.issuer.superior,
    issuerName: dossier.issuer.name,
    issuerPlace: dossier.issuer.place,
    issuerSymbol: dossier.issuer.symbol,
  };
}

/** Rows of the "So sánh" sheet. */
export function benchmarkRows(dossier: ResolutionDossier, locale: NumberLocale = 'vi'): OutRow[] {
  const codeOf = new Map(dossier.targets.map((t) => [t.id, t.code]));
  return dossier.benchmarks
    .filter((b) => codeOf.has(b.targetId))
    .map((b) => ({
      targetCode: codeOf.get(b.targetId),
      period: locale === 'vi' ? formatPeriodVi(b.period) : b.period,
      label: b.label,
      value: b.value,
      rankPosition: b.rank?.position,
      rankOf: b.rank?.of,
      rankScope: b.rank?.scope || undefined,
      unitCode: dossier.unit.code,
    }));
}

/** Rows of the "Điều chỉnh" sheet (adjustments of number and range goals). */
export function adjustmentRows(dossier: ResolutionDossier, locale: NumberLocale = 'vi'): OutRow[] {
  const codeOf = new Map(dossier.targets.map((t) => [t.id, t.code]));
  return dossier.adjustments
    .filter((a) => codeOf.has(a.targetId))
    .map((a) => ({
      targetCode: codeOf.get(a.targetId),
      oldGoal: goalCellText(a.oldGoal, locale),
      newGoal: goalCellText(a.newGoal, locale),
      decision: a.decision,
      date: a.date,
      reason: a.reason,
      unitCode: dossier.unit.code,
    }));
}

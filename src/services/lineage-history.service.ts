/**
 * A new unit's history read through the old units it was made of (lineage): for one indicator,
 * the old units' figures of their own term (2020-2025 stays with the old unit), rolled up year
 * by year by the kind of the target and the share each old unit gave (rollup-series.ts). Only
 * old units with a resolution of a term begun before the change holding the indicator take part;
 * the others are listed. An old commune whose old district is also a predecessor is left out (it
 * is inside the district's share). Ratios are
 * recomputed with the "dan-so" (population) figures of the old units when they have them.
 */
import {
  defaultAggregation,
  formatNumberVi,
  formatQuantityVi,
  phraseRollup,
  rollUpSeries,
  rollupRuleOf,
  termBaseYear,
  termEndYear,
  yearFromParts,
  yearValues,
  type Observation,
  type ResolutionDossier,
  type SeriesPart,
  type Target,
} from '../core';
import { batchingSql } from '../db/batching-sql';
import type { Sql } from '../db/database';
import { selectResolutionsOfUnits } from '../db/resolution.repository';
import { AppError } from './app-error';
import { loadDossier } from './dossier.service';
import { getUnit, unitLineage, type LineageLink } from './unit.service';

/** The answer. */
export interface LineageHistory {
  unit: { code: string; name: string };
  indicator: string;
  name: string | null;
  rule: ReturnType<typeof rollupRuleOf> | null;
  parts: {
    unitCode: string;
    unitName: string;
    kind: LineageLink['kind'];
    share: number | null;
    /** "40%", "toàn bộ", "chưa có tỷ lệ". */
    shareText: string;
    effectiveDate: string;
    hasFigures: boolean;
  }[];
  years: { period: string; valueText: string | null; text: string }[];
}

const SHARE_ONE = new Set(['merge', 'rename', 'retype', 'continue']);

function yearly(target: Target, observations: readonly Observation[], term: string): Map<number, number> {
  const own = observations.filter((o) => o.targetId === target.id);
  const out = new Map<number, number>();
  for (const [year, used] of yearValues(own, `${termEndYear(term)}`)) out.set(year, used.value);
  if (defaultAggregation(target) === 'flow')
    for (let y = termBaseYear(term); y <= termEndYear(term); y++)
      if (!out.has(y)) {
        const sum = yearFromParts(own, y);
        if (sum && typeof sum.value === 'number') out.set(y, sum.value);
      }
  if (target.baseYear !== undefined && target.baseValue !== undefined && !out.has(target.baseYear))
    out.set(target.baseYear, target.baseValue);
  return out;
}

/** The history of `unitCode` on `indicator` through its predecessors. */
export async function lineageHistory(db: Sql, unitCode: string, indicator: string): Promise<LineageHistory> {
  const unit = await getUnit(db, unitCode);
  if (!unit) throw new AppError('not_found', `Không có đơn vị mã ${unitCode}.`);
  const all = (await unitLineage(db, unitCode)).predecessors;
  // A commune whose old district is also a predecessor is already inside the district's share.
  const parents = await db.query<{ code: string; parent: string }>(
    `select u.code, p.code as parent from units u join units p on p.id = u.parent_id
     where u.code = any($1::text[]) and u.valid_to is not null`,
    [all.map((l) => l.fromCode)],
  );
  const codes = new Set(all.map((l) => l.fromCode));
  const inside = new Set(parents.filter((r) => codes.has(r.parent)).map((r) => r.code));
  const links = all.filter((l) => !inside.has(l.fromCode));
  const resolutions = await selectResolutionsOfUnits(db, [...new Set(links.map((l) => l.fromCode))]);
  const ids = resolutions.map((r) => r.id);
  const batched = batchingSql(db, new Set(ids));
  const dossiers = new Map<string, ResolutionDossier>();
  (await Promise.all(ids.map((id) => loadDossier(batched, id)))).forEach((d, i) =>
    dossiers.set(ids[i] as string, d),
  );

  let first: Target | undefined;
  const parts: LineageHistory['parts'] = [];
  const series: SeriesPart[] = [];
  const allYears = new Set<number>();
  for (const link of links) {
    const share = SHARE_ONE.has(link.kind) ? 1 : (link.share ?? null);
    let found: { dossier: ResolutionDossier; target: Target; term: string } | undefined;
    // The old unit's own term, before the change (a reused code's new unit has a later one).
    const before = Number(link.effectiveDate.slice(0, 4));
    for (const r of resolutions.filter(
      (x) => x.unitCode === link.fromCode && termBaseYear(x.term) < before,
    )) {
      const dossier = dossiers.get(r.id);
      const target = dossier?.targets.find((t) => t.indicator === indicator && !t.dropped);
      if (dossier && target) {
        found = { dossier, target, term: r.term };
        break;
      }
    }
    parts.push({
      unitCode: link.fromCode,
      unitName: link.fromName,
      kind: link.kind,
      share,
      shareText:
        share === null
          ? 'chưa có tỷ lệ'
          : share === 1
            ? 'toàn bộ'
            : `${formatNumberVi(share * 100, 2, { trimZeros: true })}%`,
      effectiveDate: link.effectiveDate,
      hasFigures: Boolean(found),
    });
    if (!found) continue;
    first ??= found.target;
    const values = yearly(found.target, found.dossier.observations, found.term);
    const people = found.dossier.targets.find((t) => t.indicator === 'dan-so');
    for (const y of values.keys()) allYears.add(y);
    series.push({
      unitCode: link.fromName,
      share,
      values,
      ...(people ? { denominators: yearly(people, found.dossier.observations, found.term) } : {}),
    });
  }
  if (!first)
    return {
      unit: { code: unit.code, name: unit.name },
      indicator,
      name: null,
      rule: null,
      parts,
      years: [],
    };
  const rule = rollupRuleOf(first);
  const sorted = [...allYears].sort((a, b) => a - b);
  // A growth needs the year before: the first year has none.
  const years = rule.method === 'growth-from-levels' ? sorted.slice(1) : sorted;
  const target = first;
  return {
    unit: { code: unit.code, name: unit.name },
    indicator,
    name: target.name,
    rule,
    parts,
    years: rollUpSeries(rule, series, years).map(({ period, result }) => ({
      period,
      valueText:
        result.value === null
          ? null
          : rule.method === 'growth-from-levels'
            ? `${formatNumberVi(result.value, Math.max(1, target.precision), { trimZeros: true })}%`
            : formatQuantityVi(result.value, target.unit, target.precision),
      text: phraseRollup(result, { denominatorName: 'dân số' }),
    })),
  };
}

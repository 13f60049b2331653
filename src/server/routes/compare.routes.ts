/** GET /api/compare: the units below one unit, ranked on one indicator by the core's rules. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { phraseComparison } from '../../core';
import { compareUnits, type CompareUnitInput, type WeightIndicator } from '../../core';
import { defaultAsOf } from '../../core';
import type { TargetEvaluation } from '../../core';
import type { PeriodCode, ResolutionDossier } from '../../core';
import {
  comparePeriods,
  endMonthIndex,
  endYear,
  periodOf,
  startMonthIndex,
  termBaseYear,
  termEndYear,
} from '../../core';
import type { Sql } from '../../db/database';
import { selectResolutionsOfUnits, type ResolutionSummary } from '../../db/resolution.repository';
import { loadDossier } from '../../services/dossier.service';
import { listUnits, type Unit } from '../../services/unit.service';
import { evaluateAt } from '../evaluation';
import { readSql } from '../read-routing';
import { authorizeUnit } from '../resources';
import { PeriodCodeParam, UnitCode } from '../schemas';
import type { ZodTypeProvider } from '../zod';
import { CompareAnswer } from './compare.schema';

const IndicatorKey = z.string().min(1).max(100);
const CompareQuery = z.object({
  unit: UnitCode.describe('Đơn vị cấp trên: so sánh các đơn vị trực thuộc'),
  indicator: IndicatorKey.describe('Mã chỉ số chung, ví dụ thu-nhap-binh-quan-dau-nguoi'),
  asOf: PeriodCodeParam.optional().describe(
    'Kỳ so sánh, chung cho mọi đơn vị (mặc định: kỳ mặc định của đơn vị cấp trên, nếu không có thì kỳ phổ biến nhất của các đơn vị)',
  ),
  weight: IndicatorKey.optional().describe('Mã chỉ số làm quyền số cho bình quân chung, ví dụ dan-so'),
});

/** Dossiers loaded at most once per request. */
class Dossiers {
  private readonly loaded = new Map<string, Promise<ResolutionDossier>>();
  constructor(private readonly db: Sql) {}
  get(id: string): Promise<ResolutionDossier> {
    let found = this.loaded.get(id);
    if (!found) {
      found = loadDossier(this.db, id);
      this.loaded.set(id, found);
    }
    return found;
  }
}

const hasIndicator = (dossier: ResolutionDossier, indicator: string): boolean =>
  dossier.targets.some((t) => t.indicator === indicator && !t.dropped);

/** The unit's resolution that has the indicator: among those whose term covers `year` when
 * given (newest congress first), else the newest. */
async function resolutionWith(
  dossiers: Dossiers,
  resolutions: ResolutionSummary[],
  indicator: string,
  year?: number,
): Promise<{ dossier: ResolutionDossier; term: PeriodCode } | null> {
  const candidates =
    year === undefined
      ? resolutions
      : resolutions.filter((r) => termBaseYear(r.term) <= year && year <= termEndYear(r.term));
  for (const r of candidates) {
    const dossier = await dossiers.get(r.id);
    if (hasIndicator(dossier, indicator)) return { dossier, term: r.term };
  }
  return null;
}

/** The evaluation of the target with that indicator in an evaluated dossier. */
function targetOf(targets: TargetEvaluation[], indicator: string): TargetEvaluation | undefined {
  return targets.find((t) => t.target.indicator === indicator && !t.target.dropped);
}

/** A numeric figure of a weight target (population): the figure judged, else the latest. */
function weightOf(evaluation: TargetEvaluation | undefined): number | undefined {
  return evaluation?.achievement?.basis?.value ?? evaluation?.latest?.value;
}

/** Whether a unit existed during the period (units end and start with reorganisations). */
function validDuring(unit: Unit, period: PeriodCode): boolean {
  const p = periodOf(period);
  const date = (monthIndex: number, day: string): string =>
    `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}-${day}`;
  const start = date(startMonthIndex(p), '01');
  const end = date(endMonthIndex(p), '31');
  return (
    (unit.validFrom === undefined || unit.validFrom <= end) &&
    (unit.validTo === undefined || unit.validTo > start)
  );
}

/** The most common period (ties: the latest). */
function mostCommon(periods: PeriodCode[]): PeriodCode | undefined {
  const counts = new Map<PeriodCode, number>();
  for (const p of periods) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts.entries()].sort(([a, m], [b, n]) => n - m || comparePeriods(b, a))[0]?.[0];
}

/** Compare route. */
export const compareRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/compare',
    {
      schema: {
        tags: ['So sánh'],
        summary:
          'Xếp hạng các đơn vị trực thuộc theo cùng một thước đo, kỳ và phạm vi; mốc so sánh tính theo loại chỉ tiêu, kèm cách tính',
        querystring: CompareQuery,
        response: { 200: CompareAnswer },
      },
    },
    async (request) => {
      const { unit: parentCode, indicator, weight } = request.query;
      const parent = await authorizeUnit(request, parentCode, 'viewer');
      const sql = await readSql(request);
      const dossiers = new Dossiers(sql);
      const allChildren = (await listUnits(sql)).filter((u) => u.parentCode === parent.code);
      const resolutions = await selectResolutionsOfUnits(sql, [
        parent.code,
        ...allChildren.map((u) => u.code),
      ]);
      const resolutionsOf = (code: string) => resolutions.filter((r) => r.unitCode === code);

      // One as-of for everyone: the requested one, else the parent's default, else the most
      // common default of the units.
      let asOf = request.query.asOf;
      if (!asOf) {
        const own = await resolutionWith(dossiers, resolutionsOf(parent.code), indicator);
        if (own) asOf = defaultAsOf(own.dossier);
        else {
          const defaults: PeriodCode[] = [];
          for (const child of allChildren) {
            const found = await resolutionWith(dossiers, resolutionsOf(child.code), indicator);
            if (found) defaults.push(defaultAsOf(found.dossier));
          }
          asOf = mostCommon(defaults);
        }
      }

      const year = asOf ? endYear(asOf) : undefined;
      let weightMeta: WeightIndicator | undefined;
      const load = async (code: string, name: string): Promise<CompareUnitInput> => {
        const found = await resolutionWith(dossiers, resolutionsOf(code), indicator, year);
        if (!found || !asOf) return { unitCode: code, unitName: name };
        const evaluated = evaluateAt(found.dossier, asOf).targets;
        const input: CompareUnitInput = { unitCode: code, unitName: name, term: found.term };
        const evaluation = targetOf(evaluated, indicator);
        if (evaluation) input.evaluation = evaluation;
        const w = weight ? weightOf(targetOf(evaluated, weight)) : undefined;
        if (w !== undefined) input.weight = w;
        if (weight && !weightMeta) {
          const t = targetOf(evaluated, weight)?.target;
          if (t) weightMeta = { indicator: weight, name: t.name, unit: t.unit };
        }
        return input;
      };
      const children = asOf ? allChildren.filter((u) => validDuring(u, asOf)) : allChildren;
      const units: CompareUnitInput[] = [];
      for (const child of children) units.push(await load(child.code, child.name));
      const parentInput = { ...(await load(parent.code, parent.name)), level: parent.level };
      if (weight && !weightMeta) weightMeta = { indicator: weight, name: weight, unit: '' };

      const comparison = compareUnits({
        parent: parentInput,
        units,
        ...(weightMeta ? { weight: weightMeta } : {}),
      });
      return {
        indicator,
        asOf: asOf ?? null,
        weight: weight ?? null,
        ...comparison,
        rule: comparison.reference?.method ?? null,
        missing: comparison.excluded
          .filter((e) => e.reason === 'no-target' || e.reason === 'no-data')
          .map((e) => e.unitCode),
        texts: { vi: phraseComparison(comparison, 'vi'), en: phraseComparison(comparison, 'en') },
      };
    },
  );
};

/** GET /api/compare: the units below one unit, ranked on one indicator. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { Direction, PeriodCode } from '../../core/model';
import { endYear, termBaseYear, termEndYear } from '../../core/periods';
import type { Sql } from '../../db/database';
import { selectResolutionsOfUnits } from '../../db/resolution.repository';
import { loadDossier } from '../../services/dossier.service';
import { listUnits } from '../../services/unit.service';
import { rankUnits, type UnitValue } from '../../core/rank-units';
import { evaluateAt } from '../evaluation';
import { authorizeUnit } from '../resources';
import { PeriodCodeParam, UnitCode } from '../schemas';
import type { ZodTypeProvider } from '../zod';

const CompareQuery = z.object({
  unit: UnitCode.describe('Đơn vị cấp trên: so sánh các đơn vị trực thuộc'),
  indicator: z.string().min(1).max(100).describe('Mã chỉ số chung, ví dụ thu-nhap-binh-quan-dau-nguoi'),
  asOf: PeriodCodeParam.optional(),
});

interface Found {
  value: number;
  period: string;
  direction: Direction;
  ratio: number | null;
}

/** The unit's value of the indicator as of the period, from the resolution whose term covers it. */
async function valueOf(
  db: Sql,
  unitCode: string,
  indicator: string,
  asOf?: PeriodCode,
): Promise<Found | null> {
  const resolutions = await selectResolutionsOfUnits(db, [unitCode]);
  const year = asOf ? endYear(asOf) : undefined;
  const chosen =
    (year !== undefined &&
      resolutions.find((r) => termBaseYear(r.term) <= year && year <= termEndYear(r.term))) ||
    resolutions[0];
  if (!chosen) return null;
  const dossier = await loadDossier(db, chosen.id);
  const target = dossier.targets.find((t) => t.indicator === indicator && !t.dropped);
  if (!target) return null;
  const evaluation = evaluateAt(dossier, asOf).targets.find((t) => t.target.id === target.id);
  if (!evaluation?.latest) return null;
  return {
    value: evaluation.latest.value,
    period: evaluation.latest.period,
    direction: target.direction,
    ratio: evaluation.achievement?.ratio ?? null,
  };
}

/** Compare route. */
export const compareRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/compare',
    {
      schema: {
        tags: ['So sánh'],
        summary: 'Xếp hạng các đơn vị trực thuộc theo một chỉ số, và bội số so với bình quân chung',
        querystring: CompareQuery,
      },
    },
    async (request) => {
      const { unit: parentCode, indicator, asOf } = request.query;
      const parent = await authorizeUnit(request, parentCode, 'viewer');
      const children = (await listUnits(app.db)).filter((u) => u.parentCode === parent.code);
      const values: (UnitValue & { ratio: number | null })[] = [];
      const missing: string[] = [];
      let direction: Direction = 'higher-is-better';
      for (const child of children) {
        const found = await valueOf(app.db, child.code, indicator, asOf);
        if (!found) {
          missing.push(child.code);
          continue;
        }
        direction = found.direction;
        values.push({
          unitCode: child.code,
          unitName: child.name,
          value: found.value,
          period: found.period,
          ratio: found.ratio,
        });
      }
      const own = await valueOf(app.db, parent.code, indicator, asOf);
      const ranking = rankUnits(values, own?.direction ?? direction, own?.value);
      const ratios = new Map(values.map((v) => [v.unitCode, v.ratio]));
      return {
        indicator,
        asOf: asOf ?? null,
        parent: {
          unitCode: parent.code,
          unitName: parent.name,
          value: own?.value ?? null,
          period: own?.period ?? null,
        },
        direction: own?.direction ?? direction,
        average: ranking.average,
        reference: ranking.reference,
        units: ranking.units.map(({ ratio: _ratio, ...u }) => ({
          ...u,
          achievementRatio: ratios.get(u.unitCode) ?? null,
        })),
        missing,
      };
    },
  );
};

/** Resolutions: read one with the core's evaluation, create one for a unit. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import {
  adjustmentSchema,
  benchmarkSchema,
  congressSchema,
  interchangeDocumentSchema,
  issuerSchema,
  nonEmptyText,
  observationSchema,
  overrideSchema,
  planSchema,
  scenarioSchema,
  targetSchema,
  toDossier,
} from '../../schema';
import { saveDossier } from '../../services/dossier.service';
import { actorOf } from '../access';
import { loadEvaluated, readEvaluated } from '../evaluation';
import { readSql, wroteRecently } from '../read-routing';
import { authorizeResolution, authorizeUnit } from '../resources';
import { resolutionAnswer } from '../../schema/api';
import { AsOfQuery, IdParam, UnitCode } from '../schemas';
import type { ZodTypeProvider } from '../zod';
import { parseOrThrow } from '../zod';

/** The parts of a dossier a new resolution is created from (the unit comes from the path). */
const CreateResolutionBody = z.strictObject({
  issuer: issuerSchema,
  congress: congressSchema,
  title: nonEmptyText,
  targets: z.array(targetSchema).min(1).max(500),
  observations: z.array(observationSchema).max(20_000).optional(),
  plans: z.array(planSchema).max(5_000).optional(),
  benchmarks: z.array(benchmarkSchema).max(5_000).optional(),
  adjustments: z.array(adjustmentSchema).max(1_000).optional(),
  scenarios: z.array(scenarioSchema).max(1_000).optional(),
  overrides: z.array(overrideSchema).max(3_000).optional(),
});

/** Resolution routes. */
export const resolutionRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/resolutions/:id',
    {
      config: { scope: { resource: 'resolution', param: 'id', role: 'viewer' } },
      schema: {
        tags: ['Nghị quyết'],
        summary:
          'Hồ sơ nghị quyết với kết quả đánh giá của lõi tại kỳ asOf (mặc định: kỳ mới nhất có số liệu)',
        params: IdParam,
        querystring: AsOfQuery,
        response: { 200: resolutionAnswer },
      },
    },
    async (request) => {
      const resolution = await authorizeResolution(request, request.params.id, 'viewer');
      return readEvaluated(await readSql(request), request.params.id, request.query.asOf, {
        fresh: wroteRecently(request),
        unitCode: resolution.unit.code,
      });
    },
  );

  app.post(
    '/api/units/:code/resolutions',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'editor' } },
      schema: {
        tags: ['Nghị quyết'],
        summary: 'Tạo nghị quyết cho đơn vị (chỉ tiêu, và tùy chọn số liệu, kế hoạch…); tất cả hoặc không',
        params: z.object({ code: UnitCode }),
        body: CreateResolutionBody,
        response: { 201: resolutionAnswer },
      },
    },
    async (request, reply) => {
      const unit = await authorizeUnit(request, request.params.code, 'editor');
      const unitRef = { code: unit.code, name: unit.name, level: unit.level, parentCode: unit.parentCode };
      // The full interchange checks (cross-field: ids, goals against kinds, figures against targets).
      const document = parseOrThrow(interchangeDocumentSchema, {
        format: 'vedich/1',
        unit: Object.fromEntries(Object.entries(unitRef).filter(([, v]) => v !== undefined)),
        ...request.body,
      });
      const id = await saveDossier(app.db, actorOf(request), toDossier(document));
      return reply.status(201).send({ id, ...(await loadEvaluated(app.db, id)) });
    },
  );
};

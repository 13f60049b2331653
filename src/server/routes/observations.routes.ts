/** Figures: the history of one target's figures (every revision, who, when). */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { selectObservationHistory } from '../../db/observation.repository';
import { authorizeTarget } from '../resources';
import { IdParam, PeriodCodeParam } from '../schemas';
import type { ZodTypeProvider } from '../zod';

const RevisionOut = z.object({
  id: z.string(),
  targetId: z.string(),
  period: z.string(),
  revision: z.number(),
  value: z.unknown(),
  status: z.string().optional(),
  deleted: z.boolean(),
  source: z.string().optional(),
  comment: z.string().optional(),
  recordedAt: z.string(),
  recordedBy: z.string().optional(),
  recordedByName: z.string().optional(),
});

/** Observation history route. */
export const observationHistoryRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/targets/:id/observations',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'viewer' } },
      schema: {
        tags: ['Số liệu'],
        summary: 'Lịch sử số liệu của chỉ tiêu: mọi lần sửa, ai sửa, khi nào (một kỳ hoặc tất cả)',
        params: IdParam,
        querystring: z.object({ period: PeriodCodeParam.optional() }),
        response: { 200: z.object({ revisions: z.array(RevisionOut) }) },
      },
    },
    async (request) => {
      await authorizeTarget(request, request.params.id, 'viewer');
      return { revisions: await selectObservationHistory(app.db, request.params.id, request.query.period) };
    },
  );
};

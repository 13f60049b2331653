/** Figures: the history of one target's figures (every revision, who, when). */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { selectObservationHistory } from '../../db/observation.repository';
import { observationHistoryAnswer } from '../../schema/api';
import { authorizeTarget } from '../resources';
import { IdParam, PeriodCodeParam } from '../schemas';
import type { ZodTypeProvider } from '../zod';

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
        response: { 200: observationHistoryAnswer },
      },
    },
    async (request) => {
      await authorizeTarget(request, request.params.id, 'viewer');
      return { revisions: await selectObservationHistory(app.db, request.params.id, request.query.period) };
    },
  );
};

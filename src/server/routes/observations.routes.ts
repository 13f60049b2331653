/** Figures of one target: their history (every revision, who, when) and deleting one. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { selectObservationHistory } from '../../db/observation.repository';
import { nonEmptyText, storedIntSchema } from '../../schema';
import { figureDeletedAnswer, observationHistoryAnswer } from '../../schema/api';
import { recordObservation } from '../../services/observation.service';
import { actorOf } from '../access';
import { loadEvaluated } from '../evaluation';
import { authorizeTarget } from '../resources';
import { AsOfQuery, IdParam, PeriodCodeParam } from '../schemas';
import type { ZodTypeProvider } from '../zod';

const DeleteBody = z.strictObject({
  expectedRevision: storedIntSchema(1).describe('Lần sửa đang xem (lần sửa hiện tại của số liệu)'),
  reason: nonEmptyText.max(4000).describe('Lý do xóa (ghi vào lần sửa và nhật ký)'),
});

/** Observation history and deletion routes. */
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

  app.delete(
    '/api/targets/:id/observations/:period',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'editor' } },
      schema: {
        tags: ['Số liệu'],
        summary:
          'Xóa số liệu một kỳ của chỉ tiêu (ghi thành lần sửa mới, có lý do; lịch sử giữ nguyên). ' +
          'expectedRevision = lần sửa đang xem; nếu người khác đã sửa: 409 revision_conflict',
        params: IdParam.extend({ period: PeriodCodeParam }),
        querystring: AsOfQuery,
        body: DeleteBody,
        response: { 200: figureDeletedAnswer },
      },
    },
    async (request) => {
      const found = await authorizeTarget(request, request.params.id, 'editor');
      const revision = await recordObservation(app.db, actorOf(request), {
        targetId: found.target.id,
        period: request.params.period,
        expectedRevision: request.body.expectedRevision,
        delete: true,
        comment: request.body.reason,
      });
      const { evaluation } = await loadEvaluated(app.db, found.resolutionId, request.query.asOf);
      return { revision, evaluation };
    },
  );
};

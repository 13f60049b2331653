/** GET /api/health: 200 when the primary database answers, 503 otherwise; with the state of the
 * change notifications and of each read replica (a replica behind or down is not read from, so
 * it does not make the instance unhealthy). */
import type { FastifyPluginAsync } from 'fastify';
import { healthAnswer } from '../../schema/api';
import type { ZodTypeProvider } from '../zod';
import { changeFeedOf } from '../../db/change-feed';
import { replicaStates } from '../read-routing';

/** Health check route. */
export const healthRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Hệ thống'],
        summary: 'Máy chủ và cơ sở dữ liệu sẵn sàng',
        response: { 200: healthAnswer, 503: healthAnswer },
      },
    },
    async (_request, reply) => {
      const state = {
        database: app.db.kind,
        changes: changeFeedOf(app.db)?.live ? ('live' as const) : ('lost' as const),
        replicas: replicaStates(app),
      };
      try {
        await app.db.query('select 1');
        return { status: 'ok' as const, ...state };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, ...state });
      }
    },
  );
};

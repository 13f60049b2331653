/** GET /api/health: 200 when the database answers, 503 otherwise. */
import type { FastifyPluginAsync } from 'fastify';
import { healthAnswer } from '../../schema/api';
import type { ZodTypeProvider } from '../zod';

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
      const database = app.db.kind;
      try {
        await app.db.query('select 1');
        return { status: 'ok' as const, database };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database });
      }
    },
  );
};

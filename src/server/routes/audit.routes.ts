/** The audit log, read-only, for administrators of a unit (and everything below it). */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { auditAnswer } from '../../schema/api';
import { listAudit } from '../../services/audit.service';
import { requireRole } from '../access';
import { UnitCode } from '../schemas';
import type { ZodTypeProvider } from '../zod';

const AuditQuery = z.object({
  unit: UnitCode.describe('Mã đơn vị: nhật ký của đơn vị và mọi đơn vị cấp dưới'),
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  beforeId: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('Trang tiếp: id nhỏ hơn'),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** Audit routes (no route writes the log: it is append-only, written by services). */
export const auditRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['Nhật ký'],
        summary: 'Nhật ký thay đổi (ai, khi nào, trước, sau, từ đâu) — chỉ quản trị viên',
        querystring: AuditQuery,
        response: { 200: auditAnswer },
      },
    },
    async (request) => {
      const { unit, ...filter } = request.query;
      await requireRole(request, unit, 'admin');
      return { entries: await listAudit(app.db, { ...filter, unitCode: unit, subtree: true }) };
    },
  );
};

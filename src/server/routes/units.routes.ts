/** Units: the tree the user may see, one unit, and its resolutions. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { selectResolutionsOfUnits } from '../../db/resolution.repository';
import { resolutionsAnswer, unitAnswer, unitsAnswer } from '../../schema/api';
import { listUnits, subtreeCodes, unitLineage } from '../../services/unit.service';
import { requireUser, roleOn } from '../access';
import { roleAtLeast, type Role } from '../accounts/roles';
import { authorizeUnit } from '../resources';
import { UnitCode } from '../schemas';
import type { ZodTypeProvider } from '../zod';

const CodeParams = z.object({ code: UnitCode });
const OnQuery = z.object({
  on: z.iso.date().optional().describe('Chỉ các đơn vị còn hiệu lực vào ngày này (YYYY-MM-DD)'),
});
const SubtreeQuery = z.object({
  subtree: z.enum(['true', 'false']).optional().describe('Gồm cả nghị quyết của các đơn vị cấp dưới'),
});

/** Unit routes. */
export const unitRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/units',
    {
      schema: {
        tags: ['Đơn vị'],
        summary: 'Các đơn vị người dùng được xem (đơn vị được phân quyền và mọi đơn vị cấp dưới)',
        querystring: OnQuery,
        response: { 200: unitsAnswer },
      },
    },
    async (request) => {
      const auth = requireUser(request);
      // The highest role on each visible unit: a role covers its unit's whole subtree.
      const roles = new Map<string, Role>();
      for (const assignment of auth.roles) {
        for (const code of await subtreeCodes(app.db, assignment.unitCode)) {
          const held = roles.get(code);
          if (!held || roleAtLeast(assignment.role, held)) roles.set(code, assignment.role);
        }
      }
      const units = (await listUnits(app.db, request.query.on ? { on: request.query.on } : {})).filter((u) =>
        roles.has(u.code),
      );
      return { units: units.map((u) => ({ ...u, role: roles.get(u.code) ?? null })) };
    },
  );

  app.get(
    '/api/units/:code',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: ['Đơn vị'],
        summary: 'Một đơn vị, với các đơn vị trước và sau sắp xếp (sáp nhập, chia tách)',
        params: CodeParams,
        response: { 200: unitAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      const role = await roleOn(request, unit.code);
      return { unit: { ...unit, role }, lineage: await unitLineage(app.db, unit.code) };
    },
  );

  app.get(
    '/api/units/:code/resolutions',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: ['Đơn vị'],
        summary: 'Các nghị quyết của đơn vị (và đơn vị cấp dưới khi subtree=true)',
        params: CodeParams,
        querystring: SubtreeQuery,
        response: { 200: resolutionsAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      const codes = request.query.subtree === 'true' ? await subtreeCodes(app.db, unit.code) : [unit.code];
      return { resolutions: await selectResolutionsOfUnits(app.db, codes) };
    },
  );
};

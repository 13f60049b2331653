/** Units: the tree the user may see, one unit, and its resolutions. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { selectResolutionsOfUnits } from '../../db/resolution.repository';
import { listUnits, subtreeCodes, unitLineage } from '../../services/unit.service';
import { requireUser, roleOn } from '../access';
import { roleAtLeast, ROLES, type Role } from '../accounts/roles';
import { authorizeUnit } from '../resources';
import { UnitCode } from '../schemas';
import type { ZodTypeProvider } from '../zod';

const UnitOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'district', 'commune']),
  parentCode: z.string().optional(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  illustrative: z.boolean(),
  note: z.string().optional(),
  role: z.enum(ROLES).nullable().describe('Vai trò cao nhất của người dùng trên đơn vị này'),
});
const CodeParams = z.object({ code: UnitCode });
const OnQuery = z.object({
  on: z.iso.date().optional().describe('Chỉ các đơn vị còn hiệu lực vào ngày này (YYYY-MM-DD)'),
});
const SubtreeQuery = z.object({
  subtree: z.enum(['true', 'false']).optional().describe('Gồm cả nghị quyết của các đơn vị cấp dưới'),
});
const ResolutionSummaryOut = z.object({
  id: z.string(),
  title: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  committee: z.string(),
  congressNumber: z.number(),
  term: z.string(),
  targetCount: z.number(),
  createdAt: z.string(),
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
        response: { 200: z.object({ units: z.array(UnitOut) }) },
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
        response: { 200: z.object({ unit: UnitOut, lineage: z.unknown() }) },
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
        response: { 200: z.object({ resolutions: z.array(ResolutionSummaryOut) }) },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      const codes = request.query.subtree === 'true' ? await subtreeCodes(app.db, unit.code) : [unit.code];
      return { resolutions: await selectResolutionsOfUnits(app.db, codes) };
    },
  );
};

/** Targets: add to a resolution, correct, adjust by a decision, drop by a decision. Every answer
 * carries the core's evaluation of the target as of `?asOf`. */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Target } from '../../core';
import { checkGoal, isoDateSchema, nonEmptyText, targetGoalSchema, targetSchema } from '../../schema';
import { adjustmentAnswer, targetAnswer } from '../../schema/api';
import { AppError, type Issue } from '../../services/app-error';
import { addTarget, dropTarget, recordAdjustment, updateTarget } from '../../services/target.service';
import { actorOf } from '../access';
import { evaluateTargetIn } from '../evaluation';
import { authorizeResolution, authorizeTarget } from '../resources';
import { AsOfQuery, IdParam } from '../schemas';
import type { ZodTypeProvider } from '../zod';
import { parseOrThrow } from '../zod';

const { id: _id, dropped: _dropped, ...targetFields } = targetSchema.shape;
/** A target without its id (given by the server) and without `dropped` (use …/drop). */
const TargetBody = z.strictObject(targetFields);
/** Only the attributes to correct. */
const TargetPatch = z.strictObject(targetFields).partial();
const AdjustmentBody = z.strictObject({
  newGoal: targetGoalSchema,
  decision: nonEmptyText.max(300).describe('Số, ký hiệu văn bản: "Nghị quyết số 15-NQ/TU"'),
  date: isoDateSchema,
  reason: z.string().max(5000).optional(),
});
const DropBody = z.strictObject({
  decision: nonEmptyText.max(300),
  date: isoDateSchema,
  reason: nonEmptyText.max(5000),
});

/** Checks a whole new target (goal against kind, years…) the way the interchange format does. */
function checkWhole(target: Omit<Target, 'id'>): void {
  parseOrThrow(targetSchema, { ...target, id: 'moi' });
}

/** Checks that a goal suits the target's kind (a range for a range target…), at `path`. */
function checkGoalForKind(kind: Target['kind'], goal: Target['goal'], path: string): void {
  const issues: Issue[] = [];
  checkGoal(kind, goal, (at, message) =>
    issues.push({ path: [path, ...at.map(String)].join('.'), message: `Mục tiêu: ${message}.` }),
  );
  if (issues.length)
    throw new AppError('validation_failed', 'Mục tiêu không hợp với loại chỉ tiêu.', { issues });
}

async function present(request: FastifyRequest, resolutionId: string, target: Target, asOf?: string) {
  return { target, evaluation: await evaluateTargetIn(request.server.db, resolutionId, target.id, asOf) };
}

/** Target routes. */
export const targetRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/resolutions/:id/targets',
    {
      config: { scope: { resource: 'resolution', param: 'id', role: 'editor' } },
      schema: {
        tags: ['Chỉ tiêu'],
        summary: 'Thêm chỉ tiêu vào nghị quyết',
        params: IdParam,
        querystring: AsOfQuery,
        body: TargetBody,
        response: { 201: targetAnswer },
      },
    },
    async (request, reply) => {
      const resolution = await authorizeResolution(request, request.params.id, 'editor');
      checkWhole(request.body as Omit<Target, 'id'>);
      const target = await addTarget(
        app.db,
        actorOf(request),
        resolution.id,
        request.body as Omit<Target, 'id'>,
      );
      return reply.status(201).send(await present(request, resolution.id, target, request.query.asOf));
    },
  );

  app.patch(
    '/api/targets/:id',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'editor' } },
      schema: {
        tags: ['Chỉ tiêu'],
        summary:
          'Sửa thông tin chỉ tiêu (không phải điều chỉnh mục tiêu theo quyết định: dùng …/adjustments)',
        params: IdParam,
        querystring: AsOfQuery,
        body: TargetPatch,
        response: { 200: targetAnswer },
      },
    },
    async (request) => {
      const found = await authorizeTarget(request, request.params.id, 'editor');
      const patch = request.body as Partial<Target>;
      if (patch.kind !== undefined || patch.goal !== undefined) {
        checkGoalForKind(patch.kind ?? found.target.kind, patch.goal ?? found.target.goal, 'goal');
      }
      const target = await updateTarget(app.db, actorOf(request), found.target.id, patch);
      return present(request, found.resolutionId, target, request.query.asOf);
    },
  );

  app.post(
    '/api/targets/:id/adjustments',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'approver' } },
      schema: {
        tags: ['Chỉ tiêu'],
        summary: 'Ghi nhận điều chỉnh mục tiêu theo quyết định (giữ mục tiêu cũ và mới) — người phê duyệt',
        params: IdParam,
        querystring: AsOfQuery,
        body: AdjustmentBody,
        response: { 201: adjustmentAnswer },
      },
    },
    async (request, reply) => {
      const found = await authorizeTarget(request, request.params.id, 'approver');
      checkGoalForKind(found.target.kind, request.body.newGoal, 'newGoal');
      const adjustment = await recordAdjustment(app.db, actorOf(request), found.target.id, request.body);
      const target = { ...found.target, goal: adjustment.newGoal };
      return reply
        .status(201)
        .send({ adjustment, ...(await present(request, found.resolutionId, target, request.query.asOf)) });
    },
  );

  app.post(
    '/api/targets/:id/drop',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'approver' } },
      schema: {
        tags: ['Chỉ tiêu'],
        summary:
          'Đưa chỉ tiêu ra ngoài kế hoạch theo quyết định (chỉ tiêu và số liệu vẫn được giữ) — người phê duyệt',
        params: IdParam,
        querystring: AsOfQuery,
        body: DropBody,
        response: { 200: targetAnswer },
      },
    },
    async (request) => {
      const found = await authorizeTarget(request, request.params.id, 'approver');
      const target = await dropTarget(app.db, actorOf(request), found.target.id, request.body);
      return present(request, found.resolutionId, target, request.query.asOf);
    },
  );
};

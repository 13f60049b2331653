/** Figures, plans and final labels of targets: the writes of everyday reporting. Every answer
 * carries the core's evaluation of the targets touched, as of `?asOf`. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BANDS, LIGHTS, VERDICTS } from '../../core/model';
import { nonEmptyText, observationInputSchema, planSchema } from '../../schema';
import { recordObservations } from '../../services/observation.service';
import { overrideHistory, setOverride, withdrawOverride } from '../../services/override.service';
import { setPlans } from '../../services/plan.service';
import { actorOf } from '../access';
import { loadEvaluated } from '../evaluation';
import { authorizeResolution, authorizeTarget } from '../resources';
import { AsOfQuery, IdParam } from '../schemas';
import type { ZodTypeProvider } from '../zod';

const ObservationsBody = z.strictObject({
  items: z.array(observationInputSchema).min(1).max(10_000),
});
const { targetId: _targetId, ...planFields } = planSchema.shape;
const PlansBody = z.strictObject({ plans: z.array(z.strictObject(planFields)).max(500) });
const Scheme = z.enum(['verdict', 'band', 'light']);
const OverrideBody = z.strictObject({
  scheme: Scheme,
  label: z.enum([...VERDICTS, ...BANDS, ...LIGHTS]),
  reason: nonEmptyText.max(4000),
  causes: z.string().max(10_000).optional(),
  owner: z.string().max(500).optional(),
});
const WithdrawBody = z.strictObject({ scheme: Scheme, reason: nonEmptyText.max(4000) });

/** The evaluations of some targets of a resolution as of `asOf`. */
async function evaluationsOf(
  db: Parameters<typeof loadEvaluated>[0],
  resolutionId: string,
  ids: string[],
  asOf?: string,
) {
  const { evaluation } = await loadEvaluated(db, resolutionId, asOf);
  const wanted = new Set(ids);
  return { asOf: evaluation.asOf, targets: evaluation.targets.filter((t) => wanted.has(t.target.id)) };
}

/** Figure, plan and override routes. */
export const figureRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/resolutions/:id/observations',
    {
      config: { scope: { resource: 'resolution', param: 'id', role: 'editor' } },
      schema: {
        tags: ['Số liệu'],
        summary:
          'Lưu một loạt số liệu (tất cả hoặc không). expectedRevision = lần sửa đã xem (0 = mới); ' +
          'nếu người khác đã lưu trước: 409 revision_conflict với giá trị hiện tại',
        params: IdParam,
        querystring: AsOfQuery,
        body: ObservationsBody,
        response: { 200: z.object({ revisions: z.array(z.unknown()), evaluation: z.unknown() }) },
      },
    },
    async (request) => {
      const resolution = await authorizeResolution(request, request.params.id, 'editor');
      const revisions = await recordObservations(app.db, actorOf(request), resolution.id, request.body.items);
      const ids = [...new Set(request.body.items.map((i) => i.targetId))];
      return { revisions, evaluation: await evaluationsOf(app.db, resolution.id, ids, request.query.asOf) };
    },
  );

  app.put(
    '/api/targets/:id/plans',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'editor' } },
      schema: {
        tags: ['Kế hoạch'],
        summary:
          'Đặt danh sách kế hoạch năm, dự toán (theo nguồn) của chỉ tiêu; kế hoạch bỏ đi được ghi là đã xóa',
        params: IdParam,
        querystring: AsOfQuery,
        body: PlansBody,
        response: { 200: z.object({ plans: z.array(z.unknown()), evaluation: z.unknown() }) },
      },
    },
    async (request) => {
      const found = await authorizeTarget(request, request.params.id, 'editor');
      const plans = await setPlans(app.db, actorOf(request), found.target.id, request.body.plans);
      const evaluation = await evaluationsOf(
        app.db,
        found.resolutionId,
        [found.target.id],
        request.query.asOf,
      );
      return { plans, evaluation: evaluation.targets[0] ?? null };
    },
  );

  app.post(
    '/api/targets/:id/overrides',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'approver' } },
      schema: {
        tags: ['Đánh giá'],
        summary:
          'Cấp ủy quyết định mức đánh giá cuối cùng (có lý do); giữ cả gợi ý của hệ thống — người phê duyệt',
        params: IdParam,
        querystring: AsOfQuery,
        body: OverrideBody,
        response: { 201: z.object({ override: z.unknown(), evaluation: z.unknown() }) },
      },
    },
    async (request, reply) => {
      const found = await authorizeTarget(request, request.params.id, 'approver');
      const before = await evaluationsOf(app.db, found.resolutionId, [found.target.id], request.query.asOf);
      const suggestion = before.targets[0]?.suggestions[request.body.scheme];
      const override = await setOverride(app.db, actorOf(request), found.target.id, {
        ...request.body,
        suggestion,
      });
      const after = await evaluationsOf(app.db, found.resolutionId, [found.target.id], request.query.asOf);
      return reply.status(201).send({ override, evaluation: after.targets[0] ?? null });
    },
  );

  app.post(
    '/api/targets/:id/overrides/withdraw',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'approver' } },
      schema: {
        tags: ['Đánh giá'],
        summary: 'Rút quyết định mức đánh giá (gợi ý của hệ thống áp dụng lại) — người phê duyệt',
        params: IdParam,
        querystring: AsOfQuery,
        body: WithdrawBody,
        response: { 200: z.object({ evaluation: z.unknown() }) },
      },
    },
    async (request) => {
      const found = await authorizeTarget(request, request.params.id, 'approver');
      await withdrawOverride(
        app.db,
        actorOf(request),
        found.target.id,
        request.body.scheme,
        request.body.reason,
      );
      const after = await evaluationsOf(app.db, found.resolutionId, [found.target.id], request.query.asOf);
      return { evaluation: after.targets[0] ?? null };
    },
  );

  app.get(
    '/api/targets/:id/overrides',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'viewer' } },
      schema: {
        tags: ['Đánh giá'],
        summary: 'Lịch sử quyết định đánh giá của chỉ tiêu (cả các lần rút)',
        params: IdParam,
        response: { 200: z.object({ overrides: z.array(z.unknown()) }) },
      },
    },
    async (request) => {
      const found = await authorizeTarget(request, request.params.id, 'viewer');
      return { overrides: await overrideHistory(app.db, found.target.id) };
    },
  );
};

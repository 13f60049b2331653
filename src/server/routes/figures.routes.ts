/** Figures, plans and final labels of targets: the writes of everyday reporting. Every answer
 * carries the core's evaluation after the write, as of `?asOf`: the resolution is evaluated once,
 * and a screen redraws from the answer instead of loading the resolution again. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BANDS, LIGHTS, VERDICTS } from '../../core';
import { nonEmptyText, observationInputSchema, planSchema } from '../../schema';
import {
  figuresSavedAnswer,
  overrideAnswer,
  overridesAnswer,
  overrideWithdrawnAnswer,
  plansAnswer,
  resolutionPlansAnswer,
} from '../../schema/api';
import { recordObservations } from '../../services/observation.service';
import { overrideHistory, setOverride, withdrawOverride } from '../../services/override.service';
import { setPlans, setResolutionPlans } from '../../services/plan.service';
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
const ResolutionPlansBody = z.strictObject({
  items: z
    .array(z.strictObject({ targetId: nonEmptyText.max(100), plans: PlansBody.shape.plans }))
    .min(1)
    .max(1000),
});
const Scheme = z.enum(['verdict', 'band', 'light']);
const OverrideBody = z.strictObject({
  scheme: Scheme,
  label: z.enum([...VERDICTS, ...BANDS, ...LIGHTS]),
  reason: nonEmptyText.max(4000),
  causes: z.string().max(10_000).optional(),
  owner: z.string().max(500).optional(),
});
const WithdrawBody = z.strictObject({ scheme: Scheme, reason: nonEmptyText.max(4000) });

/** The resolution evaluated as of `asOf`, and the evaluation of one of its targets in it. */
async function evaluatedWith(
  db: Parameters<typeof loadEvaluated>[0],
  resolutionId: string,
  targetId: string,
  asOf?: string,
) {
  const { evaluation } = await loadEvaluated(db, resolutionId, asOf);
  return {
    evaluation: evaluation.targets.find((t) => t.target.id === targetId) ?? null,
    resolutionEvaluation: evaluation,
  };
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
        response: { 200: figuresSavedAnswer },
      },
    },
    async (request) => {
      const resolution = await authorizeResolution(request, request.params.id, 'editor');
      const revisions = await recordObservations(app.db, actorOf(request), resolution.id, request.body.items);
      const { evaluation } = await loadEvaluated(app.db, resolution.id, request.query.asOf);
      return { revisions, evaluation };
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
        response: { 200: plansAnswer },
      },
    },
    async (request) => {
      const found = await authorizeTarget(request, request.params.id, 'editor');
      const plans = await setPlans(app.db, actorOf(request), found.target.id, request.body.plans);
      const { evaluation } = await evaluatedWith(
        app.db,
        found.resolutionId,
        found.target.id,
        request.query.asOf,
      );
      return { plans, evaluation };
    },
  );

  app.post(
    '/api/resolutions/:id/plans',
    {
      config: { scope: { resource: 'resolution', param: 'id', role: 'editor' } },
      schema: {
        tags: ['Kế hoạch'],
        summary:
          'Đặt kế hoạch của nhiều chỉ tiêu trong nghị quyết (tất cả hoặc không): mỗi chỉ tiêu có đúng danh sách đã gửi, ' +
          'như PUT /api/targets/:id/plans',
        params: IdParam,
        querystring: AsOfQuery,
        body: ResolutionPlansBody,
        response: { 200: resolutionPlansAnswer },
      },
    },
    async (request) => {
      const resolution = await authorizeResolution(request, request.params.id, 'editor');
      const plans = await setResolutionPlans(app.db, actorOf(request), resolution.id, request.body.items);
      const { evaluation } = await loadEvaluated(app.db, resolution.id, request.query.asOf);
      return { plans, evaluation };
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
        response: { 201: overrideAnswer },
      },
    },
    async (request, reply) => {
      const found = await authorizeTarget(request, request.params.id, 'approver');
      // The suggestion at the time of the decision is kept beside it.
      const before = await evaluatedWith(app.db, found.resolutionId, found.target.id, request.query.asOf);
      const suggestion = before.evaluation?.suggestions[request.body.scheme];
      const override = await setOverride(app.db, actorOf(request), found.target.id, {
        ...request.body,
        suggestion,
      });
      const after = await evaluatedWith(app.db, found.resolutionId, found.target.id, request.query.asOf);
      return reply.status(201).send({ override, ...after });
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
        response: { 200: overrideWithdrawnAnswer },
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
      return evaluatedWith(app.db, found.resolutionId, found.target.id, request.query.asOf);
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
        response: { 200: overridesAnswer },
      },
    },
    async (request) => {
      const found = await authorizeTarget(request, request.params.id, 'viewer');
      return { overrides: await overrideHistory(app.db, found.target.id) };
    },
  );
};

/**
 * The province view and approval: all units below one unit for one term (grid, roll-ups,
 * approval, completeness, late units), the approval steps of a unit's period (submitted by the
 * unit, approved, returned or reopened by the level above, accepted by the next), bulk approval,
 * the deadline of a period and the request to a late unit.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { approvalLevel, FIELDS, formatPeriodVi, type ApprovalAction } from '../../core';
import { selectResolution } from '../../db/resolution.repository';
import {
  approvalStepAnswer,
  bulkApprovalAnswer,
  deadlineAnswer,
  lineageHistoryAnswer,
  provinceViewAnswer,
  unitApprovalsAnswer,
  unitRequestAnswer,
} from '../../schema/api/province.schema';
import { AppError } from '../../services/app-error';
import {
  bulkApprove,
  currentApprovals,
  requestFigures,
  requestsTo,
  setDeadline,
  takeApprovalStep,
  unitApprovalHistory,
} from '../../services/approval.service';
import { lineageHistory } from '../../services/lineage-history.service';
import { provinceView } from '../../services/province-view.service';
import { getUnit } from '../../services/unit.service';
import { selectResolutionsOfUnits } from '../../db/resolution.repository';
import { actorOf, requireRole } from '../access';
import { authorizeResolution, authorizeUnit } from '../resources';
import { IdParam, PeriodCodeParam, UnitCode } from '../schemas';
import type { ZodTypeProvider } from '../zod';
import { readSql } from '../read-routing';

const CodeParams = z.object({ code: UnitCode });
const ViewQuery = z.object({
  asOf: PeriodCodeParam.optional().describe('Kỳ đánh giá chung cho mọi đơn vị (mặc định: kỳ phổ biến nhất)'),
  period: PeriodCodeParam.optional().describe(
    'Kỳ báo cáo để xem phê duyệt và tiến độ nhập (mặc định: năm của kỳ đánh giá)',
  ),
  level: z
    .enum(['children', 'district', 'commune'])
    .optional()
    .describe('Đơn vị trực thuộc (mặc định), mọi huyện hoặc mọi xã bên dưới'),
  field: z.enum(FIELDS).optional().describe('Chỉ một lĩnh vực'),
  approvedOnly: z.enum(['true', 'false']).optional().describe('Chỉ dùng số liệu của các kỳ đã phê duyệt'),
  denominator: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional()
    .describe('Mã chỉ số làm mẫu số cho tỷ lệ (mặc định dan-so)'),
});
const StepBody = z.strictObject({
  period: PeriodCodeParam,
  action: z.enum(['submit', 'approve', 'accept', 'return', 'reopen']),
  reason: z.string().trim().max(4000).optional(),
});
const BulkBody = z.strictObject({
  period: PeriodCodeParam,
  resolutionIds: z.array(IdParam.shape.id).min(1).max(5000),
});
const DeadlineParams = z.object({ code: UnitCode, period: PeriodCodeParam });
const DeadlineBody = z.strictObject({ dueDate: z.iso.date() });
const RequestBody = z.strictObject({
  period: PeriodCodeParam,
  resolutionId: IdParam.shape.id.optional(),
  message: z.string().trim().min(1).max(2000).optional(),
});

/** Checks the caller may take the step on a unit's period: the unit's editor submits; an
 * approver of the parent approves, returns and reopens; an approver of the grandparent (an admin
 * of the parent when the parent is the top) accepts. */
async function authorizeStep(
  request: FastifyRequest,
  unitCode: string,
  action: ApprovalAction,
): Promise<void> {
  const level = approvalLevel(action);
  if (level === 'unit') {
    await requireRole(request, unitCode, 'editor');
    return;
  }
  const parent = (await getUnit(request.server.db, unitCode))?.parentCode;
  if (!parent) await requireRole(request, unitCode, 'admin');
  else if (level === 'parent') await requireRole(request, parent, 'approver');
  else {
    const grand = (await getUnit(request.server.db, parent))?.parentCode;
    await (grand ? requireRole(request, grand, 'approver') : requireRole(request, parent, 'admin'));
  }
}

/** Province view and approval routes. */
export const provinceRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const now = () => app.serverConfig.now();

  app.get(
    '/api/units/:code/province-view',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: ['Toàn tỉnh'],
        summary:
          'Mọi đơn vị cấp dưới theo một nhiệm kỳ: bảng và lưới nhiệt theo chỉ tiêu (đỏ trước), cộng dồn theo loại chỉ tiêu, số chỉ tiêu đạt, phê duyệt, tiến độ nhập số liệu và đơn vị chậm',
        params: CodeParams,
        querystring: ViewQuery,
        response: { 200: provinceViewAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      const q = request.query;
      // On the primary, not a replica: the read engine answers it from memory, kept current by the
      // primary's change notifications (a replica's copy would be reloaded after every write).
      return provinceView(request.server.db, {
        unitCode: unit.code,
        ...(q.asOf ? { asOf: q.asOf } : {}),
        ...(q.period ? { period: q.period } : {}),
        ...(q.level ? { level: q.level } : {}),
        ...(q.field ? { fields: [q.field] } : {}),
        ...(q.denominator ? { denominator: q.denominator } : {}),
        approvedOnly: q.approvedOnly === 'true',
        nowMs: now().getTime(),
      });
    },
  );

  app.get(
    '/api/units/:code/lineage-history',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: ['Toàn tỉnh'],
        summary:
          'Lịch sử một chỉ số của đơn vị mới qua các đơn vị cũ hợp thành (theo tỷ lệ chia tách, cộng dồn theo loại chỉ tiêu)',
        params: CodeParams,
        querystring: z.object({
          indicator: z
            .string()
            .regex(/^[a-z0-9-]{1,100}$/)
            .describe('Mã chỉ số chung'),
        }),
        response: { 200: lineageHistoryAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      return lineageHistory(await readSql(request), unit.code, request.query.indicator);
    },
  );

  app.get(
    '/api/units/:code/approvals',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: ['Phê duyệt'],
        summary: 'Phê duyệt các kỳ của đơn vị, các bước gần nhất (lý do trả lại) và đề nghị của cấp trên',
        params: CodeParams,
        response: { 200: unitApprovalsAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      const resolutions = await selectResolutionsOfUnits(app.db, [unit.code]);
      return {
        approvals: await currentApprovals(
          app.db,
          resolutions.map((r) => r.id),
        ),
        history: await unitApprovalHistory(app.db, unit.code),
        requests: await requestsTo(app.db, unit.code),
      };
    },
  );

  app.post(
    '/api/resolutions/:id/approvals',
    {
      config: { scope: { resource: 'resolution', param: 'id', role: 'editor' } },
      schema: {
        tags: ['Phê duyệt'],
        summary:
          'Một bước phê duyệt một kỳ: gửi (đơn vị), phê duyệt, trả lại hoặc mở lại có lý do (cấp trên), tiếp nhận (cấp trên nữa)',
        params: IdParam,
        body: StepBody,
        response: { 200: approvalStepAnswer },
      },
    },
    async (request) => {
      const resolution = await authorizeResolution(request, request.params.id, 'editor');
      await authorizeStep(request, resolution.unit.code, request.body.action);
      const step = await takeApprovalStep(app.db, actorOf(request), {
        resolutionId: resolution.id,
        period: request.body.period,
        action: request.body.action,
        ...(request.body.reason ? { reason: request.body.reason } : {}),
      });
      const approval =
        (await currentApprovals(app.db, [resolution.id])).find((a) => a.period === step.period) ?? null;
      return { step, approval };
    },
  );

  app.post(
    '/api/units/:code/approvals/bulk',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'approver' } },
      schema: {
        tags: ['Phê duyệt'],
        summary:
          'Phê duyệt cùng lúc một kỳ của nhiều đơn vị trực thuộc (các đơn vị chưa gửi được liệt kê, không đổi)',
        params: CodeParams,
        body: BulkBody,
        response: { 200: bulkApprovalAnswer },
      },
    },
    async (request) => {
      const parent = await authorizeUnit(request, request.params.code, 'approver');
      for (const id of request.body.resolutionIds) {
        const r = await selectResolution(app.db, id);
        if (!r) throw new AppError('not_found', 'Không tìm thấy nghị quyết.');
        if (r.unit.parentCode !== parent.code)
          throw new AppError('forbidden', `Đơn vị ${r.unit.name} không trực thuộc ${parent.name}.`);
      }
      return bulkApprove(
        app.db,
        actorOf(request),
        request.body.resolutionIds.map((resolutionId) => ({ resolutionId, period: request.body.period })),
      );
    },
  );

  app.put(
    '/api/units/:code/deadlines/:period',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'approver' } },
      schema: {
        tags: ['Phê duyệt'],
        summary: 'Hạn nhập số liệu của một kỳ cho mọi đơn vị cấp dưới',
        params: DeadlineParams,
        body: DeadlineBody,
        response: { 200: deadlineAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'approver');
      return setDeadline(app.db, actorOf(request), {
        unitCode: unit.code,
        period: request.params.period,
        dueDate: request.body.dueDate,
      });
    },
  );

  app.post(
    '/api/units/:code/requests',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'approver' } },
      schema: {
        tags: ['Phê duyệt'],
        summary: 'Đề nghị đơn vị cập nhật số liệu một kỳ (từ danh sách đơn vị chậm)',
        params: CodeParams,
        body: RequestBody,
        response: { 200: unitRequestAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'approver');
      const from = unit.parentCode ?? unit.code;
      await requireRole(request, from, 'approver');
      if (request.body.resolutionId) {
        const r = await selectResolution(app.db, request.body.resolutionId);
        if (!r || r.unit.code !== unit.code)
          throw new AppError('not_found', 'Không tìm thấy nghị quyết của đơn vị.');
      }
      const fromUnit = await getUnit(app.db, from);
      const request_ = await requestFigures(app.db, actorOf(request), {
        unitCode: unit.code,
        fromUnitCode: from,
        period: request.body.period,
        ...(request.body.resolutionId ? { resolutionId: request.body.resolutionId } : {}),
        message:
          request.body.message ??
          `${fromUnit?.name ?? from} đề nghị ${unit.name} cập nhật đầy đủ số liệu ${formatPeriodVi(request.body.period)}.`,
      });
      return { request: request_ };
    },
  );
};

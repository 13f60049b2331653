/** Answers of the province view and of approval: the grid, approvals, deadlines, requests. */
import { z } from 'zod';

const light = z.enum(['red', 'orange', 'green', 'grey']);
const approvalState = z.enum(['open', 'submitted', 'approved', 'accepted', 'returned', 'reopened']);

/** A period's approval with the figures changed since. */
export const periodApprovalOut = z.strictObject({
  resolutionId: z.string(),
  unitCode: z.string(),
  period: z.string(),
  state: approvalState,
  revision: z.number(),
  reason: z.string().optional(),
  decidedAt: z.string().optional(),
  decidedText: z.string().optional().describe('Ngày của bước, theo giờ Việt Nam'),
  decidedByName: z.string().optional(),
  changedSinceApproval: z.number(),
  changedText: z.string().describe('"đã sửa 3 số liệu sau khi phê duyệt", hoặc rỗng'),
});

/** One step as stored. */
export const approvalStepOut = z.strictObject({
  id: z.string(),
  resolutionId: z.string(),
  unitCode: z.string(),
  period: z.string(),
  revision: z.number(),
  state: approvalState.exclude(['open']),
  reason: z.string().optional(),
  decidedAt: z.string(),
  decidedBy: z.string().optional(),
  decidedByName: z.string().optional(),
});

/** A request from a parent unit. */
export const unitRequestOut = z.strictObject({
  id: z.string(),
  unitCode: z.string(),
  fromUnitCode: z.string(),
  resolutionId: z.string().optional(),
  period: z.string(),
  kind: z.literal('reminder'),
  message: z.string(),
  requestedAt: z.string(),
  requestedByName: z.string().optional(),
});

const ruleOut = z.union([
  z.strictObject({ method: z.enum(['sum', 'ratio-from-parts', 'growth-from-levels']) }),
  z.strictObject({
    method: z.literal('not-additive'),
    cause: z.enum(['rate', 'milestone', 'grade', 'structure', 'range']),
  }),
]);

const cellOut = z.strictObject({
  targetId: z.string(),
  light,
  verdict: z.string(),
  band: z.string(),
  actualText: z.string().nullable(),
  period: z.string().nullable(),
  percentText: z.string().nullable(),
  percentValue: z.number().nullable().describe('Để sắp xếp: % so với mục tiêu đã làm tròn'),
  approved: z.boolean().describe('Số liệu được đánh giá thuộc kỳ đã phê duyệt'),
});

const completenessOut = z.strictObject({
  period: z.string(),
  expected: z.number(),
  entered: z.number(),
  onTime: z.number(),
  missing: z.array(z.string()),
  late: z.boolean(),
  state: z.enum(['complete', 'partial', 'none']),
  text: z.string(),
});

const rollUpOut = z
  .strictObject({
    code: z.string(),
    lights: z.strictObject({ red: z.number(), orange: z.number(), green: z.number(), grey: z.number() }),
    met: z.number().describe('Chỉ tiêu đạt, cộng mọi đơn vị'),
    judged: z.number().describe('Chỉ tiêu đã đánh giá được, cộng mọi đơn vị'),
    unitsReviewed: z.number().describe('Số đơn vị có nghị quyết được đánh giá'),
  })
  .nullable()
  .describe('Mọi chỉ tiêu của đơn vị và các đơn vị trực thuộc, cộng dồn (null khi chỉ dùng kỳ đã phê duyệt)');

/** GET /api/units/:code/province-view. */
export const provinceViewAnswer = z.strictObject({
  unit: z.strictObject({ code: z.string(), name: z.string(), level: z.string() }),
  asOf: z.string().nullable(),
  period: z.string().nullable(),
  approvedOnly: z.boolean(),
  deadline: z.string().nullable().describe('Hạn nhập số liệu của kỳ (YYYY-MM-DD) do cấp trên đặt'),
  columns: z.array(
    z.strictObject({
      key: z.string(),
      code: z.string(),
      name: z.string(),
      field: z.string(),
      unit: z.string(),
      rule: ruleOut,
      units: z.number(),
      rollup: z.strictObject({
        valueText: z.string().nullable(),
        period: z.string().nullable(),
        text: z.string().describe('Cách cộng dồn theo loại chỉ tiêu, hoặc "Không cộng được: …"'),
        count: z.number(),
        missing: z.number(),
      }),
    }),
  ),
  rows: z.array(
    z.strictObject({
      unitCode: z.string(),
      unitName: z.string(),
      resolutionId: z.string().nullable(),
      title: z.string().nullable(),
      met: z
        .strictObject({ met: z.number(), of: z.number(), notJudged: z.number(), text: z.string() })
        .nullable(),
      lights: z.strictObject({ red: z.number(), orange: z.number(), green: z.number(), grey: z.number() }),
      cells: z.array(cellOut.nullable()),
      approval: periodApprovalOut.nullable(),
      completeness: completenessOut.nullable(),
      late: z.boolean(),
      rollUp: rollUpOut,
    }),
  ),
  counts: z.strictObject({
    units: z.number(),
    withResolution: z.number(),
    submitted: z.number(),
    approved: z.number(),
    late: z.number(),
  }),
  rollUp: rollUpOut,
});

/** GET /api/units/:code/approvals. */
export const unitApprovalsAnswer = z.strictObject({
  approvals: z.array(periodApprovalOut),
  history: z.array(approvalStepOut),
  requests: z.array(unitRequestOut),
});

/** POST /api/resolutions/:id/approvals. */
export const approvalStepAnswer = z.strictObject({
  step: approvalStepOut,
  approval: periodApprovalOut.nullable(),
});

/** POST /api/units/:code/approvals/bulk. */
export const bulkApprovalAnswer = z.strictObject({
  approved: z.array(approvalStepOut),
  skipped: z.array(z.strictObject({ resolutionId: z.string(), period: z.string(), state: approvalState })),
});

/** PUT /api/units/:code/deadlines/:period. */
export const deadlineAnswer = z.strictObject({
  unitCode: z.string(),
  period: z.string(),
  dueDate: z.string(),
  revision: z.number(),
});

/** POST /api/units/:code/requests. */
export const unitRequestAnswer = z.strictObject({ request: unitRequestOut });

/** GET /api/units/:code/lineage-history. */
export const lineageHistoryAnswer = z.strictObject({
  unit: z.strictObject({ code: z.string(), name: z.string() }),
  indicator: z.string(),
  name: z.string().nullable(),
  rule: ruleOut.nullable(),
  parts: z.array(
    z.strictObject({
      unitCode: z.string(),
      unitName: z.string(),
      kind: z.enum(['merge', 'split', 'rename', 'retype', 'continue']),
      share: z
        .number()
        .nullable()
        .describe('Phần của đơn vị cũ sang đơn vị này; null: chia tách chưa có tỷ lệ'),
      shareText: z.string(),
      effectiveDate: z.string(),
      hasFigures: z.boolean(),
    }),
  ),
  years: z.array(z.strictObject({ period: z.string(), valueText: z.string().nullable(), text: z.string() })),
});

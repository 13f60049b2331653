/** Request schemas of the task routes (directives, tasks, explanations, programmes, reminders). */
import { z } from 'zod';
import { isoDateSchema, nonEmptyText } from '../../schema';

export const deadlineIn = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: isoDateSchema }),
  z.strictObject({ kind: z.literal('recurring'), every: z.enum(['month', 'quarter', 'year']) }),
  z.strictObject({ kind: z.literal('continuous') }),
  z.strictObject({ kind: z.literal('none') }),
]);

const unitCodeIn = z.string().regex(/^[0-9]{2,5}$/, 'Mã đơn vị không hợp lệ.');
const idIn = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'Mã không hợp lệ.');

export const directiveFieldsIn = z.strictObject({
  kind: z.enum(['nghi-quyet', 'ket-luan', 'chi-thi', 'thong-bao-ket-luan', 'ke-hoach']),
  number: nonEmptyText.max(100).describe('Số, ký hiệu: "12-NQ/TU"'),
  issuedOn: isoDateSchema,
  issuer: nonEmptyText.max(300).describe('Cơ quan ban hành: "Ban Thường vụ Tỉnh ủy"'),
  title: nonEmptyText.max(1000),
  resolutionId: idIn.nullable().optional(),
  note: z.string().max(5000).nullable().optional(),
});
export const directivePatchIn = directiveFieldsIn
  .partial()
  .extend({ expectedRevision: z.number().int().min(1) });

export const taskFieldsIn = z.strictObject({
  number: nonEmptyText.max(30),
  content: nonEmptyText.max(5000),
  leadUnit: nonEmptyText.max(300),
  leadUnitCode: unitCodeIn.nullable().optional(),
  cooperatingUnits: z.array(nonEmptyText.max(300)).max(50).default([]),
  ownerUserId: z.uuid().nullable().optional(),
  ownerName: z.string().max(200).nullable().optional(),
  deadline: deadlineIn,
  expectedProduct: z.string().max(1000).nullable().optional(),
  links: z
    .array(z.strictObject({ type: z.enum(['target', 'programme']), id: idIn }))
    .max(50)
    .default([]),
  assignedOn: isoDateSchema.optional(),
});
export const tasksIn = z.strictObject({ tasks: z.array(taskFieldsIn).min(1).max(500) });
export const taskPatchIn = taskFieldsIn
  .omit({ assignedOn: true })
  .partial()
  .extend({ withdrawn: z.boolean().optional(), expectedRevision: z.number().int().min(1) });

export const draftsIn = z.union([
  z.strictObject({ text: nonEmptyText.max(200_000) }),
  z.strictObject({
    file: z.strictObject({
      name: nonEmptyText.max(255),
      base64: z
        .string()
        .max(1_000_000)
        .regex(/^[A-Za-z0-9+/=\s]*$/, 'Không phải base64.'),
    }),
  }),
]);

const attachmentIn = z.strictObject({
  fileName: nonEmptyText.max(255),
  mediaType: z
    .string()
    .max(100)
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'Kiểu tệp không hợp lệ.')
    .default('application/octet-stream'),
  base64: z
    .string()
    .max(700_000)
    .regex(/^[A-Za-z0-9+/=\s]*$/, 'Không phải base64.'),
});
export const progressIn = z.strictObject({
  text: nonEmptyText.max(10000),
  percent: z.number().min(0).max(100).nullable().optional(),
  milestone: z.string().max(500).nullable().optional(),
  attachments: z.array(attachmentIn).max(5).optional(),
});
export const submissionIn = z.strictObject({
  completedOn: isoDateSchema,
  note: z.string().max(5000).nullable().optional(),
});
export const reviewIn = z.strictObject({
  decision: z.enum(['confirmed', 'returned']),
  reason: z.string().max(5000).nullable().optional(),
});
export const extensionIn = z.strictObject({
  newDeadline: isoDateSchema,
  decision: nonEmptyText.max(300).describe('Văn bản quyết định gia hạn'),
  decidedOn: isoDateSchema,
  reason: z.string().max(5000).nullable().optional(),
});
export const explanationIn = z.strictObject({
  question: nonEmptyText.max(5000),
  dueOn: isoDateSchema,
  addresseeUserId: z.uuid().nullable().optional(),
});
export const answerIn = z.strictObject({ text: nonEmptyText.max(10000) });

export const scheduleIn = z.strictObject({
  beforeDays: z.array(z.number().int().min(1).max(365)).max(10),
  onTheDay: z.boolean(),
  overdueEveryDays: z.number().int().min(0).max(365),
  escalateAfterDays: z.number().int().min(1).max(365).nullable(),
  dueSoonDays: z.number().int().min(0).max(60),
  channels: z
    .array(z.enum(['in-app', 'email', 'sms', 'zalo']))
    .min(1)
    .max(4),
});
export const contactIn = z.strictObject({
  email: z.email().max(200).nullable().optional(),
  phone: z
    .string()
    .max(30)
    .regex(/^[0-9 +().-]*$/, 'Số điện thoại không hợp lệ.')
    .nullable()
    .optional(),
  title: z.string().max(200).nullable().optional(),
  superiorUserId: z.uuid().nullable().optional(),
});
export const remindIn = z.strictObject({}).optional();

const milestoneIn = z.strictObject({
  name: nonEmptyText.max(500),
  dueOn: isoDateSchema.nullable().optional(),
  reachedOn: isoDateSchema.nullable().optional(),
});
export const programmeFieldsIn = z.strictObject({
  kind: z.enum(['chuong-trinh', 'dot-pha', 'cong-trinh-du-an', 'de-an', 'ke-hoach']),
  code: z.string().max(30).nullable().optional(),
  name: nonEmptyText.max(1000),
  description: z.string().max(10000).nullable().optional(),
  leadUnit: z.string().max(300).nullable().optional(),
  investment: z.number().min(0).max(1e15).nullable().optional(),
  investmentUnit: z.string().max(50).nullable().optional(),
  startYear: z.number().int().min(1900).max(2200).nullable().optional(),
  endYear: z.number().int().min(1900).max(2200).nullable().optional(),
  milestones: z.array(milestoneIn).max(100).default([]),
});
export const programmeIn = programmeFieldsIn.extend({ resolutionId: idIn.nullable().optional() });
export const programmeDecisionIn = z.strictObject({
  change: z.enum(['rename', 'change', 'drop']),
  decision: nonEmptyText.max(300),
  decidedOn: isoDateSchema,
  reason: nonEmptyText.max(5000),
  name: nonEmptyText.max(1000).optional(),
  fields: programmeFieldsIn.partial().optional(),
});
export const programmeProgressIn = z.strictObject({
  text: nonEmptyText.max(10000),
  percent: z.number().min(0).max(100).nullable().optional(),
  milestone: z.string().max(500).nullable().optional(),
  disbursed: z.number().min(0).max(1e15).nullable().optional(),
});

export const CodeParam = z.object({ code: unitCodeIn });
export const SubtreeQuery = z.object({
  subtree: z.enum(['true', 'false']).optional().describe('Cả các đơn vị cấp dưới (mặc định: có)'),
});
export const PersonParam = z.object({ code: unitCodeIn, userId: z.uuid() });

export const TaskReportQuery = z.object({
  from: isoDateSchema.optional().describe('Ngày đầu kỳ (mặc định: 01/01 của năm)'),
  to: isoDateSchema.optional().describe('Ngày cuối kỳ; tình trạng tính đến ngày này (mặc định: hôm nay)'),
  format: z.enum(['docx', 'xlsx', 'pdf']).optional(),
  directiveId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'Mã không hợp lệ.')
    .optional(),
  date: isoDateSchema.optional().describe('Ngày ban hành báo cáo (dòng địa danh, ngày tháng)'),
  number: z
    .string()
    .max(20)
    .regex(/^[0-9A-Za-z.-]*$/, 'Số báo cáo không hợp lệ.')
    .optional(),
});

/**
 * The schema of a target (chỉ tiêu) and of its goal, with the checks that tie the goal to the
 * kind of target. Mirrors `Target` and `TargetGoal` in core/model.ts.
 */
import { z } from 'zod';
import type { TargetGoal, TargetKind } from '../core';
import {
  roundingSchema,
  directionSchema,
  fieldSchema,
  isoDateSchema,
  nonEmptyText,
  numberSchema,
  precisionSchema,
  qualifierSchema,
  targetKindSchema,
  yearSchema,
} from './primitives.schema';

export const numberGoalSchema = z.strictObject({ type: z.literal('number'), value: numberSchema });
export const rangeGoalSchema = z.strictObject({
  type: z.literal('range'),
  min: numberSchema,
  max: numberSchema,
});
export const milestoneGoalSchema = z.strictObject({ type: z.literal('milestone') });
export const gradeGoalSchema = z.strictObject({
  type: z.literal('grade'),
  scale: z.array(nonEmptyText).min(2).meta({ description: 'Thang xếp loại, từ thấp đến cao' }),
  required: nonEmptyText,
});
export const structureGoalSchema = z.strictObject({
  type: z.literal('structure'),
  shares: z.array(z.strictObject({ name: nonEmptyText, value: numberSchema })).min(2),
});

/** A goal, by type: number, range, milestone, grade or structure. */
export const targetGoalSchema = z.discriminatedUnion('type', [
  numberGoalSchema,
  rangeGoalSchema,
  milestoneGoalSchema,
  gradeGoalSchema,
  structureGoalSchema,
]);

/** Which goal type each kind of target takes. */
export const GOAL_TYPE_BY_KIND: Record<TargetKind, TargetGoal['type']> = {
  'average-growth': 'number',
  'end-level': 'number',
  'cumulative-total': 'number',
  'annual-threshold': 'number',
  ratio: 'number',
  count: 'number',
  range: 'range',
  milestone: 'milestone',
  grade: 'grade',
  structure: 'structure',
};

const GOAL_TYPE_VI: Record<TargetGoal['type'], string> = {
  number: 'một số',
  range: 'một khoảng (min, max)',
  milestone: 'một mốc đạt/chưa đạt',
  grade: 'một mức xếp loại',
  structure: 'một cơ cấu (các tỷ trọng)',
};

type Report = (path: PropertyKey[], message: string) => void;

/** Checks a goal against the kind of its target and against itself; reports relative paths. */
export function checkGoal(kind: TargetKind, goal: TargetGoal, report: Report): void {
  const expected = GOAL_TYPE_BY_KIND[kind];
  if (goal.type !== expected) {
    report(
      ['type'],
      `chỉ tiêu loại "${kind}" cần mục tiêu là ${GOAL_TYPE_VI[expected]} (type "${expected}"), nhận được "${goal.type}"`,
    );
    return;
  }
  if (goal.type === 'range' && goal.min > goal.max) {
    report(['min'], `cận dưới (${goal.min}) lớn hơn cận trên (${goal.max})`);
  }
  if (goal.type === 'grade') {
    if (!goal.scale.includes(goal.required)) {
      report(['required'], `mức "${goal.required}" không có trong thang xếp loại (${goal.scale.join(', ')})`);
    }
    if (new Set(goal.scale).size !== goal.scale.length) report(['scale'], 'thang xếp loại có mức bị trùng');
  }
  if (goal.type === 'structure') {
    const sum = goal.shares.reduce((total, share) => total + share.value, 0);
    if (Math.abs(sum - 100) > 0.5) report(['shares'], `tổng các tỷ trọng phải là 100%, hiện là ${sum}`);
  }
}

const targetObject = z.strictObject({
  id: nonEmptyText.meta({ description: 'Mã chỉ tiêu, duy nhất trong văn kiện' }),
  code: nonEmptyText.meta({ description: 'Số thứ tự như trong Nghị quyết: "1", "2.3", "15a"' }),
  name: nonEmptyText,
  indicator: nonEmptyText.optional(),
  field: fieldSchema,
  kind: targetKindSchema,
  direction: directionSchema,
  qualifier: qualifierSchema,
  unit: z
    .string()
    .meta({ description: 'Đơn vị tính: %, tỷ đồng, triệu đồng, ha, người, xã… (rỗng cho mốc, xếp loại)' }),
  precision: precisionSchema,
  percentDecimals: precisionSchema
    .meta({ description: 'Số chữ số thập phân của tỷ lệ % đạt được (mặc định 2): "122%", "25,7%", "52,15%"' })
    .optional(),
  rounding: roundingSchema.optional(),
  phrasing: z
    .strictObject({
      plan: z.enum(['reach', 'exceed']).optional(),
      yearOnYear: z.enum(['change', 'index']).optional(),
      againstGoal: z.enum(['percent', 'fraction']).optional(),
      baseDifference: z.boolean().optional(),
    })
    .meta({
      description:
        'Cách viết câu: plan "đạt"/"vượt" kế hoạch, yearOnYear "tăng X%"/"bằng X%" so với cùng kỳ, againstGoal phần trăm hoặc "X/Y", baseDifference thêm "tăng … so với năm gốc"',
    })
    .optional(),
  goal: targetGoalSchema,
  baseYear: yearSchema.optional(),
  baseValue: numberSchema.optional(),
  targetYear: yearSchema.optional(),
  seriesBasis: z.enum(['level', 'growth-rate']).optional(),
  levelUnit: nonEmptyText
    .meta({
      description:
        'Đơn vị của giá trị tuyệt đối khi chỉ tiêu tốc độ tăng được nhập theo giá trị (seriesBasis "level"): "tỷ đồng"',
    })
    .optional(),
  accumulation: z.enum(['level', 'additions']).optional(),
  aggregation: z
    .enum(['flow', 'stock'])
    .meta({
      description:
        'flow: số liệu cộng dồn theo kỳ (thu ngân sách, giá trị sản xuất, vốn đầu tư: quý là một phần của năm, chỉ số liệu cả năm được so với mục tiêu Đại hội); stock: mức tại một thời điểm (tỷ lệ hộ nghèo, dân số). Mặc định: flow cho chỉ tiêu tổng cộng dồn, số lượng cộng thêm, tốc độ tăng nhập theo giá trị và mức/ngưỡng tính bằng tiền; stock cho các loại khác',
    })
    .optional(),
  priceBasis: z.enum(['constant-2010', 'current', 'none']).optional(),
  statedCount: z.strictObject({ value: numberSchema, unit: nonEmptyText }).optional(),
  parentId: nonEmptyText.optional(),
  dropped: z.strictObject({ decision: nonEmptyText, date: isoDateSchema, reason: nonEmptyText }).optional(),
  note: z.string().optional(),
});

/** A target (chỉ tiêu) with its goal checked against its kind. */
export const targetSchema = targetObject.superRefine((target, ctx) => {
  checkGoal(target.kind, target.goal, (path, message) =>
    ctx.addIssue({ code: 'custom', path: ['goal', ...path], message }),
  );
  if (
    target.baseYear !== undefined &&
    target.targetYear !== undefined &&
    target.baseYear >= target.targetYear
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetYear'],
      message: `năm đích (${target.targetYear}) phải sau năm gốc (${target.baseYear})`,
    });
  }
  if (target.parentId !== undefined && target.parentId === target.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['parentId'],
      message: 'chỉ tiêu không thể là chỉ tiêu cha của chính nó',
    });
  }
});

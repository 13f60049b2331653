/**
 * Schemas of what is recorded for targets: figures (observations), plans, benchmarks,
 * adjustments, scenarios and the committee's overrides. Mirror core/model.ts.
 */
import { z } from 'zod';
import { BANDS, LIGHTS, VERDICTS } from '../core';
import {
  roundingSchema,
  isoDateSchema,
  nonEmptyText,
  numberSchema,
  periodCodeSchema,
  precisionSchema,
  storedIntSchema,
  timestampSchema,
  valueStatusSchema,
} from './primitives.schema';
import { targetGoalSchema } from './target.schema';

/** A figure's value: number (measured kinds), boolean (milestone), grade name (grade) or shares
 * in the order of the goal (structure). Which one fits is checked against the target. */
export const observationValueSchema = z.union(
  [numberSchema, z.boolean(), nonEmptyText, z.array(numberSchema).min(1)],
  { error: 'phải là một số, true/false (mốc), tên một mức xếp loại hoặc danh sách tỷ trọng (cơ cấu)' },
);

/** The fields of a figure, shared by the interchange file, the API input and its answers. */
export const observationFields = {
  targetId: nonEmptyText,
  period: periodCodeSchema,
  value: observationValueSchema,
  status: valueStatusSchema,
  source: z.string().optional(),
  comment: z.string().optional(),
  hedge: z
    .enum(['over', 'nearly', 'about'])
    .meta({
      description: 'Chữ viết kèm số liệu, giữ nguyên khi in: over "trên", nearly "gần", about "khoảng"',
    })
    .optional(),
};

/** A figure as stored in an interchange file, with its revision (1 = first entry). */
export const observationSchema = z.strictObject({
  ...observationFields,
  revision: storedIntSchema(1),
  recordedAt: timestampSchema.optional(),
});

/** A figure as entered through the API: the revision the user last saw (0 = none yet), so that a
 * concurrent change is detected instead of overwritten. */
export const observationInputSchema = z.strictObject({
  ...observationFields,
  expectedRevision: storedIntSchema(0),
});

export const planSchema = z.strictObject({
  targetId: nonEmptyText,
  period: periodCodeSchema,
  kind: z.enum(['annual-plan', 'budget-estimate']),
  source: nonEmptyText.meta({ description: 'Khóa nguồn: tinh-giao, hdnd-giao, ke-hoach-nam…' }),
  label: nonEmptyText.meta({ description: 'Như viết trong câu: "dự toán tỉnh giao", "kế hoạch năm"' }),
  value: numberSchema,
  percentDecimals: precisionSchema
    .meta({ description: 'Số chữ số thập phân của tỷ lệ % so với kế hoạch này' })
    .optional(),
  rounding: roundingSchema.optional(),
  phrasing: z
    .enum(['reach', 'exceed'])
    .meta({ description: 'Cách viết so với kế hoạch: reach "đạt 122%" (mặc định) hoặc exceed "vượt 22%"' })
    .optional(),
});

export const benchmarkSchema = z.strictObject({
  targetId: nonEmptyText,
  period: periodCodeSchema,
  label: nonEmptyText.meta({ description: 'Như viết trong câu: "bình quân chung của tỉnh"' }),
  value: numberSchema,
  rank: z
    .strictObject({ position: storedIntSchema(1), of: storedIntSchema(1), scope: nonEmptyText })
    .refine((rank) => rank.position <= rank.of, {
      error: 'thứ hạng không được lớn hơn tổng số đơn vị',
      path: ['position'],
    })
    .optional(),
});

export const adjustmentSchema = z.strictObject({
  targetId: nonEmptyText,
  oldGoal: targetGoalSchema,
  newGoal: targetGoalSchema,
  decision: nonEmptyText.meta({ description: 'Số, ký hiệu văn bản: "Nghị quyết số 15-NQ/TU"' }),
  date: isoDateSchema,
  reason: z.string().optional(),
  recordedBy: z.string().optional(),
});

export const scenarioSchema = z
  .strictObject({
    targetId: nonEmptyText,
    growthRate: numberSchema.optional(),
    values: z.array(z.strictObject({ period: periodCodeSchema, value: numberSchema })).optional(),
    note: z.string().optional(),
  })
  .refine((scenario) => scenario.growthRate !== undefined || scenario.values !== undefined, {
    error: 'kịch bản cần tốc độ tăng (growthRate) hoặc các giá trị từng năm (values)',
  });

const schemeLabels = { verdict: VERDICTS, band: BANDS, light: LIGHTS } as const;

export const overrideSchema = z
  .strictObject({
    targetId: nonEmptyText,
    scheme: z.enum(['verdict', 'band', 'light']),
    label: z.enum([...VERDICTS, ...BANDS, ...LIGHTS]),
    reason: nonEmptyText,
    decidedBy: z.string().optional(),
    decidedAt: z.string().optional(),
    causes: z.string().optional(),
    owner: z.string().optional(),
  })
  .superRefine((override, ctx) => {
    const allowed: readonly string[] = schemeLabels[override.scheme];
    if (!allowed.includes(override.label)) {
      ctx.addIssue({
        code: 'custom',
        path: ['label'],
        message: `nhãn "${override.label}" không thuộc thang "${override.scheme}" (${allowed.join(', ')})`,
      });
    }
  });

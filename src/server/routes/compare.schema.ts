/**
 * The answer of GET /api/compare: the core's comparison (`UnitComparison`) with the as-of
 * period used, the texts in Vietnamese and English, and `missing` (codes of the units without a
 * target or figures, kept for older clients). The web app takes its type from here.
 */
import { z } from 'zod';

const MeasureKeyOut = z.object({
  quantity: z.enum(['average-growth', 'sum-so-far', 'latest']),
  unit: z.string(),
  fromYear: z.number().optional(),
  period: z.string(),
  coverage: z.enum(['whole-year', 'year-to-date', 'part-of-year']),
  priceBasis: z.enum(['constant-2010', 'current']).optional(),
});

const ReferenceMethodOut = z.enum([
  'parent-figure',
  'sum-of-units',
  'ratio-of-sums',
  'weighted-mean',
  'plain-mean',
]);

const TextsOut = z.object({
  measure: z.string().nullable(),
  rule: z.string().describe('Câu ghi dưới bảng: xếp hạng theo gì, mốc so sánh tính thế nào'),
  reference: z.string().nullable(),
  units: z.array(
    z.object({ unitCode: z.string(), rank: z.string(), value: z.string(), relation: z.string().nullable() }),
  ),
  excluded: z.array(z.object({ unitCode: z.string(), unitName: z.string(), reason: z.string() })),
});

/** The answer of GET /api/compare. */
export const CompareAnswer = z.object({
  indicator: z.string(),
  asOf: z.string().nullable().describe('Kỳ so sánh dùng chung cho mọi đơn vị'),
  weight: z.string().nullable(),
  measure: MeasureKeyOut.nullable().describe('Thước đo chung của các đơn vị được xếp hạng'),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  decimals: z.number(),
  parent: z.object({
    unitCode: z.string(),
    unitName: z.string(),
    level: z.enum(['province', 'district', 'commune']),
    value: z.number().nullable(),
    period: z.string().nullable(),
    comparable: z.boolean(),
    measure: MeasureKeyOut.optional(),
  }),
  units: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      value: z.number(),
      period: z.string(),
      rank: z.number(),
      multiple: z.number().nullable(),
      achievementRatio: z.number().nullable(),
      convertedFrom: z.string().optional(),
    }),
  ),
  excluded: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      reason: z.enum(['no-target', 'no-data', 'different-measure', 'different-coverage', 'different-period']),
      measure: MeasureKeyOut.optional(),
      value: z.number().optional(),
      precision: z.number().optional(),
    }),
  ),
  reference: z
    .object({
      method: ReferenceMethodOut,
      value: z.number(),
      count: z.number(),
      complete: z.boolean(),
      additive: z.boolean(),
      weight: z
        .object({ indicator: z.string(), name: z.string(), unit: z.string(), total: z.number().optional() })
        .optional(),
      levels: z
        .object({
          unit: z.string(),
          last: z.number(),
          base: z.number(),
          baseYear: z.number(),
          lastYear: z.number(),
        })
        .optional(),
      plainMeanCause: z.enum(['no-weight', 'missing-weights', 'rates-without-levels']).optional(),
      missingWeights: z.array(z.string()).optional(),
    })
    .nullable(),
  rule: ReferenceMethodOut.nullable().describe('Mã quy tắc tính mốc so sánh'),
  total: z.number().describe('Số đơn vị trực thuộc còn hiệu lực trong kỳ'),
  missing: z.array(z.string()).describe('Mã các đơn vị chưa có chỉ tiêu hoặc số liệu'),
  texts: z.object({ vi: TextsOut, en: TextsOut }),
});

/** The answer of GET /api/compare, as the client reads it. */
export type CompareAnswer = z.infer<typeof CompareAnswer>;

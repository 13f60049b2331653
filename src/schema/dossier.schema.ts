/**
 * The interchange format `vedich/1`: one document per resolution (a {@link ResolutionDossier}
 * plus a few facts about the file itself), or a bundle of documents for several units.
 */
import { z } from 'zod';
import { isoDateSchema, nonEmptyText, storedIntSchema, termCodeSchema } from './primitives.schema';
import { targetSchema } from './target.schema';
import {
  adjustmentSchema,
  benchmarkSchema,
  observationSchema,
  overrideSchema,
  planSchema,
  scenarioSchema,
} from './records.schema';
import { checkDocument } from './cross-checks';

export const INTERCHANGE_FORMAT = 'vedich/1';

const CODE_LENGTH = { province: 2, district: 3, commune: 5 } as const;

export const unitRefSchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^\d{2,5}$/, { error: 'phải là mã thống kê gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số' }),
    name: nonEmptyText.meta({ description: 'Như viết trong câu: "thành phố Thanh Hóa"' }),
    level: z.enum(['province', 'district', 'commune']),
    parentCode: z
      .string()
      .regex(/^\d{2,5}$/, { error: 'phải là mã thống kê của đơn vị cấp trên' })
      .optional(),
  })
  .superRefine((unit, ctx) => {
    const length = CODE_LENGTH[unit.level];
    if (unit.code.length !== length) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `đơn vị cấp "${unit.level}" có mã ${length} chữ số, nhận được "${unit.code}"`,
      });
    }
  });

export const issuerSchema = z.strictObject({
  kind: z
    .enum(['party', 'state'])
    .meta({ description: 'party = cấp ủy Đảng (Hướng dẫn 36), state = cơ quan nhà nước (Nghị định 30)' }),
  superior: nonEmptyText.optional().meta({ description: '"ĐẢNG BỘ TỈNH THANH HÓA"' }),
  name: nonEmptyText.meta({ description: '"THÀNH ỦY THANH HÓA"' }),
  place: nonEmptyText,
  symbol: nonEmptyText.optional().meta({ description: 'Ký hiệu văn bản: "BC/TU"' }),
});

export const congressSchema = z.strictObject({
  number: storedIntSchema(1).meta({ description: '21 cho "lần thứ XXI"' }),
  term: termCodeSchema,
  date: isoDateSchema.optional(),
  committee: nonEmptyText.meta({ description: '"Đảng bộ thành phố Thanh Hóa"' }),
});

/** Where the figures of a file come from. */
export const sourceSchema = z.strictObject({
  title: nonEmptyText,
  url: z.url().optional(),
  date: isoDateSchema.optional(),
});

/** Facts about the file, not about the resolution. */
const fileFacts = {
  /** True when some figures were made up (minh họa) so that the published ones follow. */
  illustrative: z
    .boolean()
    .optional()
    .meta({ description: 'true khi tệp có số liệu minh họa (không lấy từ báo cáo)' }),
  notes: z.array(z.string()).optional(),
  sources: z.array(sourceSchema).optional(),
};

const dossierFields = {
  unit: unitRefSchema,
  issuer: issuerSchema,
  congress: congressSchema,
  title: nonEmptyText,
  targets: z.array(targetSchema).min(1),
  observations: z.array(observationSchema).optional(),
  plans: z.array(planSchema).optional(),
  benchmarks: z.array(benchmarkSchema).optional(),
  adjustments: z.array(adjustmentSchema).optional(),
  scenarios: z.array(scenarioSchema).optional(),
  overrides: z.array(overrideSchema).optional(),
};

/** One resolution in a file of its own. */
export const interchangeDocumentSchema = z
  .strictObject({ format: z.literal(INTERCHANGE_FORMAT), ...fileFacts, ...dossierFields })
  .superRefine((document, ctx) =>
    checkDocument(document, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
  )
  .meta({ title: 'Về Đích: văn kiện một Nghị quyết (vedich/1)' });

/** One resolution inside a bundle (the bundle states the format). */
export const bundledDocumentSchema = z
  .strictObject({ format: z.literal(INTERCHANGE_FORMAT).optional(), ...fileFacts, ...dossierFields })
  .superRefine((document, ctx) =>
    checkDocument(document, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
  );

/** Several resolutions (e.g. the export of a unit and the units below it). */
export const interchangeBundleSchema = z
  .strictObject({
    format: z.literal(INTERCHANGE_FORMAT),
    ...fileFacts,
    documents: z.array(bundledDocumentSchema).min(1),
  })
  .meta({ title: 'Về Đích: gói nhiều văn kiện (vedich/1)' });

/** A whole interchange file: one document or a bundle. */
export const interchangeFileSchema = z.union([interchangeDocumentSchema, interchangeBundleSchema]).meta({
  title: 'Về Đích interchange format vedich/1',
  description:
    'Một Nghị quyết Đại hội với chỉ tiêu, kế hoạch, số liệu, điều chỉnh, kịch bản và đánh giá; hoặc gói nhiều Nghị quyết.',
});

export type InterchangeDocument = z.infer<typeof interchangeDocumentSchema>;
export type BundledDocument = z.infer<typeof bundledDocumentSchema>;
export type InterchangeBundle = z.infer<typeof interchangeBundleSchema>;
export type InterchangeFile = z.infer<typeof interchangeFileSchema>;

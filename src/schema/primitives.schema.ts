/**
 * Small schema pieces reused by the interchange format and by the HTTP API: period codes,
 * dates, finite numbers and the enumerations of the domain model.
 */
import { z } from 'zod';
import {
  FIELDS,
  TARGET_KINDS,
  VALUE_STATUSES,
  formatNumberVi,
  isCanonicalPeriodCode,
  parsePeriod,
} from '../core';

/** The syntax of canonical period codes, for readers of the JSON Schema only: the core's parser
 * decides (a test keeps the two in agreement). */
export const PERIOD_CODE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]|(?:[245789]|1[01])M|\d{4}))?$/;

/** Whether a term code `2020-2025` runs forward (end after start, at most 10 years). */
function isSensibleTerm(code: string): boolean {
  const match = /^(\d{4})-(\d{4})$/.exec(code);
  if (!match) return true;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start && end - start <= 10;
}

const PERIOD_HELP =
  'phải là mã kỳ hợp lệ: tháng 2023-07, quý 2022-Q1, 6 tháng 2023-H1 hoặc 2023-H2, 9 tháng 2023-9M, 8 tháng 2023-8M, năm 2023, nhiệm kỳ 2020-2025';

/** The canonical code of a text the core reads as a period, when it is written otherwise. */
function canonicalHint(input: unknown): string {
  const parsed = typeof input === 'string' ? parsePeriod(input) : undefined;
  return parsed?.ok ? `; viết là "${parsed.code}"` : '';
}

/** A period code, checked for syntax and for a forward-running term. */
export const periodCodeSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'thiếu trường bắt buộc' : PERIOD_HELP) })
  .regex(PERIOD_CODE_PATTERN, {
    error: (issue) => `${PERIOD_HELP}${canonicalHint(issue.input)}; nhận được "${String(issue.input)}"`,
    abort: true,
  })
  .refine(isSensibleTerm, {
    error: 'nhiệm kỳ phải có năm kết thúc sau năm bắt đầu (ví dụ 2020-2025)',
    abort: true,
  })
  // The core's parser has the last word (forms, years 1900-2200), in its canonical form only.
  .refine((code) => parsePeriod(code).ok, {
    error: (issue) => `${PERIOD_HELP} (năm từ 1900 đến 2200); nhận được "${String(issue.input)}"`,
    abort: true,
  })
  .refine(isCanonicalPeriodCode, {
    error: (issue) => `mã kỳ chưa viết đúng dạng chuẩn${canonicalHint(issue.input)}`,
  })
  .meta({
    description:
      'Mã kỳ: 2023-07 (tháng), 2022-Q1 (quý), 2023-H1/H2 (6 tháng), 2023-9M (9 tháng), 2023-8M (8 tháng đầu năm, tương tự 2M, 4M, 5M, 7M, 10M, 11M), 2023 (năm), 2020-2025 (nhiệm kỳ hoặc nhiều năm)',
  });

/** A term code such as `2020-2025`. */
export const termCodeSchema = z
  .string()
  .regex(/^\d{4}-\d{4}$/, {
    error: (issue) => `phải là nhiệm kỳ dạng 2020-2025, nhận được "${String(issue.input)}"`,
  })
  .refine(isSensibleTerm, { error: 'nhiệm kỳ phải có năm kết thúc sau năm bắt đầu (ví dụ 2020-2025)' });

/** A calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date().meta({ description: 'Ngày dạng YYYY-MM-DD' });

/** An ISO 8601 timestamp with offset, e.g. `2023-07-20T08:00:00Z`. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A finite number (no NaN, no Infinity). Values are raw, never rounded for storage. */
export const numberSchema = z.number();

/** Largest integer of a PostgreSQL `integer` column (revisions, ranks, congress numbers). */
export const MAX_STORED_INT = 2_147_483_647;

/** A whole number from `min` that a PostgreSQL `integer` column holds (at most 2.147.483.647). */
export function storedIntSchema(min: number): z.ZodNumber {
  return z
    .number()
    .int()
    .min(min)
    .max(MAX_STORED_INT, { error: `phải là số nguyên không quá ${formatNumberVi(MAX_STORED_INT)}` });
}

/** A year of a term (1945-2100). */
export const yearSchema = z.number().int().min(1945).max(2100);

export const nonEmptyText = z.string().trim().min(1);

export const fieldSchema = z.enum(FIELDS).meta({
  description: 'Lĩnh vực: kinh-te, van-hoa-xa-hoi, moi-truong, quoc-phong-an-ninh, xay-dung-dang',
});
export const targetKindSchema = z.enum(TARGET_KINDS);
export const valueStatusSchema = z.enum(VALUE_STATUSES).meta({
  description: 'estimate = ước, preliminary = sơ bộ, official = chính thức',
});
export const directionSchema = z.enum(['higher-is-better', 'lower-is-better']);
export const qualifierSchema = z
  .enum(['at-least', 'more-than', 'less-than', 'at-most', 'about', 'none'])
  .meta({
    description:
      'at-least = trở lên, more-than = trên, less-than = dưới, at-most = không quá, about = khoảng',
  });

/** Display precision: 0 to 3 decimals, as reports print. */
/** How figures are cut to their decimals: "half-away-from-zero" (default) or "truncate". */
export const roundingSchema = z.enum(['half-away-from-zero', 'truncate']).meta({
  description: 'Cách làm tròn khi in: half-away-from-zero (làm tròn, mặc định) hoặc truncate (cắt bỏ)',
});

export const precisionSchema = z
  .number()
  .int({ error: 'phải là số nguyên từ 0 đến 3' })
  .min(0, { error: 'phải là số nguyên từ 0 đến 3' })
  .max(3, { error: 'phải là số nguyên từ 0 đến 3 (báo cáo in tối đa 3 chữ số thập phân)' });

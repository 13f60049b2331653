/**
 * zod schemas of the common request parameters shared by several route modules. Request bodies
 * of domain objects come from src/schema (the interchange schemas), answers from src/schema/api.
 */
import { z } from 'zod';
import { isCanonicalPeriodCode } from '../core';

/** A unit code of the statistics office: 2, 3 or 5 digits (other lengths kept for future codes). */
export const UnitCode = z.string().regex(/^[0-9A-Za-z_-]{1,20}$/, 'Mã đơn vị không hợp lệ.');

/** A period code in its canonical form: 2023, 2023-Q1, 2023-H1, 2023-9M, 2023-8M, 2023-07,
 * 2020-2025 (years 1900-2200, a term ending after it starts), checked by the core's own parser. */
export const PeriodCodeParam = z.string().max(20).refine(isCanonicalPeriodCode, {
  error: 'Kỳ không hợp lệ (ví dụ: 2023, 2023-Q1, 2023-H1, 2023-9M, 2023-8M, 2023-07; năm từ 1900 đến 2200).',
});

/** An id in a path (uuid or other opaque id). */
export const IdParam = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'Mã không hợp lệ.') });

/** `?asOf=PERIOD`: the period the evaluation is made at. */
export const AsOfQuery = z.object({
  asOf: PeriodCodeParam.optional().describe(
    'Kỳ đánh giá, ví dụ 2023, 2023-H1 (mặc định: kỳ mới nhất có số liệu)',
  ),
});

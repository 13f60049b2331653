/**
 * How reports word the assessment labels, in the phrasing of the seed reports ("9 chỉ tiêu vượt
 * kế hoạch, 15 chỉ tiêu hoàn thành kế hoạch, 6 chỉ tiêu phải phấn đấu, nỗ lực rất cao mới có thể
 * hoàn thành").
 */
import type { Band, Field, Verdict } from '../core';

/** Short label for table cells. */
export const VERDICT_CELL: Record<Verdict, string> = {
  exceed: 'Vượt kế hoạch',
  meet: 'Hoàn thành',
  'very-high-effort': 'Phải phấn đấu, nỗ lực rất cao',
  'propose-adjust': 'Đề nghị điều chỉnh, đưa ra ngoài kế hoạch',
  'met-early': 'Đạt sớm',
  'not-assessable': 'Chưa đánh giá được',
  'on-track': 'Đang trong lộ trình',
  'not-due': 'Chưa đến hạn',
  'basically-met': 'Cơ bản đạt',
  'not-met': 'Không đạt',
};

/** Phrase after a count for bands ("23 chỉ tiêu đạt trên 80% mục tiêu Đại hội"). */
export const BAND_PHRASE: Record<Band, string> = {
  'above-80': 'đạt trên 80% mục tiêu Đại hội',
  'above-50': 'đạt trên 50%',
  'below-50': 'đạt dưới 50%',
  'not-assessable': 'chưa đánh giá được',
};

/** Field names as report headings. */
export const FIELD_HEADING: Record<Field, string> = {
  'kinh-te': 'Về kinh tế',
  'van-hoa-xa-hoi': 'Về văn hóa - xã hội',
  'moi-truong': 'Về môi trường',
  'quoc-phong-an-ninh': 'Về quốc phòng - an ninh',
  'xay-dung-dang': 'Về xây dựng Đảng và hệ thống chính trị',
};

/** Field names as appendix group rows. */
export const FIELD_GROUP: Record<Field, string> = {
  'kinh-te': 'Chỉ tiêu về kinh tế',
  'van-hoa-xa-hoi': 'Chỉ tiêu về văn hóa - xã hội',
  'moi-truong': 'Chỉ tiêu về môi trường',
  'quoc-phong-an-ninh': 'Chỉ tiêu về quốc phòng - an ninh',
  'xay-dung-dang': 'Chỉ tiêu về xây dựng Đảng và hệ thống chính trị',
};

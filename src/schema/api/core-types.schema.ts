/**
 * The parts of answers that are the core's own types (targets, dossiers, evaluations). Their
 * TypeScript types in src/core are the truth: the schemas here only carry the type to the web
 * and a short description to the OpenAPI document, and check that an object is there.
 */
import { z } from 'zod';
import type { DossierEvaluation, TargetEvaluation } from '../../core';
import type { Adjustment, ResolutionDossier, Target } from '../../core';

/** A core object typed `T`, described (JSON Schema `type: object`) rather than restated. */
export function coreObject<T extends object>(name: string, description: string) {
  return z
    .custom<T>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
      error: `phải là một ${name}`,
    })
    .meta({ type: 'object', description: `${name} (${description})` });
}

/** A target as the core models it. */
export const targetOut = coreObject<Target>(
  'Target',
  'src/core/model.ts: mã, tên, loại, mục tiêu, đơn vị tính…',
);

/** A recorded adjustment of a target's goal by a decision. */
export const adjustmentOut = coreObject<Adjustment>(
  'Adjustment',
  'src/core/model.ts: mục tiêu cũ và mới, văn bản quyết định, ngày',
);

/** A resolution with everything reported for it. */
export const resolutionDossierOut = coreObject<ResolutionDossier>(
  'ResolutionDossier',
  'src/core/model.ts: đơn vị, Đại hội, chỉ tiêu, số liệu (mọi lần sửa), kế hoạch, so sánh, điều chỉnh, kịch bản, quyết định đánh giá',
);

/** The core's evaluation of one target as of a period. */
export const targetEvaluationOut = coreObject<TargetEvaluation>(
  'TargetEvaluation',
  'src/core/evaluation-types.ts: số liệu dùng, mức đạt, dự báo, gợi ý và đánh giá cuối cùng của một chỉ tiêu tại kỳ asOf',
);

/** The core's evaluation of a whole resolution as of a period. */
export const dossierEvaluationOut = coreObject<DossierEvaluation>(
  'DossierEvaluation',
  'src/core/evaluation-types.ts: asOf, một TargetEvaluation cho mỗi chỉ tiêu theo thứ tự nghị quyết, tổng hợp, đoạn văn nhận định',
);

/**
 * Business checks of figures against their target: a period code of a known form, a value of the
 * shape the target's kind needs, finite numbers. Messages are Vietnamese; paths are given by the
 * caller (e.g. `items.3.value`).
 */
import { VALUE_STATUSES, isCanonicalPeriodCode, type Target } from '../core';
import type { Issue } from './app-error';

/** Whether a string is a period code in its canonical form (the core's parser decides). */
export const isPeriodCode = isCanonicalPeriodCode;

/** Whether a string is a real calendar date `YYYY-MM-DD` (2024-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Whether a string is an instant JavaScript and PostgreSQL both read (stored as its ISO form). */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

/** Largest magnitude accepted for a figure: beyond it a number is an input error, not a value. */
export const MAX_MAGNITUDE = 1e15;

/** The problem with a number, or null. */
export function numberProblem(value: unknown): string | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'Giá trị phải là một số.';
  if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) return 'Số quá lớn.';
  return null;
}

/** The problem with a figure's value for that target, or null. */
export function valueProblem(target: Target, value: unknown): string | null {
  switch (target.goal.type) {
    case 'milestone':
      return typeof value === 'boolean'
        ? null
        : 'Chỉ tiêu dạng mốc cần giá trị đúng/sai (đạt hoặc chưa đạt).';
    case 'grade':
      if (typeof value !== 'string') return 'Chỉ tiêu xếp loại cần tên mức xếp loại.';
      return target.goal.scale.includes(value)
        ? null
        : `Mức xếp loại phải là một trong: ${target.goal.scale.join(', ')}.`;
    case 'structure': {
      const n = target.goal.shares.length;
      if (!Array.isArray(value) || value.length !== n) return `Chỉ tiêu cơ cấu cần ${n} tỷ trọng.`;
      for (const v of value) {
        const p = numberProblem(v);
        if (p) return p;
      }
      return null;
    }
    default:
      return numberProblem(value);
  }
}

/** Checks one figure (target known) and returns its issues under `prefix`. */
export function checkObservation(
  target: Target,
  o: { period: unknown; value?: unknown; status?: unknown; source?: unknown; comment?: unknown },
  prefix: string,
): Issue[] {
  const issues: Issue[] = [];
  if (!isPeriodCode(o.period))
    issues.push({
      path: `${prefix}.period`,
      message: 'Kỳ báo cáo không hợp lệ (ví dụ: 2023, 2023-Q1, 2023-H1, 2023-07).',
    });
  const problem = valueProblem(target, o.value);
  if (problem) issues.push({ path: `${prefix}.value`, message: problem });
  if (!(VALUE_STATUSES as readonly unknown[]).includes(o.status))
    issues.push({
      path: `${prefix}.status`,
      message: 'Trạng thái số liệu phải là ước, sơ bộ hoặc chính thức.',
    });
  for (const key of ['source', 'comment'] as const) {
    const text = o[key];
    if (text !== undefined && (typeof text !== 'string' || text.length > 2000))
      issues.push({ path: `${prefix}.${key}`, message: 'Nội dung phải là văn bản, tối đa 2.000 ký tự.' });
  }
  return issues;
}

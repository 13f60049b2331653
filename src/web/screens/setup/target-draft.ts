/**
 * A target as typed in the set-up form (all text) and its conversion to the core's Target,
 * with one Vietnamese message per wrong field. Numbers are read the Vietnamese way.
 */
import type { Direction, Field, Qualifier, Target, TargetGoal, TargetKind } from '../../../core';
import { parseNumberVi } from '../../lib/core';

export interface TargetDraft {
  code: string;
  name: string;
  field: Field;
  kind: TargetKind;
  direction: Direction;
  qualifier: Qualifier;
  unit: string;
  precision: string;
  goalValue: string;
  goalMin: string;
  goalMax: string;
  gradeScale: string;
  gradeRequired: string;
  shares: string;
  baseYear: string;
  baseValue: string;
  targetYear: string;
  indicator: string;
}

export type DraftErrors = Partial<Record<keyof TargetDraft, string>>;

export function emptyDraft(field: Field = 'kinh-te', code = '1'): TargetDraft {
  return {
    code,
    name: '',
    field,
    kind: 'end-level',
    direction: 'higher-is-better',
    qualifier: 'none',
    unit: '',
    precision: '1',
    goalValue: '',
    goalMin: '',
    goalMax: '',
    gradeScale: 'Không hoàn thành; Hoàn thành; Hoàn thành tốt; Hoàn thành xuất sắc',
    gradeRequired: 'Hoàn thành tốt',
    shares: '',
    baseYear: '',
    baseValue: '',
    targetYear: '',
    indicator: '',
  };
}

function readNumber(
  text: string,
  key: keyof TargetDraft,
  errors: DraftErrors,
  required: boolean,
): number | undefined {
  if (text.trim() === '') {
    if (required) errors[key] = 'Bắt buộc: nhập một số, ví dụ 9.710,8.';
    return undefined;
  }
  const parsed = parseNumberVi(text);
  if (!parsed.ok) {
    errors[key] = `"${text}" không phải là số (viết kiểu Việt Nam: 9.710,8).`;
    return undefined;
  }
  return parsed.value;
}

function readGoal(draft: TargetDraft, errors: DraftErrors): TargetGoal | undefined {
  switch (draft.kind) {
    case 'milestone':
      return { type: 'milestone' };
    case 'range': {
      const min = readNumber(draft.goalMin, 'goalMin', errors, true);
      const max = readNumber(draft.goalMax, 'goalMax', errors, true);
      if (min !== undefined && max !== undefined && min > max)
        errors.goalMax = 'Cận trên phải lớn hơn hoặc bằng cận dưới.';
      return min !== undefined && max !== undefined ? { type: 'range', min, max } : undefined;
    }
    case 'grade': {
      const scale = draft.gradeScale
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      if (scale.length < 2) errors.gradeScale = 'Thang xếp loại cần ít nhất 2 mức, cách nhau bằng dấu ;.';
      const required = scale.find((s) => s.toLowerCase() === draft.gradeRequired.trim().toLowerCase());
      if (!required) errors.gradeRequired = 'Mức cần đạt phải là một mức trong thang.';
      return scale.length >= 2 && required ? { type: 'grade', scale, required } : undefined;
    }
    case 'structure': {
      const shares = draft.shares.split(';').map((part) => part.split('='));
      const parsed = shares.map(([name = '', value = '']) => ({
        name: name.trim(),
        value: parseNumberVi(value),
      }));
      if (parsed.length < 2 || parsed.some((s) => !s.name || !s.value.ok)) {
        errors.shares = 'Nhập các tỷ trọng dạng "Công nghiệp=75; Dịch vụ=20; Nông nghiệp=5".';
        return undefined;
      }
      return {
        type: 'structure',
        shares: parsed.map((s) => ({ name: s.name, value: s.value.ok ? s.value.value : 0 })),
      };
    }
    default: {
      const value = readNumber(draft.goalValue, 'goalValue', errors, true);
      return value === undefined ? undefined : { type: 'number', value };
    }
  }
}

/** Converts a draft; `id` is kept for an existing target, generated otherwise. */
export function draftToTarget(
  draft: TargetDraft,
  id: string,
): { ok: true; target: Target } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (!draft.code.trim()) errors.code = 'Bắt buộc.';
  if (!draft.name.trim()) errors.name = 'Bắt buộc: ghi tên chỉ tiêu như trong nghị quyết.';
  const precision = Number(draft.precision);
  if (!Number.isInteger(precision) || precision < 0 || precision > 3)
    errors.precision = 'Từ 0 đến 3 chữ số thập phân.';
  const goal = readGoal(draft, errors);
  const baseYear = readNumber(draft.baseYear, 'baseYear', errors, draft.kind === 'average-growth');
  const baseValue = readNumber(draft.baseValue, 'baseValue', errors, draft.kind === 'average-growth');
  const targetYear = readNumber(draft.targetYear, 'targetYear', errors, false);
  if (baseYear !== undefined && !Number.isInteger(baseYear))
    errors.baseYear = 'Năm là số nguyên, ví dụ 2020.';
  if (Object.keys(errors).length > 0 || !goal) return { ok: false, errors };
  const target: Target = {
    id,
    code: draft.code.trim(),
    name: draft.name.trim(),
    field: draft.field,
    kind: draft.kind,
    direction: draft.direction,
    qualifier: draft.qualifier,
    unit: draft.unit.trim(),
    precision,
    goal,
  };
  if (draft.indicator.trim()) target.indicator = draft.indicator.trim();
  if (baseYear !== undefined) target.baseYear = baseYear;
  if (baseValue !== undefined) target.baseValue = baseValue;
  if (targetYear !== undefined) target.targetYear = targetYear;
  if (draft.kind === 'average-growth') target.seriesBasis = 'level';
  return { ok: true, target };
}

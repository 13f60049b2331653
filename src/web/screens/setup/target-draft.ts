/**
 * A target as typed in the set-up form (all text) and its conversion to the core's Target,
 * with one message per wrong field (in the interface's language). Numbers are read the Vietnamese way.
 */
import type { Direction, Field, Qualifier, Target, TargetGoal, TargetKind } from '../../../core';
import { parseNumberVi } from '../../lib/core';
import { translate } from '../../lib/i18n';
import { DEFAULT_GRADES } from './defaults';

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
    gradeScale: DEFAULT_GRADES.scale,
    gradeRequired: DEFAULT_GRADES.required,
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
    if (required) errors[key] = translate('setup.numberRequired');
    return undefined;
  }
  const parsed = parseNumberVi(text);
  if (!parsed.ok) {
    errors[key] = translate('setup.notNumber', { text });
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
      if (min !== undefined && max !== undefined && min > max) errors.goalMax = translate('setup.rangeOrder');
      return min !== undefined && max !== undefined ? { type: 'range', min, max } : undefined;
    }
    case 'grade': {
      const scale = draft.gradeScale
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      if (scale.length < 2) errors.gradeScale = translate('setup.scaleTooShort');
      const required = scale.find((s) => s.toLowerCase() === draft.gradeRequired.trim().toLowerCase());
      if (!required) errors.gradeRequired = translate('setup.requiredNotInScale');
      return scale.length >= 2 && required ? { type: 'grade', scale, required } : undefined;
    }
    case 'structure': {
      const shares = draft.shares.split(';').map((part) => part.split('='));
      const parsed = shares.map(([name = '', value = '']) => ({
        name: name.trim(),
        value: parseNumberVi(value),
      }));
      if (parsed.length < 2 || parsed.some((s) => !s.name || !s.value.ok)) {
        errors.shares = translate('setup.sharesFormat');
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
  if (!draft.code.trim()) errors.code = translate('setup.codeRequired');
  if (!draft.name.trim()) errors.name = translate('setup.nameRequired');
  const precision = Number(draft.precision);
  if (!Number.isInteger(precision) || precision < 0 || precision > 3)
    errors.precision = translate('setup.precisionRange');
  const goal = readGoal(draft, errors);
  const baseYear = readNumber(draft.baseYear, 'baseYear', errors, draft.kind === 'average-growth');
  const baseValue = readNumber(draft.baseValue, 'baseValue', errors, draft.kind === 'average-growth');
  const targetYear = readNumber(draft.targetYear, 'targetYear', errors, false);
  if (baseYear !== undefined && !Number.isInteger(baseYear)) errors.baseYear = translate('setup.yearInteger');
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

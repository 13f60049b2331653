/** Display helpers on top of the core's vi-VN formatting. */
import type { Target } from '../../core/model';
import { formatNumberVi, QUALIFIER_SYMBOLS } from './core';

/** A raw ratio as a percentage: 0.714 → "71,4%". */
export function formatRatio(ratio: number | undefined, decimals = 1): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${formatNumberVi(ratio * 100, decimals)}%`;
}

/** A value of a target at its precision, with its unit: "9.710,8 tỷ đồng", "71,4%". */
export function formatTargetValue(target: Target, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const number = formatNumberVi(value, target.precision);
  return target.unit === '%' ? `${number}%` : `${number} ${target.unit}`;
}

/** The goal as written: "≥ 65%", "7,5-8,0%", "đạt", grade or structure. */
export function formatGoal(target: Target): string {
  const goal = target.goal;
  switch (goal.type) {
    case 'number':
      return `${QUALIFIER_SYMBOLS[target.qualifier]}${formatTargetValue(target, goal.value)}`;
    case 'range':
      return `${formatNumberVi(goal.min, target.precision)}-${formatTargetValue(target, goal.max)}`;
    case 'milestone':
      return 'hoàn thành';
    case 'grade':
      return goal.required;
    case 'structure':
      return goal.shares
        .map((share) => `${share.name} ${formatNumberVi(share.value, target.precision)}%`)
        .join(' / ');
  }
}

/** A signed change: 0.161 → "+16,1%". */
export function formatChange(change: number | undefined): string {
  if (change === undefined || !Number.isFinite(change)) return '—';
  const text = formatRatio(Math.abs(change));
  return change < 0 ? `-${text}` : `+${text}`;
}

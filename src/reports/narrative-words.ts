/**
 * Sentence pieces shared by the narrative sections: a quantity with its unit, a target's result
 * in the register of the seed reports.
 */
import { formatQuantityVi, qualifiedVi, type Target, type TargetEvaluation } from '../core';
import { numberVi } from './vi';

/** "84,67 triệu đồng", "65,2%". */
export function quantityVi(
  value: number,
  target: Pick<Target, 'unit' | 'precision'>,
  decimals = target.precision,
): string {
  const n = numberVi(value, decimals);
  return target.unit === '%' ? `${n}%` : `${n} ${target.unit}`;
}

/** The goal as written with its qualifier: "65% trở lên", "dưới 1%" (the core's wording). */
export function goalVi(target: Target, value: number): string {
  return qualifiedVi(
    target.qualifier,
    formatQuantityVi(value, target.unit, target.precision, { trimZeros: true }),
  );
}

/** Decimals for percentages of achievement: one, as the seed reports print them. */
export const RATIO_DECIMALS = 1;

/** "ước đạt" for estimates, "đạt" otherwise. */
export function reachedVerb(ev: TargetEvaluation): string {
  return ev.latest?.status === 'estimate' ? 'ước đạt' : 'đạt';
}

/** "bằng 71,4% mục tiêu Đại hội (15%)" or an empty string when not computable. */
export function achievementPhrase(ev: TargetEvaluation): string {
  const a = ev.achievement;
  if (!a || !Number.isFinite(a.ratio)) return '';
  const goal = goalVi(ev.target, a.goal);
  return `bằng ${numberVi(a.ratio * 100, RATIO_DECIMALS)}% mục tiêu Đại hội (${goal})`;
}

/** The measure a target is judged on, as a phrase: "tốc độ tăng bình quân đạt 10,71%/năm". */
export function actualPhrase(ev: TargetEvaluation): string {
  const t = ev.target;
  const a = ev.achievement;
  if (t.kind === 'average-growth' && ev.averageGrowth !== undefined) {
    return `tốc độ tăng bình quân đạt ${numberVi(ev.averageGrowth, 2)}%/năm`;
  }
  if (t.kind === 'cumulative-total' && a) return `lũy kế ${reachedVerb(ev)} ${quantityVi(a.actual, t)}`;
  if (ev.latest) return `${reachedVerb(ev)} ${quantityVi(ev.latest.value, t)}`;
  return 'chưa có số liệu';
}

/** "cần tăng bình quân 12,3%/năm trong 2 năm còn lại" / "cần thêm 40.000 tỷ đồng mỗi năm". */
export function requirementPhrase(ev: TargetEvaluation): string {
  const r = ev.requirement;
  if (!r || r.remainingYears <= 0) return '';
  if (r.growthPerYear !== undefined) {
    return `để đạt mục tiêu cần tăng bình quân ${numberVi(r.growthPerYear, 2)}%/năm trong ${r.remainingYears} năm còn lại`;
  }
  if (r.amountPerYear !== undefined && ev.target.unit === '%') {
    return `để đạt mục tiêu cần tăng thêm bình quân ${numberVi(r.amountPerYear, Math.max(1, ev.target.precision))} điểm phần trăm mỗi năm trong ${r.remainingYears} năm còn lại`;
  }
  if (r.amountPerYear !== undefined) {
    return `để đạt mục tiêu cần thêm bình quân ${quantityVi(r.amountPerYear, ev.target)} mỗi năm trong ${r.remainingYears} năm còn lại`;
  }
  return '';
}

/** Joins Vietnamese list items: "A, B và C". */
export function joinVi(items: string[], last = 'và'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

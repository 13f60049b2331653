/**
 * Sentence pieces shared by the narrative sections: a quantity with its unit, a target's result
 * in the register of the seed reports.
 */
import { formatNumberVi, formatQuantityVi, qualifiedVi, type Target, type TargetEvaluation } from '../core';
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

/** "ước đạt" for estimates, "đạt" otherwise. */
export function reachedVerb(ev: TargetEvaluation): string {
  return ev.latest?.status === 'estimate' ? 'ước đạt' : 'đạt';
}

/** "bằng 71,4% mục tiêu Đại hội (15%)" from the core's view, or an empty string. */
export function achievementPhrase(ev: TargetEvaluation): string {
  const a = ev.achievement;
  const shown = ev.view?.percentOfGoal;
  if (!a || !shown) return '';
  return `bằng ${shown.text} mục tiêu Đại hội (${goalVi(ev.target, a.goal)})`;
}

/** The measure a target is judged on, as a phrase, from the core's view: "tốc độ tăng bình quân
 * đạt 10,71%/năm", "lũy kế ước đạt 93.867 tỷ đồng". */
export function actualPhrase(ev: TargetEvaluation): string {
  const t = ev.target;
  const actual = ev.view?.actual;
  if (!actual) return 'chưa có số liệu';
  const verb = actual.status === 'estimate' ? 'ước đạt' : 'đạt';
  if (t.kind === 'average-growth') return `tốc độ tăng bình quân ${verb} ${actual.text}`;
  if (t.kind === 'cumulative-total') return `lũy kế ${verb} ${actual.text}`;
  return `${verb} ${actual.text}`;
}

/** "để đạt mục tiêu cần tăng bình quân 12,3%/năm trong 2 năm còn lại", from the core's view. */
export function requirementPhrase(ev: TargetEvaluation): string {
  const r = ev.requirement;
  const need = ev.view?.need;
  if (!r || r.remainingYears <= 0 || !need) return '';
  const years = formatNumberVi(r.remainingYears, 1, { trimZeros: true });
  const verb =
    ev.target.kind === 'average-growth'
      ? 'tăng bình quân '
      : /^(tăng|giảm)/.test(need)
        ? ''
        : 'đạt bình quân ';
  return `để đạt mục tiêu cần ${verb}${need} trong ${years} năm còn lại`;
}

/** Joins Vietnamese list items: "A, B và C". */
export function joinVi(items: string[], last = 'và'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Business checks of a target's attributes and goal, so that bad input is a 400 with a path,
 * never a database error. */
import { FIELDS, TARGET_KINDS, type Target, type TargetGoal } from '../core';
import type { Issue } from './app-error';
import { isIsoDate, numberProblem } from './figure-checks';

const DIRECTIONS = ['higher-is-better', 'lower-is-better'];
const QUALIFIERS = ['at-least', 'more-than', 'less-than', 'at-most', 'about', 'none'];

const isText = (v: unknown, max = 2000): v is string =>
  typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/** Issues of a goal under `path`. */
export function checkGoal(goal: TargetGoal | undefined, path: string): Issue[] {
  const issues: Issue[] = [];
  const num = (v: unknown, p: string) => {
    const problem = numberProblem(v);
    if (problem) issues.push({ path: p, message: problem });
  };
  if (!goal || typeof goal !== 'object') return [{ path, message: 'Thiếu mục tiêu của chỉ tiêu.' }];
  switch (goal.type) {
    case 'number':
      num(goal.value, `${path}.value`);
      break;
    case 'range':
      num(goal.min, `${path}.min`);
      num(goal.max, `${path}.max`);
      if (typeof goal.min === 'number' && typeof goal.max === 'number' && goal.min > goal.max)
        issues.push({ path: `${path}.max`, message: 'Cận trên phải không nhỏ hơn cận dưới.' });
      break;
    case 'milestone':
      break;
    case 'grade':
      if (!Array.isArray(goal.scale) || goal.scale.length === 0 || !goal.scale.every((s) => isText(s, 200)))
        issues.push({ path: `${path}.scale`, message: 'Thang xếp loại phải là danh sách các mức.' });
      else if (!goal.scale.includes(goal.required))
        issues.push({ path: `${path}.required`, message: 'Mức yêu cầu phải thuộc thang xếp loại.' });
      break;
    case 'structure':
      if (!Array.isArray(goal.shares) || goal.shares.length === 0)
        issues.push({ path: `${path}.shares`, message: 'Chỉ tiêu cơ cấu cần các tỷ trọng.' });
      else
        goal.shares.forEach((s, i) => {
          if (!isText(s?.name, 200))
            issues.push({ path: `${path}.shares.${i}.name`, message: 'Thiếu tên thành phần.' });
          num(s?.value, `${path}.shares.${i}.value`);
        });
      break;
    default:
      issues.push({ path: `${path}.type`, message: 'Loại mục tiêu không hợp lệ.' });
  }
  return issues;
}

/** Issues of a target's attributes under `prefix` (its id and parent are checked by the caller). */
export function checkTarget(t: Omit<Target, 'id'>, prefix: string): Issue[] {
  const issues: Issue[] = [];
  const at = (p: string) => `${prefix}.${p}`;
  if (!isText(t.code, 50))
    issues.push({ path: at('code'), message: 'Số thứ tự chỉ tiêu không được để trống (tối đa 50 ký tự).' });
  if (!isText(t.name))
    issues.push({ path: at('name'), message: 'Tên chỉ tiêu không được để trống (tối đa 2.000 ký tự).' });
  if (!(FIELDS as readonly string[]).includes(t.field))
    issues.push({ path: at('field'), message: 'Lĩnh vực không hợp lệ.' });
  if (!(TARGET_KINDS as readonly string[]).includes(t.kind))
    issues.push({ path: at('kind'), message: 'Loại chỉ tiêu không hợp lệ.' });
  if (!DIRECTIONS.includes(t.direction))
    issues.push({ path: at('direction'), message: 'Chiều đánh giá không hợp lệ.' });
  if (!QUALIFIERS.includes(t.qualifier))
    issues.push({ path: at('qualifier'), message: 'Từ định lượng không hợp lệ.' });
  if (typeof t.unit !== 'string' || t.unit.length > 100)
    issues.push({ path: at('unit'), message: 'Đơn vị tính phải là văn bản (tối đa 100 ký tự).' });
  if (!Number.isInteger(t.precision) || t.precision < 0 || t.precision > 6)
    issues.push({ path: at('precision'), message: 'Số chữ số thập phân phải từ 0 đến 6.' });
  if (
    t.percentDecimals !== undefined &&
    !(Number.isInteger(t.percentDecimals) && t.percentDecimals >= 0 && t.percentDecimals <= 6)
  )
    issues.push({ path: at('percentDecimals'), message: 'Số chữ số thập phân của tỷ lệ phải từ 0 đến 6.' });
  if (t.aggregation !== undefined && !['flow', 'stock'].includes(t.aggregation))
    issues.push({
      path: at('aggregation'),
      message: 'Cách cộng dồn số liệu phải là theo kỳ (flow) hoặc thời điểm (stock).',
    });
  if (t.levelUnit !== undefined && (typeof t.levelUnit !== 'string' || t.levelUnit.length > 100))
    issues.push({
      path: at('levelUnit'),
      message: 'Đơn vị tính của mức phải là văn bản (tối đa 100 ký tự).',
    });
  issues.push(...checkGoal(t.goal, at('goal')));
  for (const key of ['baseYear', 'targetYear'] as const) {
    const year = t[key];
    if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200))
      issues.push({ path: at(key), message: 'Năm không hợp lệ.' });
  }
  if (t.baseValue !== undefined) {
    const problem = numberProblem(t.baseValue);
    if (problem) issues.push({ path: at('baseValue'), message: problem });
  }
  if (t.statedCount !== undefined) {
    const problem = numberProblem(t.statedCount.value);
    if (problem) issues.push({ path: at('statedCount.value'), message: problem });
  }
  if (t.dropped) issues.push(...checkDecision(t.dropped, at('dropped')));
  return issues;
}

/** Issues of a recorded decision (number, date, reason) under `prefix`. */
export function checkDecision(
  d: { decision: string; date: string; reason?: string },
  prefix: string,
): Issue[] {
  const issues: Issue[] = [];
  if (!isText(d.decision, 200))
    issues.push({ path: `${prefix}.decision`, message: 'Cần số văn bản quyết định.' });
  if (!isIsoDate(d.date))
    issues.push({ path: `${prefix}.date`, message: 'Ngày quyết định phải có dạng YYYY-MM-DD.' });
  if (d.reason !== undefined && (typeof d.reason !== 'string' || d.reason.length > 4000))
    issues.push({ path: `${prefix}.reason`, message: 'Lý do tối đa 4.000 ký tự.' });
  return issues;
}

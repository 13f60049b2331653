/**
 * Checks across the parts of a document that a field-by-field schema cannot see: references to
 * targets, duplicates, and values whose type does not fit their target's kind.
 */
import type { Adjustment, AssessmentOverride, Benchmark, Observation, Plan, Scenario, Target } from '../core';
import { checkGoal } from './target.schema';

/** The parts of a document the checks look at (arrays may be absent in a file). */
export interface CheckedDocument {
  targets: Target[];
  observations?: Observation[];
  plans?: Plan[];
  benchmarks?: Benchmark[];
  adjustments?: Adjustment[];
  scenarios?: Scenario[];
  overrides?: AssessmentOverride[];
}

type Report = (path: PropertyKey[], message: string) => void;

/** Runs every cross-field check and reports each problem with its path from the document. */
export function checkDocument(document: CheckedDocument, report: Report): void {
  const byId = new Map<string, Target>();
  const codes = new Map<string, number>();
  document.targets.forEach((target, index) => {
    if (byId.has(target.id)) report(['targets', index, 'id'], `mã chỉ tiêu "${target.id}" bị trùng`);
    else byId.set(target.id, target);
    const firstWithCode = codes.get(target.code);
    if (firstWithCode !== undefined) {
      report(
        ['targets', index, 'code'],
        `số thứ tự "${target.code}" đã dùng cho chỉ tiêu thứ ${firstWithCode + 1}`,
      );
    } else codes.set(target.code, index);
  });
  document.targets.forEach((target, index) => {
    if (target.parentId !== undefined && !byId.has(target.parentId)) {
      report(['targets', index, 'parentId'], `không có chỉ tiêu cha mã "${target.parentId}"`);
    }
  });

  const known = (section: string, index: number, targetId: string): Target | undefined => {
    const target = byId.get(targetId);
    if (!target) report([section, index, 'targetId'], `không có chỉ tiêu mã "${targetId}" trong văn kiện`);
    return target;
  };

  const revisions = new Set<string>();
  (document.observations ?? []).forEach((observation, index) => {
    const target = known('observations', index, observation.targetId);
    const key = `${observation.targetId}|${observation.period}|${observation.revision}`;
    if (revisions.has(key)) {
      report(
        ['observations', index, 'revision'],
        `đã có số liệu lần sửa ${observation.revision} của chỉ tiêu "${observation.targetId}" kỳ ${observation.period}`,
      );
    }
    revisions.add(key);
    if (target)
      checkValue(target, observation.value, (message) => report(['observations', index, 'value'], message));
  });

  const planKeys = new Set<string>();
  (document.plans ?? []).forEach((plan, index) => {
    const target = known('plans', index, plan.targetId);
    if (target && !isNumeric(target)) {
      report(
        ['plans', index, 'targetId'],
        `chỉ tiêu "${target.id}" loại "${target.kind}" không có kế hoạch bằng số`,
      );
    }
    const key = `${plan.targetId}|${plan.period}|${plan.source}`;
    if (planKeys.has(key))
      report(
        ['plans', index, 'source'],
        `đã có kế hoạch nguồn "${plan.source}" kỳ ${plan.period} cho chỉ tiêu "${plan.targetId}"`,
      );
    planKeys.add(key);
  });

  (document.benchmarks ?? []).forEach((benchmark, index) => {
    const target = known('benchmarks', index, benchmark.targetId);
    if (target && !isNumeric(target))
      report(['benchmarks', index, 'targetId'], `chỉ tiêu "${target.id}" không so sánh được bằng số`);
  });

  (document.adjustments ?? []).forEach((adjustment, index) => {
    const target = known('adjustments', index, adjustment.targetId);
    if (!target) return;
    checkGoal(target.kind, adjustment.oldGoal, (path, message) =>
      report(['adjustments', index, 'oldGoal', ...path], message),
    );
    checkGoal(target.kind, adjustment.newGoal, (path, message) =>
      report(['adjustments', index, 'newGoal', ...path], message),
    );
  });

  (document.scenarios ?? []).forEach((scenario, index) => {
    const target = known('scenarios', index, scenario.targetId);
    if (target && !isNumeric(target))
      report(
        ['scenarios', index, 'targetId'],
        `chỉ tiêu "${target.id}" loại "${target.kind}" không dựng kịch bản bằng số được`,
      );
  });

  const overrideKeys = new Set<string>();
  (document.overrides ?? []).forEach((override, index) => {
    known('overrides', index, override.targetId);
    const key = `${override.targetId}|${override.scheme}`;
    if (overrideKeys.has(key))
      report(
        ['overrides', index, 'scheme'],
        `chỉ tiêu "${override.targetId}" đã có đánh giá theo thang "${override.scheme}"`,
      );
    overrideKeys.add(key);
  });
}

/** Kinds whose figures are plain numbers. */
function isNumeric(target: Target): boolean {
  return target.goal.type === 'number' || target.goal.type === 'range';
}

/** Checks that a value has the type its target's kind takes. */
export function checkValue(
  target: Target,
  value: Observation['value'],
  report: (message: string) => void,
): void {
  const goal = target.goal;
  switch (goal.type) {
    case 'number':
    case 'range':
      if (typeof value !== 'number')
        report(
          `chỉ tiêu "${target.id}" loại "${target.kind}" cần số liệu là một số, nhận được ${describe(value)}`,
        );
      return;
    case 'milestone':
      if (typeof value !== 'boolean')
        report(
          `chỉ tiêu "${target.id}" là mốc đạt/chưa đạt: cần true hoặc false, nhận được ${describe(value)}`,
        );
      return;
    case 'grade':
      if (typeof value !== 'string')
        report(
          `chỉ tiêu "${target.id}" là xếp loại: cần tên một mức (${goal.scale.join(', ')}), nhận được ${describe(value)}`,
        );
      else if (!goal.scale.includes(value))
        report(`mức "${value}" không có trong thang xếp loại (${goal.scale.join(', ')})`);
      return;
    case 'structure':
      if (!Array.isArray(value))
        report(
          `chỉ tiêu "${target.id}" là cơ cấu: cần danh sách ${goal.shares.length} tỷ trọng, nhận được ${describe(value)}`,
        );
      else if (value.length !== goal.shares.length) {
        report(
          `cơ cấu cần ${goal.shares.length} tỷ trọng (${goal.shares.map((share) => share.name).join(', ')}), nhận được ${value.length}`,
        );
      }
      return;
  }
}

function describe(value: Observation['value']): string {
  if (Array.isArray(value)) return `danh sách ${value.length} số`;
  if (typeof value === 'string') return `chuỗi "${value}"`;
  if (typeof value === 'boolean') return `giá trị ${value ? 'true' : 'false'}`;
  return `số ${value}`;
}

/** Consistency checks of a whole dossier before it is saved: every reference resolves, keys are
 * unique, every value fits its target. All problems are returned at once, with paths. */
import { BANDS, LIGHTS, VERDICTS, type ResolutionDossier, type Target } from '../core';
import type { Issue } from './app-error';
import { checkObservation, isInstant, isIsoDate, isPeriodCode, numberProblem } from './figure-checks';
import { checkDecision, checkGoal, checkTarget } from './target-checks';
import { nulIssues } from './text-checks';

/** The labels allowed for each assessment scheme. */
export const SCHEME_LABELS: Record<string, readonly string[]> = {
  verdict: VERDICTS,
  band: BANDS,
  light: LIGHTS,
};

/** Issues of a dossier (empty when it can be saved). */
export function checkDossier(d: ResolutionDossier): Issue[] {
  const issues: Issue[] = nulIssues(d, '');
  if (typeof d.title !== 'string' || !d.title.trim() || d.title.length > 1000)
    issues.push({ path: 'title', message: 'Tên nghị quyết không được để trống (tối đa 1.000 ký tự).' });
  if (!Number.isInteger(d.congress?.number) || d.congress.number < 1 || d.congress.number > 200)
    issues.push({ path: 'congress.number', message: 'Số đại hội phải là số nguyên dương.' });
  if (!/^\d{4}-\d{4}$/.test(String(d.congress?.term)))
    issues.push({ path: 'congress.term', message: 'Nhiệm kỳ phải có dạng 2020-2025.' });
  if (d.congress?.date !== undefined && !isIsoDate(d.congress.date))
    issues.push({ path: 'congress.date', message: 'Ngày Đại hội phải có dạng YYYY-MM-DD.' });
  if (!d.congress?.committee?.trim())
    issues.push({ path: 'congress.committee', message: 'Thiếu tên Đảng bộ.' });
  if (!['party', 'state'].includes(d.issuer?.kind))
    issues.push({ path: 'issuer.kind', message: 'Loại cơ quan ban hành không hợp lệ.' });
  if (!d.issuer?.name?.trim()) issues.push({ path: 'issuer.name', message: 'Thiếu tên cơ quan ban hành.' });
  if (typeof d.issuer?.place !== 'string') issues.push({ path: 'issuer.place', message: 'Thiếu địa danh.' });

  const targets = new Map<string, Target>();
  d.targets.forEach((t, i) => {
    if (typeof t.id !== 'string' || !t.id)
      issues.push({ path: `targets.${i}.id`, message: 'Thiếu mã chỉ tiêu.' });
    else if (targets.has(t.id)) issues.push({ path: `targets.${i}.id`, message: 'Mã chỉ tiêu bị trùng.' });
    else targets.set(t.id, t);
    issues.push(...checkTarget(t, `targets.${i}`));
  });
  d.targets.forEach((t, i) => {
    if (t.parentId !== undefined && (!targets.has(t.parentId) || t.parentId === t.id))
      issues.push({ path: `targets.${i}.parentId`, message: 'Chỉ tiêu cha không có trong nghị quyết.' });
  });

  const target = (id: string, path: string): Target | undefined => {
    const t = targets.get(id);
    if (!t) issues.push({ path, message: 'Chỉ tiêu không có trong nghị quyết.' });
    return t;
  };
  const unique = (seen: Set<string>, key: string, path: string, message: string) => {
    if (seen.has(key)) issues.push({ path, message });
    seen.add(key);
  };

  const figures = new Set<string>();
  d.observations.forEach((o, i) => {
    const p = `observations.${i}`;
    const t = target(o.targetId, `${p}.targetId`);
    if (t) issues.push(...checkObservation(t, o, p));
    if (!Number.isInteger(o.revision) || o.revision < 1)
      issues.push({ path: `${p}.revision`, message: 'Lần sửa phải là số nguyên từ 1.' });
    if (
      o.recordedAt !== undefined &&
      (typeof o.recordedAt !== 'string' || Number.isNaN(Date.parse(o.recordedAt)))
    )
      issues.push({ path: `${p}.recordedAt`, message: 'Thời điểm ghi nhận không hợp lệ.' });
    unique(
      figures,
      `${o.targetId}|${o.period}|${o.revision}`,
      `${p}.revision`,
      'Trùng số liệu cùng kỳ, cùng lần sửa.',
    );
  });

  const plans = new Set<string>();
  d.plans.forEach((pl, i) => {
    const p = `plans.${i}`;
    target(pl.targetId, `${p}.targetId`);
    if (!isPeriodCode(pl.period)) issues.push({ path: `${p}.period`, message: 'Kỳ kế hoạch không hợp lệ.' });
    if (!['annual-plan', 'budget-estimate'].includes(pl.kind))
      issues.push({ path: `${p}.kind`, message: 'Loại kế hoạch không hợp lệ.' });
    if (!pl.source?.trim()) issues.push({ path: `${p}.source`, message: 'Thiếu nguồn giao kế hoạch.' });
    if (typeof pl.label !== 'string') issues.push({ path: `${p}.label`, message: 'Thiếu tên kế hoạch.' });
    if (
      pl.percentDecimals !== undefined &&
      !(Number.isInteger(pl.percentDecimals) && pl.percentDecimals >= 0 && pl.percentDecimals <= 6)
    )
      issues.push({
        path: `${p}.percentDecimals`,
        message: 'Số chữ số thập phân của tỷ lệ phải từ 0 đến 6.',
      });
    const problem = numberProblem(pl.value);
    if (problem) issues.push({ path: `${p}.value`, message: problem });
    unique(
      plans,
      `${pl.targetId}|${pl.period}|${pl.kind}|${pl.source}`,
      p,
      'Trùng kế hoạch cùng kỳ, cùng nguồn.',
    );
  });

  const benchmarks = new Set<string>();
  d.benchmarks.forEach((b, i) => {
    const p = `benchmarks.${i}`;
    target(b.targetId, `${p}.targetId`);
    if (!isPeriodCode(b.period)) issues.push({ path: `${p}.period`, message: 'Kỳ so sánh không hợp lệ.' });
    if (!b.label?.trim()) issues.push({ path: `${p}.label`, message: 'Thiếu tên giá trị so sánh.' });
    const problem = numberProblem(b.value);
    if (problem) issues.push({ path: `${p}.value`, message: problem });
    unique(benchmarks, `${b.targetId}|${b.period}|${b.label}`, p, 'Trùng giá trị so sánh cùng kỳ.');
  });

  d.adjustments.forEach((a, i) => {
    const p = `adjustments.${i}`;
    target(a.targetId, `${p}.targetId`);
    issues.push(...checkGoal(a.oldGoal, `${p}.oldGoal`), ...checkGoal(a.newGoal, `${p}.newGoal`));
    issues.push(...checkDecision(a, p));
  });

  const scenarios = new Set<string>();
  d.scenarios.forEach((s, i) => {
    const p = `scenarios.${i}`;
    target(s.targetId, `${p}.targetId`);
    if (s.growthRate !== undefined && numberProblem(s.growthRate))
      issues.push({ path: `${p}.growthRate`, message: 'Tốc độ tăng phải là một số.' });
    s.values?.forEach((v, j) => {
      if (!isPeriodCode(v.period))
        issues.push({ path: `${p}.values.${j}.period`, message: 'Kỳ không hợp lệ.' });
      const problem = numberProblem(v.value);
      if (problem) issues.push({ path: `${p}.values.${j}.value`, message: problem });
    });
    unique(scenarios, s.targetId, p, 'Mỗi chỉ tiêu chỉ có một kịch bản.');
  });

  const overrides = new Set<string>();
  d.overrides.forEach((o, i) => {
    const p = `overrides.${i}`;
    target(o.targetId, `${p}.targetId`);
    issues.push(...checkOverride(o, p));
    if (o.decidedAt !== undefined && !isInstant(o.decidedAt))
      issues.push({ path: `${p}.decidedAt`, message: 'Thời điểm quyết định không hợp lệ.' });
    unique(overrides, `${o.targetId}|${o.scheme}`, p, 'Trùng đánh giá cùng chỉ tiêu, cùng cách đánh giá.');
  });
  return issues;
}

/** Issues of a final label (scheme, label of that scheme, required reason). */
export function checkOverride(o: { scheme: string; label: string; reason: string }, prefix: string): Issue[] {
  const issues: Issue[] = [];
  const labels = SCHEME_LABELS[o.scheme];
  if (!labels) issues.push({ path: `${prefix}.scheme`, message: 'Cách đánh giá không hợp lệ.' });
  else if (!labels.includes(o.label))
    issues.push({ path: `${prefix}.label`, message: 'Mức đánh giá không hợp lệ.' });
  if (typeof o.reason !== 'string' || !o.reason.trim() || o.reason.length > 4000)
    issues.push({
      path: `${prefix}.reason`,
      message: 'Cần nêu lý do khi quyết định mức đánh giá (tối đa 4.000 ký tự).',
    });
  return issues;
}

/**
 * Checks of the figures a clause states about one target: its value, its ratio to a plan or to
 * the Congress target, its change on the same period of last year, its multiple of a benchmark,
 * and the clause's own arithmetic (value / plan = the printed ratio).
 */
import type { TargetEvaluation } from '../../core';
import type { DraftFinding } from './types';
import { agreesAtPrecision, expectedText, UNIT_SCALE, type PrintedNumber } from './numbers';
import { findNumbers } from './numbers';

const N = String.raw`(\d+(?:[.,]\d+)*)`;
const norm = (s: string) => s.toLocaleLowerCase('vi-VN').normalize('NFC').replace(/\s+/g, ' ').trim();

function printed(text: string, index: number): PrintedNumber | undefined {
  return findNumbers(text).find((n) => n.index === index);
}

/** Converts a value printed in `unit` to the target's unit, or undefined when not convertible. */
function toTargetUnit(value: number, unit: string, targetUnit: string): number | undefined {
  if (unit === targetUnit) return value;
  const from = UNIT_SCALE[unit];
  const to = UNIT_SCALE[targetUnit];
  return from !== undefined && to !== undefined ? (value * from) / to : undefined;
}

function unitPattern(targetUnit: string): string {
  const units = new Set<string>(['%', targetUnit]);
  if (UNIT_SCALE[targetUnit] !== undefined) for (const u of Object.keys(UNIT_SCALE)) units.add(u);
  return [...units]
    .filter((u) => u !== '')
    .sort((a, b) => b.length - a.length)
    .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** The figure a reference ("dự toán tỉnh giao", "mục tiêu Đại hội") points to, as a ratio. */
function referencedRatio(
  e: TargetEvaluation,
  reference: string,
): { ratio: number; label: string; plan?: number; actual?: number } | undefined {
  const r = norm(reference);
  if (/^(mục tiêu|kế hoạch (cả )?nhiệm kỳ)/.test(r)) {
    return e.achievement && Number.isFinite(e.achievement.ratio)
      ? { ratio: e.achievement.ratio, label: 'mục tiêu Đại hội' }
      : undefined;
  }
  const plan = e.plans.find((p) => r.startsWith(norm(p.label)));
  if (plan) return { ratio: plan.ratio, label: plan.label, plan: plan.plan, actual: plan.actual };
  if (e.plans.length === 1 && /^(dự toán|kế hoạch)( năm)?$/.test(r.split(/ (và|,)/)[0] ?? '')) {
    const only = e.plans[0];
    return only ? { ratio: only.ratio, label: only.label, plan: only.plan, actual: only.actual } : undefined;
  }
  return undefined;
}

/** Values the draft may legitimately state for the target (latest figure, total so far, average growth). */
function candidateValues(e: TargetEvaluation, unit: string): number[] {
  const out: number[] = [];
  if (e.target.kind === 'average-growth') {
    // The average growth so far first; in a periodic report "đạt 14,6%" is the growth on the
    // same period; levels (tỷ đồng) are not in the target's unit and are not checked.
    if (e.averageGrowth !== undefined) out.push(e.averageGrowth);
    if (e.achievement) out.push(e.achievement.actual);
    if (e.yearOnYear) out.push(e.yearOnYear.change * 100);
    if (e.target.seriesBasis === 'growth-rate' && e.latest) out.push(e.latest.value);
    return unit === '%' ? out : [];
  }
  if (unit === '%' && e.target.unit !== '%') return out;
  if (e.latest) out.push(e.latest.value);
  if (e.achievement) out.push(e.achievement.actual);
  return out;
}

/** Every disagreeing figure of one clause about one target. */
export function checkTargetClause(sentence: string, clause: string, e: TargetEvaluation): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const t = e.target;
  const base = { sentence, targetId: t.id };
  let stated: { value: number; agreesWithData: boolean; tolerance: number } | undefined;

  // The value: "ước đạt 9.710,8 tỷ đồng", "ước là 0,85%".
  const valueRe = new RegExp(
    String.raw`(?<![\p{L}])(?:đạt|là|còn)\s+${N}\s*(${unitPattern(t.unit)})(?![\p{L}])(?!\s*(?:dự toán|kế hoạch|mục tiêu|so với))`,
    'gu',
  );
  for (const m of clause.matchAll(valueRe)) {
    const n = printed(clause, (m.index ?? 0) + m[0].indexOf(m[1] as string));
    const unit = m[2] as string;
    if (!n) continue;
    const candidates = candidateValues(e, unit)
      .map((v) => (unit === '%' ? v : toTargetUnit(v, t.unit, unit)))
      .filter((v): v is number => v !== undefined);
    if (candidates.length === 0) continue;
    const asTarget = unit === '%' ? n.value : toTargetUnit(n.value, unit, t.unit);
    const agrees = candidates.some((v) => agreesAtPrecision(n, v));
    if (asTarget !== undefined)
      stated = {
        value: asTarget,
        agreesWithData: agrees,
        tolerance: Math.abs(asTarget / n.value || 1) * 0.5 * 10 ** -n.decimals,
      };
    if (!agrees) {
      const suffix = unit === '%' ? '%' : ` ${unit}`;
      findings.push({
        ...base,
        found: `${n.text}${suffix}`,
        expected: expectedText(candidates[0] as number, n.decimals, suffix),
        reason: `${t.name}: số liệu là ${expectedText(candidates[0] as number, n.decimals, suffix)}, không phải ${n.text}${suffix}.`,
      });
    }
  }

  // Ratios: "đạt 32% dự toán tỉnh giao", "bằng 52,15% kế hoạch cả nhiệm kỳ", "25,7% dự toán thành phố giao".
  const ratioRe = new RegExp(
    String.raw`(?<!trên |dưới |hơn )${N}\s*%\s+(?:so với\s+)?((?:dự toán|kế hoạch|mục tiêu)[^,;()]*)`,
    'gu',
  );
  for (const m of clause.matchAll(ratioRe)) {
    const n = printed(clause, m.index ?? 0);
    const ref = referencedRatio(e, m[2] as string);
    if (!n || !ref) continue;
    const percent = ref.ratio * 100;
    if (!agreesAtPrecision(n, percent)) {
      findings.push({
        ...base,
        found: `${n.text}%`,
        expected: expectedText(percent, n.decimals, '%'),
        reason: `${t.name}: so với ${ref.label}, số liệu cho ${expectedText(percent, Math.max(n.decimals, 1), '%')}.`,
      });
    }
    // Own arithmetic: the stated value over the plan. Skipped when the stated value is another
    // true figure (a total so far beside a plan for the period): the data check covers it.
    const comparable =
      stated &&
      ref.actual !== undefined &&
      (!stated.agreesWithData ||
        Math.abs(stated.value - ref.actual) <= Math.abs(ref.actual) * 1e-9 + stated.tolerance);
    if (stated && comparable && ref.plan !== undefined && ref.plan !== 0) {
      const own = (stated.value / ref.plan) * 100;
      if (!agreesAtPrecision(n, own)) {
        findings.push({
          ...base,
          found: `${n.text}%`,
          expected: expectedText(own, n.decimals, '%'),
          reason: `Tự mâu thuẫn: con số ghi trong câu chia cho ${ref.label} (${expectedText(ref.plan, 1, '')}) bằng ${expectedText(own, Math.max(n.decimals, 1), '%')}, không phải ${n.text}%.`,
        });
      }
    }
  }

  // Change on last year: "tăng 67,8% so với cùng kỳ", "giảm 24,11% so với năm trước", "bằng 116,1% so với cùng kỳ".
  if (e.yearOnYear) {
    const yoyRe = new RegExp(
      String.raw`(tăng|giảm|bằng)\s+${N}\s*%\s*(?:\)\s*)?so với\s+(?:cùng kỳ|năm trước)`,
      'gu',
    );
    for (const m of clause.matchAll(yoyRe)) {
      const n = printed(clause, (m.index ?? 0) + m[0].indexOf(m[2] as string));
      if (!n) continue;
      const verb = m[1] as string;
      const expected =
        verb === 'bằng' ? e.yearOnYear.index * 100 : (verb === 'giảm' ? -1 : 1) * e.yearOnYear.change * 100;
      if (!agreesAtPrecision(n, expected)) {
        const shown = verb === 'bằng' ? expected : Math.abs(expected);
        const word = verb === 'bằng' ? 'bằng' : e.yearOnYear.change < 0 ? 'giảm' : 'tăng';
        findings.push({
          ...base,
          found: `${verb} ${n.text}%`,
          expected: `${word} ${expectedText(shown, n.decimals, '%')}`,
          reason: `${t.name}: so với cùng kỳ, số liệu cho ${word} ${expectedText(shown, Math.max(n.decimals, 1), '%')}.`,
        });
      }
    }
  }

  // Shares in percentage points: "tăng 0,9 điểm phần trăm so với năm trước".
  if (e.yearOnYear) {
    const pointsRe = new RegExp(
      String.raw`(tăng|giảm)\s+${N}\s*điểm phần trăm\s+so với\s+(?:cùng kỳ|năm trước)`,
      'gu',
    );
    for (const m of clause.matchAll(pointsRe)) {
      const n = printed(clause, (m.index ?? 0) + m[0].indexOf(m[2] as string));
      if (!n) continue;
      const expected = (m[1] === 'giảm' ? -1 : 1) * e.yearOnYear.absoluteChange;
      if (!agreesAtPrecision(n, expected)) {
        const word = e.yearOnYear.absoluteChange < 0 ? 'giảm' : 'tăng';
        const shown = expectedText(Math.abs(e.yearOnYear.absoluteChange), n.decimals);
        findings.push({
          ...base,
          found: `${m[1]} ${n.text} điểm phần trăm`,
          expected: `${word} ${shown} điểm phần trăm`,
          reason: `${t.name}: so với cùng kỳ, số liệu cho ${word} ${shown} điểm phần trăm.`,
        });
      }
    }
  }

  // Benchmarks: "gấp 1,53 lần bình quân chung của tỉnh".
  for (const m of clause.matchAll(new RegExp(String.raw`gấp\s+${N}\s+lần\s+([^,;.]+)`, 'gu'))) {
    const n = printed(clause, (m.index ?? 0) + m[0].indexOf(m[1] as string));
    const b = e.benchmarks.find((x) => norm(m[2] as string).startsWith(norm(x.label)));
    if (n && b && !agreesAtPrecision(n, b.multiple)) {
      findings.push({
        ...base,
        found: `gấp ${n.text} lần`,
        expected: `gấp ${expectedText(b.multiple, n.decimals)} lần`,
        reason: `${t.name}: so với ${b.label}, số liệu cho gấp ${expectedText(b.multiple, Math.max(n.decimals, 2))} lần.`,
      });
    }
  }
  return findings;
}

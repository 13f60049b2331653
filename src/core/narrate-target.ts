/**
 * The sentences about one target, in the register of the seed reports: "Thu ngân sách nhà nước
 * đạt 799.690 triệu đồng, đạt 32% dự toán tỉnh giao, 25,7% dự toán thành phố giao và tăng 67,8%
 * so với cùng kỳ." Every figure comes from the evaluation; only the target's name is text.
 */
import type { AssessmentConfig } from './config';
import type { TargetEvaluation } from './evaluation-types';
import type { Target } from './model';
import {
  capitalise,
  goalText,
  hedged,
  joinVi,
  lowerFirst,
  nameWithPeriod,
  num,
  pct,
  qty,
  reachVerb,
  remainingSpanVi,
} from './narrate-parts';
import { endMonthIndex, periodOf } from './periods';
import { formatPeriodVi, formatYearSpanVi } from './periods-vi';
import { formatNumberVi, formatQuantityVi } from './vi-number';

/** A target's base year and target year. */
export interface TargetYears {
  baseYear: number;
  targetYear: number;
}

const isTotal = (t: Target): boolean =>
  t.kind === 'cumulative-total' || (t.kind === 'count' && t.accumulation === 'additions');

/** A month, quarter, half-year or nine months: what a periodic report narrates. */
function isPartOfYear(period: string | undefined): boolean {
  if (period === undefined) return false;
  const kind = periodOf(period).kind;
  return kind !== 'year' && kind !== 'term';
}

/** Whether the achievement rests on the very figure a sentence states (same period): a ratio
 * is only ever printed beside the number it was computed from. */
function achievementOnLatest(e: TargetEvaluation): boolean {
  const basis = e.achievement?.basis;
  if (basis === undefined || basis.period === e.latest?.period) return true;
  // A sum so far ends with the figure stated ("2021-2023" ends with "2023").
  return (
    isTotal(e.target) &&
    e.latest !== undefined &&
    endMonthIndex(periodOf(basis.period)) === endMonthIndex(periodOf(e.latest.period))
  );
}

/** "Tốc độ tăng giá trị sản xuất bình quân" → "Tốc độ tăng giá trị sản xuất": the rate of one
 * period is not an average. */
function periodRateName(name: string): string {
  return name.replace(/\s+bình quân(\s+hằng năm|\s+hàng năm)?(\s+giai đoạn\s+\d{4}\s*-\s*\d{4})?$/iu, '');
}

function comparisonClauses(e: TargetEvaluation, config: AssessmentConfig, periodFigure = false): string[] {
  const out: string[] = [];
  let previousVerb = '';
  e.plans.forEach((p) => {
    const c = {
      ...config,
      ...(p.percentDecimals !== undefined ? { percentDecimals: p.percentDecimals } : {}),
      ...(p.rounding !== undefined ? { rounding: p.rounding } : {}),
    };
    // "vượt 22% dự toán" where the office writes the excess (actual / plan - 1), "đạt 122%" else.
    const exceed = (p.phrasing ?? e.target.phrasing?.plan) === 'exceed' && p.ratio > 1;
    const verb = exceed ? 'vượt' : 'đạt';
    const size = pct(exceed ? p.ratio - 1 : p.ratio, c);
    out.push(`${verb === previousVerb ? '' : verb + ' '}${size} ${p.label}`);
    previousVerb = verb;
  });
  for (const b of e.benchmarks) {
    out.push(
      b.multiple >= 1
        ? `gấp ${formatNumberVi(b.multiple, 2)} lần ${b.label}`
        : `bằng ${pct(b.multiple, config)} ${b.label}`,
    );
    if (b.rank) out.push(`xếp thứ ${b.rank.position} ${b.rank.scope}`);
  }
  const y = yearOnYearClause(e, config, periodFigure);
  if (y) out.push(y);
  return out;
}

/** "tăng 67,8% so với cùng kỳ" (a part of a year), "so với năm trước" (whole years); a share in
 * % changes in percentage points ("giảm 0,3 điểm phần trăm"). A total prints the sum so far,
 * while last year's comparison is of one year's amount: it is left out. */
function yearOnYearClause(
  e: TargetEvaluation,
  config: AssessmentConfig,
  periodFigure = false,
): string | undefined {
  const y = e.yearOnYear;
  const t = e.target;
  if (!y || (isTotal(t) && !periodFigure)) return undefined;
  const against = /^\d{4}$/.test(e.latest?.period ?? '') ? 'năm trước' : 'cùng kỳ';
  const points = t.unit.trim() === '%';
  if ((t.phrasing?.yearOnYear ?? config.yearOnYearStyle) === 'index' && !points) {
    return `bằng ${formatNumberVi(y.index * 100, config.percentDecimals, { trimZeros: true })}% so với ${against}`;
  }
  const size = points
    ? formatNumberVi(Math.abs(y.absoluteChange), t.precision, { trimZeros: true })
    : formatNumberVi(Math.abs(y.change) * 100, config.percentDecimals, { trimZeros: true });
  if (size === '0') return `bằng ${against}`;
  const sign = (points ? y.absoluteChange : y.change) > 0 ? 'tăng' : 'giảm';
  return `${sign} ${size}${points ? ' điểm phần trăm' : '%'} so với ${against}`;
}

function goalClause(e: TargetEvaluation, config: AssessmentConfig): string | undefined {
  const t = e.target;
  const a = e.achievement;
  if (!a || e.plans.length > 0 || !achievementOnLatest(e)) return undefined;
  if (isTotal(t)) return `bằng ${pct(a.ratio, config)} kế hoạch cả nhiệm kỳ`;
  const goal = `mục tiêu Đại hội (${goalText(t, a.goal)})`;
  if (t.direction === 'lower-is-better') return `${a.met ? 'đạt' : 'chưa đạt'} ${goal}`;
  if (a.pointsDifference !== undefined) {
    const points = formatNumberVi(Math.abs(a.pointsDifference), t.precision, { trimZeros: true });
    if (a.met) return a.pointsDifference > 0 ? `vượt ${goal} ${points} điểm phần trăm` : `đạt ${goal}`;
    return `thấp hơn ${goal} ${points} điểm phần trăm`;
  }
  return `bằng ${pct(a.ratio, config)} mục tiêu Đại hội`;
}

/** "93.867/180.000 tỷ đồng" where the office writes actual/target ('fraction'), else the value. */
function fractionOrValue(e: TargetEvaluation, value: number, stated: string): string {
  const t = e.target;
  const a = e.achievement;
  if (t.phrasing?.againstGoal !== 'fraction' || !a || a.actual !== value || e.plans.length > 0) return stated;
  return `${num(t, value)}/${qty(t, a.goal)}`;
}

/** "tăng 14,67 triệu đồng so với năm 2020": the absolute change on the base year, where the
 * target asks for it. */
function baseDifferenceClause(e: TargetEvaluation, years: TargetYears): string | undefined {
  const t = e.target;
  const base = t.baseValue;
  const latest = e.latest;
  if (!t.phrasing?.baseDifference || base === undefined || !latest || isTotal(t)) return undefined;
  const diff = latest.value - base;
  const size =
    t.unit.trim() === '%'
      ? `${formatNumberVi(Math.abs(diff), t.precision, { trimZeros: true })} điểm phần trăm`
      : qty(t, Math.abs(diff));
  if (num(t, Math.abs(diff)) === num(t, 0)) return `bằng năm ${years.baseYear}`;
  return `${diff > 0 ? 'tăng' : 'giảm'} ${size} so với năm ${years.baseYear}`;
}

function requirementSentence(e: TargetEvaluation, years: TargetYears): string | undefined {
  const r = e.requirement;
  const t = e.target;
  if (!r || r.remainingYears <= 0 || e.achievement?.met) return undefined;
  // From a part of a year (a quarter's revenue) a yearly requirement would mislead.
  if (t.kind !== 'average-growth' && !isTotal(t) && !/^\d{4}$/.test(e.latest?.period ?? '')) return undefined;
  if (t.kind === 'average-growth' && isPartOfYear(e.latest?.period)) return undefined;
  const span = remainingSpanVi(years.targetYear, r.remainingYears);
  const perYear = Math.ceil(r.remainingYears) > 1;
  if (
    r.growthPerYear !== undefined &&
    (t.kind === 'average-growth' || t.kind === 'end-level' || t.kind === 'count')
  ) {
    const g = formatNumberVi(r.growthPerYear, Math.max(t.precision, 1));
    return `Để đạt mục tiêu Đại hội, ${span} cần tăng ${perYear ? 'bình quân ' : ''}${g}%${perYear ? '/năm' : ''}.`;
  }
  if (r.amountPerYear !== undefined && isTotal(t)) {
    return `Để hoàn thành kế hoạch cả nhiệm kỳ, ${span} cần đạt ${perYear ? 'bình quân ' : ''}${qty(t, r.amountPerYear)}${perYear ? '/năm' : ''}.`;
  }
  return undefined;
}

function discreteSentence(e: TargetEvaluation): string | undefined {
  const t = e.target;
  const o = e.latestObservation;
  const when = o ? ` ${formatPeriodVi(o.period)}` : '';
  if (t.kind === 'milestone' && typeof o?.value === 'boolean')
    return `${t.name}: ${o.value ? 'đã hoàn thành' : 'chưa hoàn thành'}.`;
  if (t.goal.type === 'grade' && typeof o?.value === 'string') {
    const ok = e.achievement?.met ? 'đạt' : 'chưa đạt';
    return `${t.name}${when} đạt mức "${o.value}", ${ok} yêu cầu ("${t.goal.required}" trở lên).`;
  }
  if (e.structure) {
    const shares = e.structure.map((s) => `${s.name} ${formatNumberVi(s.actual, t.precision)}%`).join(', ');
    const goals = e.structure
      .map((s) => `${s.name} ${formatNumberVi(s.goal, t.precision, { trimZeros: true })}%`)
      .join(', ');
    return `${t.name}${when}: ${shares} (mục tiêu: ${goals}).`;
  }
  if (e.range && o) {
    const where = { inside: 'trong khoảng', above: 'cao hơn khoảng', below: 'thấp hơn khoảng' }[
      e.range.position
    ];
    const band = `${num(t, e.range.min)}-${num(t, e.range.max)}${t.unit === '%' ? '%' : ' ' + t.unit}`;
    return `${t.name}${when} ${reachVerb(o.status)} ${qty(t, e.range.actual)}, ${where} mục tiêu Đại hội (${band}).`;
  }
  return undefined;
}

/** The sentences about one target, from its evaluation. */
export function narrateTarget(
  e: TargetEvaluation,
  years: TargetYears,
  baseConfig: AssessmentConfig,
): string[] {
  const t = e.target;
  const config = {
    ...baseConfig,
    ...(t.percentDecimals !== undefined ? { percentDecimals: t.percentDecimals } : {}),
    ...(t.rounding !== undefined ? { rounding: t.rounding } : {}),
  };
  if (t.dropped) return [`${t.name}: đề nghị điều chỉnh, đưa ra ngoài kế hoạch (${t.dropped.reason}).`];
  const discrete = discreteSentence(e);
  if (discrete) return [discrete];
  const missing = e.gaps.find((g) => g.code === 'missing-period');
  if (missing) {
    // Said, never bridged: the sum so far would leave the missing stretch out.
    const stated = e.latest
      ? `${nameWithPeriod(t.name, formatPeriodVi(e.latest.period))} ${reachVerb(e.latest.status)} ${qty(t, e.latest.value)}; `
      : `${t.name}: `;
    return [`${stated}chưa có số liệu ${missing.what}, chưa tính được lũy kế từ đầu nhiệm kỳ.`];
  }
  if (!e.achievement && !e.latest) return [`${t.name}: chưa có số liệu để đánh giá.`];
  const verb =
    t.direction === 'lower-is-better'
      ? e.latest?.status === 'estimate'
        ? 'ước là'
        : 'là'
      : reachVerb(e.latest?.status);
  const out: string[] = [];
  const periodic = t.kind === 'average-growth' ? periodGrowthSentence(e) : undefined;
  if (periodic) {
    out.push(periodic);
  } else if (t.kind === 'average-growth' && e.averageGrowth !== undefined && e.achievement) {
    const lastYear = years.targetYear - (e.requirement?.remainingYears ?? 0);
    // The status of the last year the average rests on ("ước" only for an estimate).
    const averageVerb = e.achievement.basis ? reachVerb(e.achievement.basis.status) : verb;
    const yearSpan = formatYearSpanVi(years.baseYear + 1, lastYear);
    // "… bình quân hằng năm năm 2021" reads badly: "… hằng năm trong năm 2021".
    const span = /năm$/.test(t.name) && yearSpan.startsWith('năm') ? `trong ${yearSpan}` : yearSpan;
    out.push(
      `${t.name} ${span} ${averageVerb} ${num(t, e.averageGrowth)}%, bằng ${pct(e.achievement.ratio, config)} mục tiêu Đại hội.`,
    );
  } else if (
    isTotal(t) &&
    e.latest &&
    (isPartOfYear(e.latest.period) || e.plans.length > 0 || e.benchmarks.length > 0)
  ) {
    // Plans and benchmarks compare the period's amount, never the running sum.
    out.push(totalWithPeriodSentence(e, config, verb));
  } else {
    const value = isTotal(t) ? e.achievement?.actual : e.latest?.value;
    if (value === undefined) return [`${t.name}: chưa có số liệu để đánh giá.`];
    // A periodic report is about its period (the seed: "Thu ngân sách nhà nước đạt 799.690 triệu
    // đồng, đạt 32% dự toán tỉnh giao"); a review over years names the year.
    const withPeriod = !isTotal(t) && e.plans.length === 0 && /^\d{4}$/.test(e.latest?.period ?? '');
    const subject = withPeriod && e.latest ? nameWithPeriod(t.name, formatPeriodVi(e.latest.period)) : t.name;
    const clauses = comparisonClauses(e, config);
    const goal = goalClause(e, config);
    const stated = hedged(qty(t, value), isTotal(t) ? undefined : e.latest?.hedge);
    let sentence = `${subject} ${verb} ${fractionOrValue(e, value, stated)}${clauses.length ? ', ' + joinVi(clauses) : ''}`;
    if (goal) sentence += `, ${goal}`;
    const sinceBase = baseDifferenceClause(e, years);
    if (sinceBase) sentence += `, ${sinceBase}`;
    if (e.annualChecks && e.annualChecks.length > 0) {
      const met = e.annualChecks.filter((c) => c.met).length;
      sentence += `; ${met}/${e.annualChecks.length} năm đạt mục tiêu`;
    }
    out.push(`${sentence}.`);
  }
  const need = requirementSentence(e, years);
  if (need) out.push(need);
  return out;
}

/** A periodic report of a growth target (a quarter, 6 or 9 months): the period's growth on the
 * same period of last year ("Tốc độ tăng giá trị sản xuất quý I/2022 ước đạt 14,6%"; "Giá trị
 * sản xuất ngành công nghiệp - xây dựng quý I/2022 ước đạt 14.521 tỷ đồng, tăng 11,7% so với
 * cùng kỳ"). Undefined as of a whole year: the annual average is stated then. */
function periodGrowthSentence(e: TargetEvaluation): string | undefined {
  const t = e.target;
  const latest = e.latest;
  if (!latest || !isPartOfYear(latest.period)) return undefined;
  const when = formatPeriodVi(latest.period);
  const verb = reachVerb(latest.status);
  const rateNamed = /^tốc độ/iu.test(t.name);
  const rateDecimals = Math.max(t.precision, 1);
  const rate = (r: number): string => `${formatNumberVi(r, rateDecimals, { trimZeros: true })}%`;
  if (t.seriesBasis === 'growth-rate') {
    const subject = rateNamed ? periodRateName(t.name) : `Tốc độ tăng ${lowerFirst(t.name)}`;
    return `${subject} ${when} ${verb} ${rate(latest.value)} so với cùng kỳ.`;
  }
  const y = e.yearOnYear;
  const level = t.levelUnit
    ? formatQuantityVi(latest.value, t.levelUnit, t.precision, { trimZeros: true })
    : undefined;
  if (!y) {
    // Without last year's same period only the level can be stated, under the level's name.
    const levelName = rateNamed
      ? capitalise(periodRateName(t.name).replace(/^tốc độ tăng( trưởng)?\s+/iu, ''))
      : t.name;
    return level ? `${levelName} ${when} ${verb} ${level}.` : undefined;
  }
  const change = y.change * 100;
  const sign = change >= 0 ? 'tăng' : 'giảm';
  if (rateNamed) {
    const size = rate(change);
    return `${periodRateName(t.name)} ${when} ${verb} ${size}${level ? ` (${level})` : ''}.`;
  }
  const clause = `${sign} ${rate(Math.abs(change))} so với cùng kỳ`;
  if (level) return `${t.name} ${when} ${verb} ${level}, ${clause}.`;
  return `${t.name} ${when} ${latest.status === 'estimate' ? 'ước ' : ''}${clause}.`;
}

/** A total stated for its period beside the running sum, each with its own ratio: "Diện tích
 * giải phóng mặt bằng 2021-2025: quý I/2022 ước đạt 43,44 ha, đạt 46,2% kế hoạch tỉnh giao; lũy
 * kế từ đầu nhiệm kỳ ước đạt 132,04 ha, bằng 29,34% kế hoạch cả nhiệm kỳ." */
function totalWithPeriodSentence(e: TargetEvaluation, config: AssessmentConfig, verb: string): string {
  const t = e.target;
  const latest = e.latest as NonNullable<TargetEvaluation['latest']>;
  const clauses = comparisonClauses(e, config, true);
  let sentence = `${t.name}: ${formatPeriodVi(latest.period)} ${verb} ${hedged(qty(t, latest.value), latest.hedge)}`;
  if (clauses.length) sentence += `, ${joinVi(clauses)}`;
  const a = e.achievement;
  if (a && a.actual !== latest.value) {
    const sumVerb = a.basis ? reachVerb(a.basis.status) : verb;
    sentence += `; lũy kế từ đầu nhiệm kỳ ${sumVerb} ${qty(t, a.actual)}, bằng ${pct(a.ratio, config)} kế hoạch cả nhiệm kỳ`;
  } else if (a) {
    sentence += `, bằng ${pct(a.ratio, config)} kế hoạch cả nhiệm kỳ`;
  }
  return `${sentence}.`;
}

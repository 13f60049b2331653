/**
 * The words of a comparison of units, in Vietnamese (the reports' register: "xếp thứ 4 toàn
 * tỉnh", "gấp 1,53 lần bình quân chung của tỉnh") and in English for the web app: the measure,
 * the rule stated under the table (how the reference was computed), each unit's rank, value and
 * multiple, and why units were left out. Numbers are printed the vi-VN way in both languages.
 */
import type { MeasureKey } from './compare-measure';
import type { ComparisonReference, ExcludedUnit, UnitComparison } from './compare-units';
import type { Lang } from './labels';
import type { PeriodCode, UnitLevel } from './model';
import { periodOf } from './periods';
import { formatPeriodVi } from './periods-vi';
import { formatNumberVi } from './vi-number';

/** Every text of a comparison in one language. */
export interface ComparisonTexts {
  /** "tốc độ tăng bình quân 2021-2023 (%/năm)"; null when nothing was measured. */
  measure: string | null;
  /** The sentence under the table: what is ranked and how the reference was computed. */
  rule: string;
  /** "Bình quân giản đơn của 4 đơn vị: 11,20%/năm"; null without a reference. */
  reference: string | null;
  /** Per ranked unit, in ranking order. */
  units: { unitCode: string; rank: string; value: string; relation: string | null }[];
  /** Per unit left out, with the reason. */
  excluded: { unitCode: string; unitName: string; reason: string }[];
}

const NOUNS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'huyện', 'quận', 'tỉnh', 'xã', 'phường'];
const NOUNS_EN: Record<string, string> = {
  'thành phố': 'city',
  'thị xã': 'town',
  'thị trấn': 'township',
  'đặc khu': 'special zone',
  huyện: 'district',
  quận: 'urban district',
  tỉnh: 'province',
  xã: 'commune',
  phường: 'ward',
};
const BY_LEVEL: Record<UnitLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };

/** The kind of unit the parent is, as a noun: "tỉnh" for tỉnh Thanh Hóa, "thành phố" for
 * thành phố Thanh Hóa (from the name, else the level). */
export function scopeNounVi(name: string, level: UnitLevel): string {
  const n = name.normalize('NFC').trim().toLowerCase();
  return NOUNS.find((noun) => n.startsWith(`${noun} `)) ?? BY_LEVEL[level];
}

function scopeNoun(c: UnitComparison, lang: Lang): string {
  const vi = scopeNounVi(c.parent.unitName, c.parent.level);
  return lang === 'vi' ? vi : (NOUNS_EN[vi] ?? 'parent unit');
}

/** A period in English: "2022", "Q1 2022", "H1 2023", "9 months of 2023", "07/2023". */
function formatPeriodEn(code: PeriodCode): string {
  const p = periodOf(code);
  switch (p.kind) {
    case 'month':
      return `${String(p.month).padStart(2, '0')}/${p.year}`;
    case 'quarter':
      return `Q${p.quarter} ${p.year}`;
    case 'half':
      return `H${p.half} ${p.year}`;
    case 'nine-months':
      return `9 months of ${p.year}`;
    case 'months-to-date':
      return `${p.months} months of ${p.year}`;
    case 'year':
      return String(p.year);
    case 'term':
      return `${p.startYear}-${p.endYear}`;
    default:
      return code;
  }
}

function unitLabel(unit: string, lang: Lang): string {
  return lang === 'en' ? unit.replace('/năm', '/year') : unit;
}

/** A value with its unit of measure: "9,80%/năm", "25.100,75 tỷ đồng", "71,4%". */
export function formatMeasureValue(value: number, unit: string, decimals: number, lang: Lang = 'vi'): string {
  const n = formatNumberVi(value, decimals);
  const u = unitLabel(unit.trim(), lang);
  if (u === '') return n;
  return u.startsWith('%') ? `${n}${u}` : `${n} ${u}`;
}

const PRICE_BASIS: Record<NonNullable<MeasureKey['priceBasis']>, Record<Lang, string>> = {
  'constant-2010': { vi: 'theo giá so sánh 2010', en: 'at constant 2010 prices' },
  current: { vi: 'theo giá hiện hành', en: 'at current prices' },
};

/** What is measured, without the unit: "tốc độ tăng bình quân 2021-2023 theo giá so sánh 2010". */
export function measureName(key: MeasureKey, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  const period = vi ? formatPeriodVi(key.period) : formatPeriodEn(key.period);
  const from = key.fromYear;
  let name: string;
  if (key.quantity === 'average-growth') {
    if (from === undefined || String(from) === key.period)
      name = vi ? `tốc độ tăng ${period}` : `growth in ${period}`;
    else name = vi ? `tốc độ tăng bình quân ${from}-${key.period}` : `average growth ${from}-${key.period}`;
  } else if (key.quantity === 'sum-so-far') {
    if (from === undefined) name = vi ? `tổng đến hết ${period}` : `total to the end of ${period}`;
    else if (key.coverage !== 'whole-year')
      name = vi ? `tổng từ năm ${from} đến hết ${period}` : `total from ${from} to the end of ${period}`;
    else if (String(from) === key.period) name = vi ? `tổng ${period}` : `total for ${period}`;
    else name = vi ? `tổng ${from}-${key.period}` : `total ${from}-${key.period}`;
  } else name = vi ? `số liệu ${period}` : `figure for ${period}`;
  return key.priceBasis ? `${name} ${PRICE_BASIS[key.priceBasis][lang]}` : name;
}

/** What is measured with its unit: "tốc độ tăng bình quân 2021-2023 (%/năm)". */
export function measurePhrase(key: MeasureKey, lang: Lang = 'vi'): string {
  const unit = unitLabel(key.unit.trim(), lang);
  return unit ? `${measureName(key, lang)} (${unit})` : measureName(key, lang);
}

/** What the units are compared against, as the multiples name it: "bình quân chung của tỉnh",
 * "bình quân giản đơn của 4 đơn vị", "tổng của tỉnh". */
export function referenceLabel(c: UnitComparison, r: ComparisonReference, lang: Lang = 'vi'): string {
  const s = scopeNoun(c, lang);
  const n = r.count;
  const whole = r.method === 'parent-figure' || r.complete;
  if (lang === 'vi') {
    if (r.method === 'plain-mean') return `bình quân giản đơn của ${n} đơn vị`;
    if (r.additive) return whole ? `tổng của ${s}` : `tổng của ${n} đơn vị`;
    if (whole) return `bình quân chung của ${s}`;
    return r.method === 'weighted-mean'
      ? `bình quân gia quyền của ${n} đơn vị`
      : `bình quân chung của ${n} đơn vị`;
  }
  if (r.method === 'plain-mean') return `the plain mean of ${n} units`;
  if (r.additive) return whole ? `the ${s} total` : `the total of ${n} units`;
  if (whole) return `the ${s} average`;
  return r.method === 'weighted-mean'
    ? `the weighted mean of ${n} units`
    : `the overall average of ${n} units`;
}

/** "xếp thứ 4 toàn tỉnh" when every unit is ranked, else "xếp thứ 2/3 đơn vị so sánh được". */
export function rankPhrase(c: UnitComparison, rank: number, lang: Lang = 'vi'): string {
  const n = c.units.length;
  const all = n === c.total;
  if (lang === 'vi')
    return all ? `xếp thứ ${rank} toàn ${scopeNoun(c, lang)}` : `xếp thứ ${rank}/${n} đơn vị so sánh được`;
  return all
    ? `ranked ${rank} of ${n} in the ${scopeNoun(c, lang)}`
    : `ranked ${rank} of ${n} comparable units`;
}

/** "gấp 1,53 lần bình quân chung của tỉnh", "bằng 0,85 lần …"; for a measure that adds up, the
 * share: "chiếm 41,2% tổng của tỉnh". */
export function relationPhrase(
  c: UnitComparison,
  r: ComparisonReference,
  multiple: number,
  lang: Lang = 'vi',
): string {
  const label = referenceLabel(c, r, lang);
  if (r.additive) {
    const share = formatNumberVi(multiple * 100, 1);
    return lang === 'vi' ? `chiếm ${share}% ${label}` : `${share}% of ${label}`;
  }
  const m = formatNumberVi(multiple, 2);
  if (lang === 'en') return `${m} times ${label}`;
  return `${multiple >= 1 ? 'gấp' : 'bằng'} ${m} lần ${label}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** How the reference was computed, as a clause. */
function howComputed(c: UnitComparison, r: ComparisonReference, key: MeasureKey, lang: Lang): string {
  const vi = lang === 'vi';
  const value = formatMeasureValue(r.value, key.unit, c.decimals, lang);
  const s = scopeNoun(c, lang);
  const n = r.count;
  const partial = vi ? ` (chỉ gồm ${n}/${c.total} đơn vị)` : ` (${n} of ${c.total} units only)`;
  switch (r.method) {
    case 'parent-figure':
      return vi
        ? `mốc so sánh là số liệu của ${c.parent.unitName}: ${value}`
        : `compared with the figure of ${c.parent.unitName} itself: ${value}`;
    case 'sum-of-units':
      if (r.complete)
        return vi
          ? `số của ${s} tính bằng tổng ${n} đơn vị: ${value}`
          : `the ${s} figure is the sum of its ${n} units: ${value}`;
      return vi
        ? `tổng của ${n}/${c.total} đơn vị so sánh được: ${value}, không phải số của ${s}`
        : `the total of ${n} of ${c.total} comparable units: ${value}, not the ${s} figure`;
    case 'ratio-of-sums': {
      const l = r.levels;
      const parts = l
        ? `${formatNumberVi(l.last, c.decimals)} / ${formatNumberVi(l.base, c.decimals)} ${l.unit}`
        : '';
      const head = vi
        ? `bình quân chung tính bằng tổng giá trị năm ${l?.lastYear ?? key.period} của các đơn vị chia tổng năm gốc ${l?.baseYear ?? ''} (${parts}): ${value}`
        : `the overall average is computed from the units' summed levels of ${l?.lastYear ?? key.period} over their summed base year ${l?.baseYear ?? ''} (${parts}): ${value}`;
      return r.complete ? head : head + partial;
    }
    case 'weighted-mean': {
      const w = r.weight ? lowerFirst(r.weight.name) : '';
      const head = vi
        ? `bình quân chung tính gia quyền theo ${w}: ${value}`
        : `the average is weighted by ${w}: ${value}`;
      return r.complete ? head : head + partial;
    }
    case 'plain-mean': {
      const head = vi
        ? `mốc so sánh là bình quân giản đơn của ${n} đơn vị: ${value}, không phải bình quân chung của ${s}`
        : `compared with the plain mean of ${n} units: ${value}, not the ${s} average`;
      const w = r.weight?.name;
      switch (r.plainMeanCause) {
        case 'rates-without-levels':
          return (
            head +
            (vi
              ? ' (có đơn vị chỉ nhập tốc độ tăng, không có giá trị để cộng)'
              : ' (some units enter only growth rates, no levels to add up)')
          );
        case 'missing-weights':
          return (
            head +
            (vi
              ? ` (thiếu ${lowerFirst(w ?? 'quyền số')} của ${(r.missingWeights ?? []).join(', ')})`
              : ` (${w ?? 'weights'} missing for ${(r.missingWeights ?? []).join(', ')})`)
          );
        default:
          return (
            head +
            (vi
              ? ' (chưa chọn chỉ số làm quyền số, ví dụ dân số)'
              : ' (no weight indicator chosen, e.g. population)')
          );
      }
    }
  }
}

/** Why a unit was left out: "khác kỳ (tốc độ tăng bình quân 2020-2022: 10,40%/năm)". */
export function exclusionPhrase(e: ExcludedUnit, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  if (e.reason === 'no-target') return vi ? 'chưa có chỉ tiêu này' : 'no target for this indicator';
  if (e.reason === 'no-data') return vi ? 'chưa có số liệu đến kỳ so sánh' : 'no figures up to the period';
  const words: Record<typeof e.reason, Record<Lang, string>> = {
    'different-measure': { vi: 'khác thước đo', en: 'a different measure' },
    'different-coverage': { vi: 'khác phạm vi thời gian', en: 'a different time coverage' },
    'different-period': { vi: 'khác kỳ', en: 'a different period' },
  };
  const what =
    e.measure && e.value !== undefined
      ? ` (${measureName(e.measure, lang)}: ${formatMeasureValue(e.value, e.measure.unit, e.precision ?? 2, lang)})`
      : '';
  return `${words[e.reason][lang]}${what}`;
}

/** The rule under the table: "Xếp hạng theo tốc độ tăng bình quân 2021-2023 (%/năm); bình quân
 * chung tính bằng tổng giá trị năm 2023 của các đơn vị chia tổng năm gốc 2020 (…): 12,10%/năm." */
export function comparisonRule(c: UnitComparison, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  if (!c.measure || !c.reference)
    return vi ? 'Chưa có đơn vị nào có số liệu để xếp hạng.' : 'No unit has figures to rank.';
  const lower = c.direction === 'lower-is-better' ? (vi ? ', thấp hơn là tốt hơn' : ', lower is better') : '';
  const parts = [
    `${vi ? 'Xếp hạng theo' : 'Ranked on'} ${measurePhrase(c.measure, lang)}${lower}`,
    howComputed(c, c.reference, c.measure, lang),
  ];
  if (c.parent.measure && !c.parent.comparable)
    parts.push(
      vi
        ? `số liệu của ${c.parent.unitName} (${measureName(c.parent.measure, lang)}) không cùng thước đo nên không dùng làm mốc`
        : `the figure of ${c.parent.unitName} (${measureName(c.parent.measure, lang)}) is not the same measure and is not used`,
    );
  return `${parts.join('; ')}.`;
}

/** Every text of a comparison in one language. */
export function phraseComparison(c: UnitComparison, lang: Lang = 'vi'): ComparisonTexts {
  const key = c.measure;
  const r = c.reference;
  return {
    measure: key ? measurePhrase(key, lang) : null,
    rule: comparisonRule(c, lang),
    reference:
      key && r
        ? `${upperFirst(referenceLabel(c, r, lang))}: ${formatMeasureValue(r.value, key.unit, c.decimals, lang)}`
        : null,
    units: c.units.map((u) => ({
      unitCode: u.unitCode,
      rank: rankPhrase(c, u.rank, lang),
      value: key
        ? formatMeasureValue(u.value, key.unit, c.decimals, lang)
        : formatNumberVi(u.value, c.decimals),
      relation: r && u.multiple !== null ? relationPhrase(c, r, u.multiple, lang) : null,
    })),
    excluded: c.excluded.map((e) => ({
      unitCode: e.unitCode,
      unitName: e.unitName,
      reason: exclusionPhrase(e, lang),
    })),
  };
}

/**
 * Small pieces of Vietnamese sentences, built from results only: verbs by status, percentages,
 * quantities, goals with their qualifiers, lists joined the way reports join them.
 */
import type { AssessmentConfig } from './config';
import { HEDGE_WORDS } from './figure-text';
import { qualifiedVi } from './goal-check';
import type { Hedge, Target, ValueStatus } from './model';
import { formatNumberVi, formatQuantityVi, roundAt } from './vi-number';

/** "ước đạt" for an estimate, "đạt" for preliminary and official figures. */
export function reachVerb(status: ValueStatus | undefined): string {
  return status === 'estimate' ? 'ước đạt' : 'đạt';
}

/** A ratio as a percentage at the configured decimals and rounding, trailing zeros dropped:
 * "71,4%", "122%" (the same figure the view and the tables show). */
export function pct(ratio: number, config: AssessmentConfig): string {
  return `${formatNumberVi(roundAt(ratio * 100, config.percentDecimals, config.rounding), config.percentDecimals, { trimZeros: true })}%`;
}

/** A figure with the hedge written beside it, as entered: "trên 5.000 tỷ đồng", "gần 95%". */
export function hedged(text: string, hedge: Hedge | undefined): string {
  return hedge ? `${HEDGE_WORDS[hedge]} ${text}` : text;
}

/** A value of the target with its unit at the target's precision: "9.710,8 tỷ đồng". */
export function qty(t: Target, value: number): string {
  return formatQuantityVi(value, t.unit, t.precision);
}

/** A number at the target's precision without unit: "10,71". */
export function num(t: Target, value: number, decimals = t.precision): string {
  return formatNumberVi(value, decimals);
}

/** The goal as written with its qualifier: "65% trở lên", "dưới 4%", "100 triệu đồng". */
export function goalText(t: Target, value: number): string {
  return qualifiedVi(t.qualifier, formatQuantityVi(value, t.unit, t.precision, { trimZeros: true }));
}

/** Joins clauses as reports do: "a, b và c". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** Upper-cases the first letter of a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** A year span for the remaining years: "năm 2025" or "giai đoạn 2024-2025". */
export function remainingSpanVi(targetYear: number, remainingYears: number): string {
  const from = targetYear - Math.ceil(remainingYears) + 1;
  return from >= targetYear ? `năm ${targetYear}` : `giai đoạn ${from}-${targetYear}`;
}

/** A target's name with the period a sentence is about: "Thu nhập bình quân đầu người năm
 * 2023". A horizon already written in the name ("… đến năm 2025", "… giai đoạn 2021-2025") is
 * replaced, never doubled ("năm 2025 năm 2025"). */
export function nameWithPeriod(name: string, periodText: string): string {
  const bare = name
    .replace(/\s+(?:(?:đến|vào|trong)\s+)?năm\s+\d{4}$/iu, '')
    .replace(/\s+giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}$/iu, '');
  return `${bare} ${periodText}`;
}

/** Lower-cases the first letter only ("Số liệu tính đến quý I/2022" → "số liệu tính đến quý
 * I/2022"): Roman numerals and names keep their capitals. */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

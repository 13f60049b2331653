/** Numbers as printed in a draft: value, decimals shown, position. */
import { formatNumberVi, parseNumberVi, roundHalfAwayFromZero } from '../../core';

/** A number found in text. */
export interface PrintedNumber {
  text: string;
  value: number;
  /** Decimals printed ("31,2" → 1). */
  decimals: number;
  index: number;
  end: number;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Every vi-VN number of a text (years and counts included; callers choose by context). */
export function findNumbers(text: string): PrintedNumber[] {
  const out: PrintedNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const parsed = parseNumberVi(m[0]);
    if (!parsed.ok) continue;
    const comma = m[0].indexOf(',');
    out.push({
      text: m[0],
      value: parsed.value,
      decimals: comma < 0 ? 0 : m[0].length - comma - 1,
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out;
}

/** Whether a printed number agrees with a value at the precision it is printed with. */
export function agreesAtPrecision(
  printed: Pick<PrintedNumber, 'value' | 'decimals'>,
  value: number,
): boolean {
  return (
    roundHalfAwayFromZero(value, printed.decimals) === roundHalfAwayFromZero(printed.value, printed.decimals)
  );
}

/** The expected value as the draft should print it: the printed decimals, at least one. */
export function expectedText(value: number, decimals: number, suffix = ''): string {
  return `${formatNumberVi(value, Math.max(decimals, 1), { trimZeros: decimals === 0 })}${suffix}`;
}

/** Multipliers of money units to đồng, to compare "799.690 triệu đồng" with "799,69 tỷ đồng". */
export const UNIT_SCALE: Record<string, number> = {
  đồng: 1,
  'triệu đồng': 1e6,
  'tỷ đồng': 1e9,
  'nghìn tỷ đồng': 1e12,
  USD: 1,
  'triệu USD': 1e6,
};

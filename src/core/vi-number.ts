/**
 * Numbers as vi-VN writes them: '.' groups thousands, ',' is the decimal mark (9.710,8; 71,4%).
 * Values are rounded half away from zero for display only; stored values stay raw.
 */

/** Rounds half away from zero at `decimals` places (2,5 → 3; -2,5 → -3; 1,005 → 1,01).
 * Float noise is removed first (15 significant digits), so 1.005 rounds like the written 1,005. */
export function roundHalfAwayFromZero(x: number, decimals = 0): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** decimals;
  const raw = Math.abs(x) * f;
  // Only a value within float noise of a half needs its 15 significant digits read (the string
  // conversion is the costly part of rounding on hot paths); elsewhere the nearest integer is plain.
  const fraction = raw - Math.floor(raw);
  const scaled = Math.abs(fraction - 0.5) < 1e-6 ? Number(raw.toPrecision(15)) : raw;
  const r = Math.floor(scaled + 0.5) / f;
  return x < 0 && r !== 0 ? -r : r;
}

/** How a figure is cut to the decimals printed: half away from zero (the default: 2,5 → 3), or
 * truncated as some offices print (98,6297% → "98,62%"). */
export type RoundingMode = 'half-away-from-zero' | 'truncate';

/** Truncates toward zero at `decimals` places (98,6297 → 98,62), float noise removed first. */
export function truncateAt(x: number, decimals = 0): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** decimals;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  const r = Math.floor(scaled) / f;
  return x < 0 && r !== 0 ? -r : r;
}

/** Rounds at `decimals` places in the given mode: the one rounding of every figure shown. */
export function roundAt(x: number, decimals: number, mode: RoundingMode = 'half-away-from-zero'): number {
  return mode === 'truncate' ? truncateAt(x, decimals) : roundHalfAwayFromZero(x, decimals);
}

/** Options of number formatting. */
export interface NumberFormatOptions {
  /** Drop trailing zeros of the decimals ("52,10" → "52,1"; "122,00" → "122"). Default false. */
  trimZeros?: boolean;
}

/** Formats a number in vi-VN at `decimals` places: 9710.8 → "9.710,8"; 799690 → "799.690";
 * -1.5 → "-1,5". Rounds half away from zero; never prints "-0". */
export function formatNumberVi(value: number, decimals = 0, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundHalfAwayFromZero(value, decimals);
  const negative = rounded < 0;
  const fixed = Math.abs(rounded).toFixed(decimals);
  const [intPart = '0', fracPart = ''] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  let frac = fracPart;
  if (options.trimZeros) frac = frac.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${frac ? ',' + frac : ''}`;
}

/** A parsed number, or why the text is not one. */
export type NumberParseResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'bad-grouping'; input: string };

/**
 * Parses a number as written in vi-VN. Rules, in order:
 * - spaces (also non-breaking) are ignored; a leading '+', '-' or '−' (U+2212) sets the sign;
 * - with both '.' and ',': '.' groups thousands (groups of three), ',' is the decimal mark;
 * - with ',' only: decimal comma ("1,5"; "1,234" is one point two three four);
 * - with '.' only: thousands when every group after the first has three digits ("1.234" = 1234,
 *   "799.690" = 799690: vi-VN wins the ambiguity); otherwise one '.' is read as a plain decimal
 *   point ("9710.8", "3.14", "0.5") so that machine-written figures are accepted too;
 * - anything else is an error value, never an exception.
 */
export function parseNumberVi(text: string): NumberParseResult {
  const input = text;
  let s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: false, reason: 'empty', input };
  let sign = 1;
  if (/^[+\-\u2212]/.test(s)) {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'not-a-number', input };
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  let intPart: string;
  let fracPart = '';
  if (hasComma) {
    const parts = s.split(',');
    if (parts.length !== 2) return { ok: false, reason: 'not-a-number', input };
    [intPart = '', fracPart = ''] = parts;
    if (fracPart === '' || fracPart.includes('.')) return { ok: false, reason: 'not-a-number', input };
    if (hasDot && !/^\d{1,3}(\.\d{3})+$/.test(intPart)) return { ok: false, reason: 'bad-grouping', input };
    intPart = intPart.replace(/\./g, '');
  } else if (hasDot) {
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) intPart = s.replace(/\./g, '');
    else if (/^\d*\.\d+$/.test(s)) [intPart = '', fracPart = ''] = s.split('.');
    else return { ok: false, reason: 'bad-grouping', input };
  } else intPart = s;
  if (intPart === '') intPart = '0';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return { ok: false, reason: 'not-a-number', input };
  const value = sign * Number(`${intPart}.${fracPart || '0'}`);
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Formats a percentage given in percent units: 71.4 → "71,4%". */
export function formatPercentVi(percent: number, decimals = 1, options: NumberFormatOptions = {}): string {
  return `${formatNumberVi(percent, decimals, options)}%`;
}

/** Formats a raw ratio as a percentage: 0.714 → "71,4%". */
export function formatRatioPercentVi(ratio: number, decimals = 1, options: NumberFormatOptions = {}): string {
  return formatPercentVi(ratio * 100, decimals, options);
}

/** Formats a multiple: 1.5331 → "1,53 lần". */
export function formatMultipleVi(multiple: number, decimals = 2, options: NumberFormatOptions = {}): string {
  return `${formatNumberVi(multiple, decimals, options)} lần`;
}

/** Units of measure as reports write them. */
export const UNITS_VI = [
  'đồng',
  'triệu đồng',
  'tỷ đồng',
  'nghìn tỷ đồng',
  'USD',
  'triệu USD',
  'ha',
  'tấn',
  'người',
  '%',
  'lần',
] as const;

/** Formats a quantity with its unit: (9710.8, "tỷ đồng", 1) → "9.710,8 tỷ đồng"; "%" sticks to
 * the number ("71,4%"). */
export function formatQuantityVi(
  value: number,
  unit: string,
  decimals = 0,
  options: NumberFormatOptions = {},
): string {
  const n = formatNumberVi(value, decimals, options);
  if (unit === '') return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

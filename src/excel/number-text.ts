/**
 * Numbers written as text in files. Vietnamese writing ('.' groups thousands, ',' is the decimal
 * mark: "9.710,8") is the default and is read by the core's `parseNumberVi`; CSV files written
 * with `locale: 'en'` use ',' to group and '.' as the decimal mark ("9,710.8").
 */
import { parseNumberVi } from '../core';

export type NumberLocale = 'vi' | 'en';

export type NumberText = { ok: true; value: number } | { ok: false; reason: string };

/** Parses one number written as text; spaces (also non-breaking) and a trailing % are allowed. */
export function parseNumberText(text: string, locale: NumberLocale = 'vi'): NumberText {
  if (locale === 'vi') {
    const vi = parseNumberVi(text.trim().replace(/%$/, ''));
    if (vi.ok && Number.isFinite(vi.value)) return vi;
    return { ok: false, reason: `'${clip(text)}' không phải là số (viết theo kiểu Việt Nam: 9.710,8)` };
  }
  const t = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(/^\+/, '');
  if (!/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) && !/^-?\d+(\.\d+)?$/.test(t)) {
    return { ok: false, reason: `'${clip(text)}' không phải là số (viết kiểu 9710.8)` };
  }
  const canonical = t.replace(/,/g, '');
  const value = Number(canonical);
  if (!Number.isFinite(value)) return { ok: false, reason: `'${clip(text)}' không phải là số hữu hạn` };
  return { ok: true, value };
}

/** The text cut to a length fit for a message. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * The numbers of a target statement with what surrounds them: the unit written after each, and
 * whether it is a year ("đến năm 2025", "2021-2025") or a duration ("bình quân 5 năm") rather
 * than a value. Numbers are read the vi-VN way by the core's parser ("5.200", "84,67").
 */
import { parseNumberVi } from '../vi-number';

/** A number found in a statement. */
export interface FoundNumber {
  value: number;
  /** Decimals as written ("84,67": 2). */
  decimals: number;
  start: number;
  end: number;
  /** The unit written right after it ("%", "tỷ đồng", "xã"), when one is recognised. */
  unit?: string;
  /** End of the unit in the text (= end when no unit). */
  unitEnd: number;
  /** "%/năm": a rate per year. */
  perYear: boolean;
  role: 'value' | 'year' | 'duration';
}

/** Units as resolutions write them, longest first so "nghìn tỷ đồng" wins over "tỷ đồng". */
export const KNOWN_UNITS = [
  'triệu đồng/người/năm',
  'USD/người/năm',
  'triệu đồng/người',
  'giường bệnh/vạn dân',
  'bác sĩ/vạn dân',
  'nghìn tỷ đồng',
  'nghìn lượt khách',
  'triệu lượt khách',
  'lượt khách',
  'triệu lượt',
  'nghìn lượt',
  'lượt',
  'nghìn người',
  'triệu người',
  'nghìn đồng',
  'triệu đồng',
  'tỷ đồng',
  'triệu USD',
  'tỷ USD',
  'USD/người',
  'USD',
  'đồng',
  'nghìn tấn',
  'tấn',
  'ha',
  'km',
  'm2',
  'tuổi',
  'lần',
  'người',
  'lao động',
  'đảng viên',
  'hộ',
  'xã',
  'phường',
  'thôn',
  'khu phố',
  'làng',
  'trường',
  'doanh nghiệp',
  'hợp tác xã',
  'chi bộ',
  'tổ chức cơ sở đảng',
  'tổ chức đảng',
  'công trình',
  'dự án',
  'sản phẩm',
  'cơ sở',
  'điểm',
  'bác sĩ',
  'giường bệnh',
].sort((a, b) => b.length - a.length);

const NUMBER = /(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d])/gu;
const YEAR_BEFORE = /(năm|đến|giai đoạn|nhiệm kỳ|từ|trước|sau|khóa|[-–])\s*$/iu;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const UNIT_AFTER = new RegExp(
  `^\\s*(%(?:\\s*/\\s*năm)?|(?:${KNOWN_UNITS.map(escapeRe).join('|')})(?![\\p{L}]))`,
  'iu',
);

/** Every number of a statement, in order, with its unit and role. */
export function numbersIn(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[1] ?? '';
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const parsed = parseNumberVi(raw);
    if (!parsed.ok) continue;
    const comma = raw.indexOf(',');
    const decimals = comma < 0 ? 0 : raw.length - comma - 1;
    const after = text.slice(end);
    const before = text.slice(0, start);
    const unitMatch = UNIT_AFTER.exec(after);
    let unit = unitMatch?.[1]?.replace(/\s+/g, ' ');
    const perYear = unit !== undefined && /^%\s*\/\s*năm$/i.test(unit);
    if (perYear) unit = '%';
    const unitEnd = end + (unitMatch?.[0].length ?? 0);
    let role: FoundNumber['role'] = 'value';
    const yearLike = /^(19|20)\d{2}$/.test(raw);
    if (
      yearLike &&
      !unit &&
      (YEAR_BEFORE.test(before) || /^\s*[-–]\s*(19|20)\d{2}/.test(after) || /^\s*[),]/.test(after))
    )
      role = 'year';
    else if (!unit && /^\s*năm(?![\p{L}])/iu.test(after) && parsed.value <= 10) role = 'duration';
    out.push({
      value: parsed.value,
      decimals,
      start,
      end,
      ...(unit ? { unit: unit.toLowerCase() === 'usd' ? 'USD' : normaliseUnit(unit) } : {}),
      unitEnd,
      perYear,
      role,
    });
  }
  return out;
}

function normaliseUnit(unit: string): string {
  const known = KNOWN_UNITS.find((u) => u.toLowerCase() === unit.toLowerCase());
  return known ?? unit;
}

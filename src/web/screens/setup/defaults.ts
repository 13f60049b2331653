/**
 * What a new resolution's form starts with, from the unit: the term its congress belongs to (a
 * ward created on 1 July 2025 holds the 2025-2030 congress; a unit that ended on 1 July 2025 held
 * 2020-2025), the congress number (a unit created in the 2025 reorganisation holds its first),
 * the committee and the issuing body as Party and state documents write them.
 */
import type { FlatUnit } from '../../lib/units';

/** Terms start in years divisible by five (2020-2025, 2025-2030). */
const termStart = (year: number): number => Math.floor(year / 5) * 5;

/** The term of the unit's next congress resolution, as of `today` ("YYYY-MM-DD"). */
export function defaultTerm(unit: Pick<FlatUnit, 'validFrom' | 'validTo'>, today: string): string {
  const year = (iso: string | undefined): number | undefined => (iso ? Number(iso.slice(0, 4)) : undefined);
  const to = year(unit.validTo);
  if (to !== undefined) {
    const start = termStart(to - 1);
    return `${start}-${start + 5}`;
  }
  const from = year(unit.validFrom) ?? 0;
  const start = termStart(Math.max(from, Number(today.slice(0, 4))));
  return `${start}-${start + 5}`;
}

/** The first congress of a unit created in the term's first year ("lần thứ I"), else unknown. */
export function defaultCongressNumber(unit: Pick<FlatUnit, 'validFrom'>, term: string): string {
  return unit.validFrom && unit.validFrom.slice(0, 4) === term.slice(0, 4) ? '1' : '';
}

const PARTY_BODY: [RegExp, string][] = [
  [/^(thành phố|tp\.?)\s+/i, 'THÀNH ỦY'],
  [/^thị xã\s+/i, 'THỊ ỦY'],
  [/^quận\s+/i, 'QUẬN ỦY'],
  [/^huyện\s+/i, 'HUYỆN ỦY'],
  [/^tỉnh\s+/i, 'TỈNH ỦY'],
  [/^(xã|phường|thị trấn|đặc khu)\s+/i, 'ĐẢNG ỦY'],
];

/** The unit's own name without its type: "phường Bỉm Sơn" → "Bỉm Sơn". */
export function placeOf(unitName: string): string {
  for (const [pattern] of PARTY_BODY) if (pattern.test(unitName)) return unitName.replace(pattern, '');
  return unitName;
}

/** The issuing body in capitals: "THÀNH ỦY THANH HÓA", "ĐẢNG ỦY PHƯỜNG BỈM SƠN", "UBND PHƯỜNG BỈM SƠN". */
export function issuerNameOf(unitName: string, kind: 'party' | 'state'): string {
  if (kind === 'state') return `UBND ${unitName}`.toLocaleUpperCase('vi');
  for (const [pattern, body] of PARTY_BODY) {
    if (!pattern.test(unitName)) continue;
    const name = body === 'ĐẢNG ỦY' ? unitName : unitName.replace(pattern, '');
    return `${body} ${name}`.toLocaleUpperCase('vi');
  }
  return `ĐẢNG ỦY ${unitName}`.toLocaleUpperCase('vi');
}

/** The Party committee of the unit, as resolutions name it: "Đảng bộ phường Bỉm Sơn". */
export function committeeOf(unitName: string): string {
  return `Đảng bộ ${unitName}`;
}

/** The resolution's title as the Party writes it (data, in Vietnamese whatever the interface):
 * "Nghị quyết Đại hội Đảng bộ phường Bỉm Sơn lần thứ I, nhiệm kỳ 2025-2030" when the number and
 * term are known. */
export function resolutionTitleOf(unitName: string, congress?: { number: string; term: string }): string {
  const title = `Nghị quyết Đại hội Đảng bộ ${unitName}`;
  return congress ? `${title} lần thứ ${congress.number}, nhiệm kỳ ${congress.term}` : title;
}

/** The grade scale a new graded target starts with, as resolutions write it (data the user edits). */
export const DEFAULT_GRADES = {
  scale: 'Không hoàn thành; Hoàn thành; Hoàn thành tốt; Hoàn thành xuất sắc',
  required: 'Hoàn thành tốt',
};

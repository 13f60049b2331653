/**
 * Vietnamese wording helpers used by the reports: number formatting in the vi-VN convention and
 * the labels of assessments. Kept in one place so the reports read the same everywhere.
 */

import { formatNumberVi } from '../core';

/** "9.710,8": '.' groups thousands, ',' is the decimal mark (the core's formatter). */
export function numberVi(value: number, decimals: number): string {
  return formatNumberVi(value, decimals);
}

/** Roman numeral for Congress numbers ("lần thứ XXI"). */
export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Upper-cases Vietnamese text (the locale keeps "đ" → "Đ" and the tone marks). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** First letter upper case. */
export function capitalizeVi(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

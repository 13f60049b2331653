import { describe, expect, it } from 'vitest';
import { formatDateVi, formatDatelineVi, formatShortDateVi, parseIsoDate } from './vi-date';

describe('formatDateVi (Nghị định 30 rule)', () => {
  it.each([
    ['2023-07-26', 'ngày 26 tháng 7 năm 2023'],
    ['2023-02-05', 'ngày 05 tháng 02 năm 2023'],
    ['2023-01-15', 'ngày 15 tháng 01 năm 2023'],
    ['2023-03-09', 'ngày 09 tháng 3 năm 2023'],
    ['2023-12-31', 'ngày 31 tháng 12 năm 2023'],
    ['2023-10-10', 'ngày 10 tháng 10 năm 2023'],
  ])('%s → %s', (iso, text) => {
    expect(formatDateVi(iso)).toBe(text);
  });

  it('has a plain style without leading zeros', () => {
    expect(formatDateVi('2023-02-05', 'plain')).toBe('ngày 5 tháng 2 năm 2023');
  });

  it('prints a dateline and a short date', () => {
    expect(formatDatelineVi('Thanh Hóa', '2023-07-26')).toBe('Thanh Hóa, ngày 26 tháng 7 năm 2023');
    expect(formatShortDateVi('2023-07-26')).toBe('26/07/2023');
  });

  it('checks the calendar', () => {
    expect(parseIsoDate('2024-02-29').ok).toBe(true);
    expect(parseIsoDate('2023-02-29').ok).toBe(false);
    expect(parseIsoDate('2023-04-31').ok).toBe(false);
    expect(parseIsoDate('26/07/2023').ok).toBe(false);
    expect(() => formatDateVi('2023-13-01')).toThrow(RangeError);
  });
});

describe('dates as people type them', () => {
  it('reads dd/mm/yyyy and checks the calendar', async () => {
    const { parseShortDateVi } = await import('./vi-date');
    expect(parseShortDateVi('15/08/2025')).toEqual({ ok: true, date: '2025-08-15' });
    expect(parseShortDateVi('5/8/2025')).toEqual({ ok: true, date: '2025-08-05' });
    expect(parseShortDateVi('2025-08-15')).toEqual({ ok: true, date: '2025-08-15' });
    expect(parseShortDateVi('29/02/2023').ok).toBe(false);
    expect(parseShortDateVi('08/15/2025').ok).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber } from './export-csv';
import { parseNumberText } from './number-text';
import { neutraliseText, restoreText } from './text-safety';

describe('text leaving in spreadsheets', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(neutraliseText("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseText('=HYPERLINK("http://x","bấm")')).toBe('\'=HYPERLINK("http://x","bấm")');
    expect(neutraliseText('+84 912')).toBe("'+84 912");
    expect(neutraliseText('-5 so với kế hoạch')).toBe("'-5 so với kế hoạch");
    expect(neutraliseText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseText('<b>Báo cáo</b>')).toBe('<b>Báo cáo</b>');
    expect(neutraliseText("'=đã có nháy")).toBe("''=đã có nháy");
  });

  it('restores exactly the text that was neutralised, for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => restoreText(neutraliseText(text)) === text));
  });
});

describe('numbers in CSV', () => {
  it('writes numbers in full with the locale decimal mark, and reads them back exactly', () => {
    expect(plainNumber(9710.8, 'vi')).toBe('9710,8');
    expect(plainNumber(1e-7, 'vi')).toBe('0,0000001');
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.constantFrom('vi' as const, 'en' as const),
        (x, locale) => {
          const back = parseNumberText(plainNumber(x, locale), locale);
          return back.ok && back.value === x;
        },
      ),
    );
  });

  it('refuses numbers written the wrong way for the locale', () => {
    expect(parseNumberText('12,3,4').ok).toBe(false);
    expect(parseNumberText('1.2.3,4,5').ok).toBe(false);
    expect(parseNumberText('9.710,8')).toEqual({ ok: true, value: 9710.8 });
    expect(parseNumberText('9,710.8', 'en')).toEqual({ ok: true, value: 9710.8 });
    expect(parseNumberText('9.710,8', 'en').ok).toBe(false);
    expect(parseNumberText('Infinity').ok).toBe(false);
  });
});

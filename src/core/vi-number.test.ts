import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatMultipleVi,
  formatNumberVi,
  formatPercentVi,
  formatQuantityVi,
  formatRatioPercentVi,
  parseNumberVi,
  roundHalfAwayFromZero,
} from './vi-number';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [0.125, 2, 0.13],
    [71.35, 1, 71.4],
    [52.145, 2, 52.15],
    [1.4999, 0, 1],
    [-0.4, 0, 0],
    [1234.5, 0, 1235],
  ])('%d at %d decimals → %d', (x, d, r) => {
    expect(roundHalfAwayFromZero(x, d)).toBe(r);
  });

  it('is symmetric around zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        expect(roundHalfAwayFromZero(-x, d) + roundHalfAwayFromZero(x, d)).toBeCloseTo(0, 9);
      }),
    );
  });
});

describe('formatNumberVi', () => {
  it.each([
    [9710.8, 1, '9.710,8'],
    [799690, 0, '799.690'],
    [-1.5, 1, '-1,5'],
    [93867, 0, '93.867'],
    [84.67, 2, '84,67'],
    [1234567.891, 2, '1.234.567,89'],
    [0.5, 0, '1'],
    [-0.0001, 2, '0,00'],
    [0, 0, '0'],
    [100, 3, '100,000'],
  ])('%d at %d → %s', (x, d, s) => {
    expect(formatNumberVi(x, d)).toBe(s);
  });

  it('trims trailing zeros when asked', () => {
    expect(formatNumberVi(122.0, 2, { trimZeros: true })).toBe('122');
    expect(formatNumberVi(52.1, 2, { trimZeros: true })).toBe('52,1');
  });

  it('formats percents, multiples and quantities', () => {
    expect(formatPercentVi(71.4, 1)).toBe('71,4%');
    expect(formatRatioPercentVi(0.5215, 2)).toBe('52,15%');
    expect(formatMultipleVi(84.67 / 55.34, 2)).toBe('1,53 lần');
    expect(formatQuantityVi(9710.8, 'tỷ đồng', 1)).toBe('9.710,8 tỷ đồng');
    expect(formatQuantityVi(370.8, 'triệu USD', 1)).toBe('370,8 triệu USD');
    expect(formatQuantityVi(43.44, 'ha', 2)).toBe('43,44 ha');
    expect(formatQuantityVi(10.71, '%', 2)).toBe('10,71%');
  });
});

describe('parseNumberVi', () => {
  it.each([
    ['9.710,8', 9710.8],
    ['799.690', 799690],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1,234', 1.234],
    ['-1,5', -1.5],
    ['−1,5', -1.5],
    ['+2', 2],
    ['9710.8', 9710.8],
    ['3.14', 3.14],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1 234,5', 1234.5],
    ['93.867', 93867],
    ['10,71', 10.71],
    ['-0', 0],
  ])('%j → %d', (text, value) => {
    expect(parseNumberVi(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['1.23,4', 'bad-grouping'],
    ['1.2.3', 'bad-grouping'],
    ['12%', 'not-a-number'],
    ['1,', 'not-a-number'],
    ['-', 'not-a-number'],
  ])('rejects %j (%s)', (text, reason) => {
    const r = parseNumberVi(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('gives back the number printed at its precision', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (x, d) => {
          const r = parseNumberVi(formatNumberVi(x, d));
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.value).toBeCloseTo(roundHalfAwayFromZero(x, d), 6);
        },
      ),
    );
  });
});

describe('rounding on hot paths', () => {
  /** The rounding as first written: every value read at 15 significant digits. */
  const reference = (x: number, decimals: number): number => {
    const f = 10 ** decimals;
    const scaled = Number((Math.abs(x) * f).toPrecision(15));
    const r = Math.floor(scaled + 0.5) / f;
    return x < 0 && r !== 0 ? -r : r;
  };

  it('gives the same result as reading every value at 15 significant digits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 3 }),
        (x, decimals) => Object.is(roundHalfAwayFromZero(x, decimals), reference(x, decimals)),
      ),
      { numRuns: 20_000 },
    );
    for (const [x, d] of [
      [1.005, 2],
      [2.5, 0],
      [-2.5, 0],
      [79.955, 2],
      [0.285, 2],
      [1.0049999999, 2],
    ] as const)
      expect(roundHalfAwayFromZero(x, d)).toBe(reference(x, d));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharesTo100, truncatedShare } from './shares';

describe('sharesTo100', () => {
  it('prints report 1270/BC-TCTTTg: 16.051 and 223 of 16.274 as 98,62% and 1,38%', () => {
    const s = sharesTo100([16051, 223]);
    expect(s?.map((x) => x.text)).toEqual(['98,62%', '1,38%']);
    // the exact shares are 98,6297% and 1,3703%: the first truncated, the last the complement
    expect((16051 / 16274) * 100).toBeCloseTo(98.6297, 4);
  });
  it('gives nothing for an empty sum, 0% to a zero count, and 100% to a lone count', () => {
    expect(sharesTo100([0, 0])).toBeNull();
    expect(sharesTo100([1, 2, 0])?.map((x) => x.text)).toEqual(['33,33%', '66,67%', '0%']);
    expect(sharesTo100([0, 5])?.map((x) => x.text)).toEqual(['0%', '100%']);
  });
  it('refuses counts that are not whole', () => {
    expect(() => sharesTo100([1.5, 2])).toThrow(RangeError);
  });

  const counts = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 8 });
  it('always adds up to exactly 100 at the decimals printed', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 4 }), (cs, d) => {
        const s = sharesTo100(cs, d);
        if (cs.every((c) => c === 0)) return s === null;
        const units = s!.map((x) => Math.round(x.percent * 10 ** d));
        return units.reduce((a, b) => a + b, 0) === 100 * 10 ** d;
      }),
    );
  });
  it('truncates every share but the last non-zero, which is at or above its exact value', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 3 }), (cs, d) => {
        const s = sharesTo100(cs, d);
        if (!s) return true;
        const total = cs.reduce((a, b) => a + b, 0);
        const last = cs.reduce((acc, c, i) => (c > 0 ? i : acc), -1);
        const step = 10 ** -d;
        return s.every((x, i) => {
          const exact = (cs[i]! / total) * 100;
          if (cs[i] === 0) return x.percent === 0;
          if (i === last) return x.percent >= exact - 1e-9 && x.percent < exact + cs.length * step + 1e-9;
          return x.percent <= exact + 1e-9 && x.percent > exact - step - 1e-9;
        });
      }),
    );
  });
  it('prints Vietnamese decimals', () => {
    expect(truncatedShare(14068, 16051)?.text).toBe('87,64%');
    expect(truncatedShare(1, 0)).toBeNull();
  });
});

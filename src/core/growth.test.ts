import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { averageOfRates, compoundGrowth, growthFactor, requiredGrowth } from './growth';

describe('compound growth', () => {
  it('is the geometric mean', () => {
    expect(compoundGrowth(100, 121, 2)).toBeCloseTo(10, 10);
    expect(averageOfRates([10, 10])).toBeCloseTo(10, 10);
    expect(averageOfRates([20, 0])).toBeCloseTo((Math.sqrt(1.2) - 1) * 100, 10);
    expect(growthFactor([10, 10])).toBeCloseTo(1.21, 12);
  });

  it('returns gaps for zero and negative bases and no years', () => {
    expect(compoundGrowth(0, 10, 2)).toMatchObject({ code: 'zero-base' });
    expect(compoundGrowth(-5, 10, 2)).toMatchObject({ code: 'negative-base' });
    expect(compoundGrowth(5, 10, 0)).toMatchObject({ code: 'no-data' });
    expect(averageOfRates([])).toMatchObject({ code: 'no-data' });
    expect(averageOfRates([-150, 10])).toMatchObject({ code: 'negative-base' });
    expect(requiredGrowth(0, 10, 2)).toMatchObject({ code: 'zero-base' });
  });

  it('needs the rate that closes the gap', () => {
    expect(requiredGrowth(100, 121, 2)).toBeCloseTo(10, 10);
    expect(requiredGrowth(100, 100, 2)).toBeCloseTo(0, 12);
  });

  it('a level growing at exactly r every year averages r', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: -20, max: 40, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (base, r, n) => {
          const end = base * (1 + r / 100) ** n;
          const g = compoundGrowth(base, end, n);
          expect(typeof g === 'number' && Math.abs(g - r) < 1e-7).toBe(true);
        },
      ),
    );
  });
});

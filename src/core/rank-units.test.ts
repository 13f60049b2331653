import { describe, expect, it } from 'vitest';
import { rankUnits } from './rank-units';

const v = (unitCode: string, value: number) => ({ unitCode, unitName: unitCode, value, period: '2023' });

describe('rankUnits', () => {
  it('ranks higher values first and shares ranks on ties (1-2-2-4)', () => {
    const r = rankUnits([v('381', 80), v('380', 120), v('382', 80), v('383', 40)], 'higher-is-better');
    expect(r.map((u) => [u.unitCode, u.rank])).toEqual([
      ['380', 1],
      ['381', 2],
      ['382', 2],
      ['383', 4],
    ]);
  });

  it('ranks lower values first when lower is better', () => {
    const r = rankUnits([v('381', 3), v('380', 1.5), v('382', 2)], 'lower-is-better');
    expect(r.map((u) => [u.unitCode, u.rank])).toEqual([
      ['380', 1],
      ['382', 2],
      ['381', 3],
    ]);
  });

  it('compares values as shown when given decimals', () => {
    const r = rankUnits([v('380', 12.346), v('381', 12.354), v('382', 12.3)], 'higher-is-better', 2);
    expect(r.map((u) => u.rank)).toEqual([1, 1, 3]);
    expect(rankUnits([], 'higher-is-better')).toEqual([]);
  });
});

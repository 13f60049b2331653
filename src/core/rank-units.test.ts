import { describe, expect, it } from 'vitest';
import { rankUnits } from './rank-units';

const v = (unitCode: string, value: number) => ({ unitCode, unitName: unitCode, value, period: '2023' });

describe('rankUnits', () => {
  it('ranks higher values first, shares ranks on ties, and takes multiples of the average', () => {
    const r = rankUnits([v('381', 80), v('380', 120), v('382', 80), v('383', 40)], 'higher-is-better');
    expect(r.units.map((u) => [u.unitCode, u.rank])).toEqual([
      ['380', 1],
      ['381', 2],
      ['382', 2],
      ['383', 4],
    ]);
    expect(r.average).toBe(80);
    expect(r.reference).toEqual({ label: 'average', value: 80 });
    expect(r.units[0]?.multiple).toBe(1.5);
  });

  it('ranks lower values first when lower is better, and uses the parent value when given', () => {
    const r = rankUnits([v('381', 3), v('380', 1.5)], 'lower-is-better', 2);
    expect(r.units.map((u) => u.unitCode)).toEqual(['380', '381']);
    expect(r.reference).toEqual({ label: 'parent', value: 2 });
    expect(r.units[1]?.multiple).toBe(1.5);
  });

  it('gives no multiple against a zero reference and an empty ranking for no values', () => {
    expect(
      rankUnits([v('1', 0), v('2', 0)], 'higher-is-better').units.every((u) => u.multiple === null),
    ).toBe(true);
    expect(rankUnits([], 'higher-is-better')).toEqual({ units: [], average: null, reference: null });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUpSeries } from './rollup-series';

const years = (entries: [number, number][]) => new Map(entries);

describe('rollUpSeries', () => {
  it('sums a merge and the share of a partial split, year by year', () => {
    const series = rollUpSeries(
      { method: 'sum' },
      [
        {
          unitCode: 'A',
          share: 1,
          values: years([
            [2022, 100],
            [2023, 120],
          ]),
        },
        {
          unitCode: 'B',
          share: 1,
          values: years([
            [2022, 50],
            [2023, 60],
          ]),
        },
        {
          unitCode: 'C',
          share: 0.4,
          values: years([
            [2022, 200],
            [2023, 250],
          ]),
        },
      ],
      [2022, 2023],
    );
    expect(series.map((s) => s.result.value)).toEqual([230, 280]);
    expect(series[0]?.result.partial).toBe(true);
  });

  it('has no value in a year a part lacks, nor without a split share', () => {
    const series = rollUpSeries(
      { method: 'sum' },
      [
        { unitCode: 'A', share: 1, values: years([[2023, 1]]) },
        {
          unitCode: 'B',
          share: 1,
          values: years([
            [2022, 1],
            [2023, 1],
          ]),
        },
      ],
      [2022, 2023],
    );
    expect(series.map((s) => s.result.gap)).toEqual(['missing-value', undefined]);
    const noShare = rollUpSeries(
      { method: 'sum' },
      [{ unitCode: 'C', share: null, values: years([[2023, 5]]) }],
      [2023],
    );
    expect(noShare[0]?.result.gap).toBe('missing-share');
  });

  it('recomputes the growth of merged units from their summed levels, not from their rates (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 1, max: 1e6, noNaN: true }),
            fc.double({ min: 1, max: 1e6, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (rows) => {
          const parts = rows.map(([a, b], i) => ({
            unitCode: `u${i}`,
            share: 1,
            values: years([
              [2022, a],
              [2023, b],
            ]),
          }));
          const [, y2023] = rollUpSeries({ method: 'growth-from-levels' }, parts, [2022, 2023]);
          const base = rows.reduce((s, [a]) => s + a, 0);
          const last = rows.reduce((s, [, b]) => s + b, 0);
          const expected = (last / base - 1) * 100;
          return Math.abs((y2023?.result.value ?? NaN) - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
        },
      ),
    );
  });

  it('never sums rates', () => {
    const [y] = rollUpSeries(
      { method: 'not-additive', cause: 'rate' },
      [{ unitCode: 'A', share: 1, values: years([[2023, 7]]) }],
      [2023],
    );
    expect(y?.result).toMatchObject({ value: null, gap: 'not-additive' });
  });
});

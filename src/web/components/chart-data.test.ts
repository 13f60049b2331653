import { describe, expect, it } from 'vitest';
import type { Observation, Target } from '../../core';
import { chartSeries } from './chart-data';

const growth: Target = {
  id: 'g',
  code: '1',
  name: 'Tốc độ tăng giá trị sản xuất',
  field: 'kinh-te',
  kind: 'average-growth',
  direction: 'higher-is-better',
  qualifier: 'none',
  unit: '%',
  precision: 2,
  goal: { type: 'number', value: 15 },
  baseYear: 2020,
  baseValue: 100,
  seriesBasis: 'level',
};
const obs = (targetId: string, period: string, value: number, revision = 1): Observation => ({
  targetId,
  period,
  value,
  status: 'estimate',
  revision,
});

describe('chartSeries', () => {
  it('turns levels of a growth target into annual growth rates against the goal rate', () => {
    const series = chartSeries(
      growth,
      [obs('g', '2021', 110), obs('g', '2022', 121), obs('g', '2022', 132, 2), obs('g', '2022-Q1', 999)],
      [2020, 2021, 2022, 2023],
    );
    expect(series.goals).toEqual([15]);
    expect(series.points.map((p) => p.year)).toEqual([2021, 2022]);
    expect(series.points[0]?.value).toBeCloseTo(10);
    expect(series.points[1]?.value).toBeCloseTo(20);
  });

  it('runs a cumulative total and shows both ends of a range', () => {
    const total: Target = {
      ...growth,
      id: 'c',
      kind: 'cumulative-total',
      goal: { type: 'number', value: 180000 },
      baseValue: undefined,
      baseYear: undefined,
    };
    expect(
      chartSeries(total, [obs('c', '2021', 30000), obs('c', '2022', 35000)], [2021, 2022]).points.map(
        (p) => p.value,
      ),
    ).toEqual([30000, 65000]);
    const range: Target = {
      ...growth,
      id: 'r',
      kind: 'range',
      goal: { type: 'range', min: 7.5, max: 8 },
      baseValue: undefined,
      baseYear: undefined,
    };
    expect(chartSeries(range, [obs('r', '2021', 7.9)], [2021]).goals).toEqual([7.5, 8]);
  });
});

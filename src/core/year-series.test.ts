import { describe, expect, it } from 'vitest';
import { makeTarget, obs } from './test-builders';
import { yearSeries } from './year-series';

describe('the yearly series a chart draws', () => {
  it('adds a total entered by quarter into its years and runs the sum, with the straight path expected', () => {
    const total = makeTarget({
      kind: 'cumulative-total',
      unit: 'tỷ đồng',
      precision: 0,
      baseYear: 2020,
      targetYear: 2025,
      goal: { type: 'number', value: 1000 },
    });
    const quarters = [2021, 2022].flatMap((y) => [1, 2, 3, 4].map((q) => obs(`${y}-Q${q}`, 50)));
    const series = yearSeries(total, quarters, [2020, 2021, 2022, 2023, 2024, 2025]);
    expect(series.points).toEqual([
      { year: 2021, value: 200 },
      { year: 2022, value: 400 },
    ]);
    expect(series.expected[0]).toEqual({ year: 2021, value: 200 });
    expect(series.expected[4]).toEqual({ year: 2025, value: 1000 });
  });

  it('draws a growth target entered as levels as the growth of each year, against the goal rate', () => {
    const growth = makeTarget({
      kind: 'average-growth',
      unit: '%',
      levelUnit: 'tỷ đồng',
      seriesBasis: 'level',
      baseYear: 2020,
      targetYear: 2025,
      baseValue: 100,
      goal: { type: 'number', value: 10 },
    });
    const series = yearSeries(growth, [obs('2021', 110), obs('2022', 121)], [2020, 2021, 2022]);
    expect(series.points.map((p) => Math.round(p.value * 1000) / 1000)).toEqual([10, 10]);
    expect(series.expected.every((p) => p.value === 10)).toBe(true);
  });

  it('uses the figure in force of a year: the official one beside a later estimate', () => {
    const level = makeTarget({ kind: 'ratio', unit: '%', precision: 1 });
    const series = yearSeries(
      level,
      [obs('2023', 1.5, 'official', { revision: 1 }), obs('2023', 2.5, 'estimate', { revision: 2 })],
      [2023],
    );
    expect(series.points).toEqual([{ year: 2023, value: 1.5 }]);
  });
});

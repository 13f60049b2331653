import { describe, expect, it } from 'vitest';
import { defaultAggregation, isMoneyUnit } from './aggregation';
import { resolveConfig } from './config';
import { evaluateTarget } from './evaluate-target';
import type { Observation, Plan, Target } from './model';
import { narrateTarget } from './narrate-target';
import { makeInputs, makeTarget, obs } from './test-builders';

const C = resolveConfig();
const years = { baseYear: 2020, targetYear: 2025 };

const revenue = makeTarget({
  name: 'Thu ngân sách nhà nước',
  unit: 'triệu đồng',
  precision: 0,
  qualifier: 'at-least',
  goal: { type: 'number', value: 11_000_000 },
  baseValue: 6_210_000,
});
const plans: Plan[] = [
  {
    targetId: 't1',
    period: '2022',
    kind: 'budget-estimate',
    source: 'tinh-giao',
    label: 'dự toán tỉnh giao',
    value: 2_499_031,
  },
];

function evaluate(t: Target, observations: Observation[], asOf: string, extra = {}) {
  return evaluateTarget(t, makeInputs({ observations, ...extra }), { asOf });
}

describe('defaultAggregation', () => {
  it('makes totals, additions, growth levels and money levels flows; shares and counts stocks', () => {
    expect(defaultAggregation(makeTarget({ kind: 'cumulative-total' }))).toBe('flow');
    expect(defaultAggregation(makeTarget({ kind: 'count', accumulation: 'additions', unit: 'người' }))).toBe(
      'flow',
    );
    expect(defaultAggregation(makeTarget({ kind: 'count', unit: 'xã' }))).toBe('stock');
    expect(defaultAggregation(makeTarget({ kind: 'average-growth', unit: '%', seriesBasis: 'level' }))).toBe(
      'flow',
    );
    expect(
      defaultAggregation(makeTarget({ kind: 'average-growth', unit: '%', seriesBasis: 'growth-rate' })),
    ).toBe('stock');
    expect(defaultAggregation(makeTarget({ kind: 'end-level', unit: 'triệu USD' }))).toBe('flow');
    expect(defaultAggregation(makeTarget({ kind: 'end-level', unit: 'người' }))).toBe('stock');
    expect(defaultAggregation(makeTarget({ kind: 'ratio', unit: '%' }))).toBe('stock');
    expect(defaultAggregation(makeTarget({ kind: 'end-level', unit: 'tỷ đồng', aggregation: 'stock' }))).toBe(
      'stock',
    );
    expect(defaultAggregation(makeTarget({ kind: 'end-level', unit: 'ha', aggregation: 'flow' }))).toBe(
      'flow',
    );
  });

  it('recognises money units', () => {
    expect(['tỷ đồng', 'triệu đồng', 'đồng', 'nghìn tỷ đồng', 'triệu USD', 'USD'].every(isMoneyUnit)).toBe(
      true,
    );
    expect(['ha', '%', 'người', 'đồng hồ đo'].some(isMoneyUnit)).toBe(false);
  });
});

describe('a flow as of a quarter', () => {
  const quarter = [obs('2021-Q1', 476_573), obs('2022-Q1', 799_690, 'estimate')];

  it('is not judged against a whole-year goal while no whole year exists: not assessable', () => {
    const e = evaluate(revenue, quarter, '2022-Q1', { plans });
    expect(e.aggregation).toBe('flow');
    expect(e.latest).toMatchObject({ period: '2022-Q1', value: 799_690 });
    expect(e.achievement).toBeUndefined();
    expect(e.suggestions.band).toBe('not-assessable');
    expect(e.suggestions.verdict).toBe('not-assessable');
    expect(e.gaps).toContainEqual({ code: 'no-data', what: 'số liệu cả năm (chỉ tiêu cộng theo kỳ)' });
    // The quarter still feeds the year's plan and the same period of last year.
    expect(e.plans[0]?.ratio).toBeCloseTo(0.32, 3);
    expect(e.yearOnYear?.change).toBeCloseTo(0.678, 3);
  });

  it('is judged on the latest whole year when there is one, and says so', () => {
    const e = evaluate(revenue, [...quarter, obs('2021', 7_352_000)], '2022-Q1', { plans });
    expect(e.latest?.period).toBe('2022-Q1');
    expect(e.achievement).toMatchObject({ actual: 7_352_000, basis: { period: '2021', value: 7_352_000 } });
    expect(e.achievement?.percent).toBe(66.84);
    expect(e.suggestions.band).toBe('above-50');
    expect(e.suggestions.verdict).not.toBe('not-assessable');
    // The sentence states the quarter with the ratios of the quarter only.
    const text = narrateTarget(e, years, C).join(' ');
    expect(text).toBe(
      'Thu ngân sách nhà nước ước đạt 799.690 triệu đồng, đạt 32% dự toán tỉnh giao và tăng 67,8% so với cùng kỳ.',
    );
  });

  it('adds up the quarters of a year that has ended without a figure of its own', () => {
    const quarters = [
      obs('2022-Q1', 2_000_000),
      obs('2022-Q2', 2_500_000, 'preliminary'),
      obs('2022-Q3', 2_400_000),
      obs('2022-Q4', 3_100_000, 'estimate'),
    ];
    const e = evaluate(revenue, [obs('2021', 7_352_000), ...quarters], '2022');
    expect(e.latest?.period).toBe('2022-Q4');
    expect(e.achievement).toMatchObject({
      actual: 10_000_000,
      basis: { period: '2022', value: 10_000_000, status: 'estimate' },
    });
    expect(e.achievement?.percent).toBe(90.91);
    // Halves add up too; three quarters do not make a year.
    const halves = [obs('2022-H1', 4_000_000), obs('2022-H2', 5_000_000)];
    expect(evaluate(revenue, halves, '2022').achievement?.actual).toBe(9_000_000);
    expect(evaluate(revenue, quarters.slice(0, 3), '2022').achievement).toBeUndefined();
    // A stock's quarters never add up.
    const stock = evaluate({ ...revenue, aggregation: 'stock' }, quarters, '2022');
    expect(stock.achievement?.actual).toBe(3_100_000);
  });

  it('the same money target declared a stock is judged on its quarter (the old reading)', () => {
    const e = evaluate({ ...revenue, aggregation: 'stock' }, quarter, '2022-Q1');
    expect(e.aggregation).toBe('stock');
    expect(e.achievement?.actual).toBe(799_690);
  });

  it('a stock (a share) is judged on its latest figure of any period', () => {
    const share = makeTarget({ kind: 'ratio', unit: '%', precision: 1, goal: { type: 'number', value: 65 } });
    const e = evaluate(share, [obs('2021', 55), obs('2022-H1', 60)], '2022-H1');
    expect(e.achievement).toMatchObject({ actual: 60, basis: { period: '2022-H1' } });
  });

  it('a year-to-date flow against the year plan, with the sum of a total beside the term plan', () => {
    const land = makeTarget({
      name: 'Diện tích giải phóng mặt bằng 2021-2025',
      kind: 'cumulative-total',
      unit: 'ha',
      precision: 2,
      qualifier: 'at-least',
      goal: { type: 'number', value: 450 },
    });
    const landPlan: Plan = { ...plans[0]!, source: 'tinh-giao', label: 'kế hoạch tỉnh giao', value: 94.03 };
    const e = evaluate(land, [obs('2021', 88.6), obs('2022-Q1', 43.44, 'estimate')], '2022-Q1', {
      plans: [landPlan],
    });
    expect(e.achievement).toMatchObject({ actual: 132.04, measure: 'sum-so-far' });
    const text = narrateTarget(e, years, C).join(' ');
    // 46,2% is 43,44 / 94,03: it stands beside 43,44, never beside the running total.
    expect(text).toContain('quý I/2022 ước đạt 43,44 ha, đạt 46,2% kế hoạch tỉnh giao;');
    expect(text).toContain('lũy kế từ đầu nhiệm kỳ ước đạt 132,04 ha, bằng 29,34% kế hoạch cả nhiệm kỳ');
    expect(text).not.toMatch(/132,04 ha, đạt 46,2%/);
  });

  it('a total with an annual plan as of a whole year pairs the year with its plan', () => {
    const invest = makeTarget({
      name: 'Tổng vốn đầu tư',
      kind: 'cumulative-total',
      unit: 'tỷ đồng',
      precision: 0,
      goal: { type: 'number', value: 1000 },
    });
    const plan: Plan = { ...plans[0]!, period: '2022', label: 'kế hoạch năm', value: 250 };
    const e = evaluate(invest, [obs('2021', 200), obs('2022', 300)], '2022', { plans: [plan] });
    const text = narrateTarget(e, years, C).join(' ');
    expect(text).toContain('năm 2022 đạt 300 tỷ đồng, đạt 120% kế hoạch năm và tăng 50% so với năm trước');
    expect(text).toContain('lũy kế từ đầu nhiệm kỳ đạt 500 tỷ đồng, bằng 50% kế hoạch cả nhiệm kỳ');
  });
});

describe('a total beside a benchmark', () => {
  it('compares the year amount with the benchmark, and the sum with the term plan', () => {
    const invest = makeTarget({
      name: 'Tổng vốn đầu tư',
      kind: 'cumulative-total',
      unit: 'tỷ đồng',
      precision: 0,
      goal: { type: 'number', value: 1000 },
    });
    const benchmarks = [{ targetId: 't1', period: '2022', label: 'bình quân chung của tỉnh', value: 150 }];
    const e = evaluate(invest, [obs('2021', 200), obs('2022', 300)], '2022', { benchmarks });
    const text = narrateTarget(e, years, C).join(' ');
    expect(text).toContain('năm 2022 đạt 300 tỷ đồng, gấp 2,00 lần bình quân chung của tỉnh');
    expect(text).toContain('lũy kế từ đầu nhiệm kỳ đạt 500 tỷ đồng, bằng 50% kế hoạch cả nhiệm kỳ');
  });
});

describe('year on year', () => {
  it("reports 'no-previous-period' for a quarter without the same quarter of last year", () => {
    const e = evaluate(revenue, [obs('2022-Q1', 799_690)], '2022-Q1');
    expect(e.yearOnYear).toBeUndefined();
    expect(e.gaps).toContainEqual({ code: 'no-previous-period', what: 'số liệu kỳ 2021-Q1' });
  });

  it('does not ask for last year in a review over whole years', () => {
    const e = evaluate(revenue, [obs('2023', 9_000_000)], '2023');
    expect(e.gaps.some((g) => g.code === 'no-previous-period')).toBe(false);
  });

  it('can state the index form "bằng 116,1% so với cùng kỳ"', () => {
    const e = evaluate(revenue, [obs('2021-Q1', 1000), obs('2022-Q1', 1161)], '2022-Q1');
    const config = resolveConfig({ yearOnYearStyle: 'index', percentDecimals: 1 });
    expect(narrateTarget(e, years, config).join(' ')).toContain('bằng 116,1% so với cùng kỳ');
    expect(narrateTarget(e, years, C).join(' ')).toContain('tăng 16,1% so với cùng kỳ');
  });
});

describe('growth targets in a periodic report', () => {
  const growth = (partial: Partial<Target>) =>
    makeTarget({
      kind: 'average-growth',
      unit: '%',
      precision: 1,
      qualifier: 'at-least',
      goal: { type: 'number', value: 13 },
      seriesBasis: 'level',
      baseValue: 84_380,
      ...partial,
    });
  const figures = [obs('2021', 92_811.9), obs('2021-Q1', 20_315.71), obs('2022-Q1', 23_281.71, 'estimate')];

  it("a rate-named target states the quarter's growth, not the annual average", () => {
    const e = evaluate(
      growth({ name: 'Tốc độ tăng giá trị sản xuất bình quân', levelUnit: 'tỷ đồng' }),
      figures,
      '2022-Q1',
    );
    const text = narrateTarget(e, years, C).join(' ');
    expect(text).toBe('Tốc độ tăng giá trị sản xuất quý I/2022 ước đạt 14,6% (23.281,7 tỷ đồng).');
    // The band still rests on the whole years (2021), not on the quarter.
    expect(e.achievement?.basis?.period).toBe('2021');
  });

  it("without last year's quarter a rate-named target states the level under the level's name", () => {
    const e = evaluate(
      growth({ name: 'Tốc độ tăng giá trị sản xuất bình quân', levelUnit: 'tỷ đồng' }),
      [obs('2021', 92_811.9), obs('2022-Q1', 23_281.71, 'estimate')],
      '2022-Q1',
    );
    expect(narrateTarget(e, years, C).join(' ')).toBe(
      'Giá trị sản xuất quý I/2022 ước đạt 23.281,7 tỷ đồng.',
    );
    expect(e.gaps).toContainEqual({ code: 'no-previous-period', what: 'số liệu kỳ 2021-Q1' });
  });

  it('a level-named target states the level in its level unit and the change', () => {
    const e = evaluate(
      growth({ name: 'Giá trị sản xuất ngành công nghiệp - xây dựng', levelUnit: 'tỷ đồng' }),
      [obs('2021', 59_346), obs('2021-Q1', 13_000), obs('2022-Q1', 14_521, 'estimate')],
      '2022-Q1',
    );
    expect(narrateTarget(e, years, C).join(' ')).toBe(
      'Giá trị sản xuất ngành công nghiệp - xây dựng quý I/2022 ước đạt 14.521 tỷ đồng, tăng 11,7% so với cùng kỳ.',
    );
  });

  it('without a level unit it states the change only', () => {
    const e = evaluate(growth({ name: 'Giá trị sản xuất nông nghiệp' }), figures, '2022-Q1');
    expect(narrateTarget(e, years, C).join(' ')).toBe(
      'Giá trị sản xuất nông nghiệp quý I/2022 ước tăng 14,6% so với cùng kỳ.',
    );
  });

  it('a growth target entered as rates states the quarter rate as given', () => {
    const e = evaluate(
      growth({ name: 'Tốc độ tăng GRDP bình quân hằng năm', seriesBasis: 'growth-rate' }),
      [obs('2021', 9.5), obs('2022-Q1', 7.25, 'preliminary')],
      '2022-Q1',
    );
    expect(narrateTarget(e, years, C).join(' ')).toBe('Tốc độ tăng GRDP quý I/2022 đạt 7,3% so với cùng kỳ.');
  });

  it('the annual average takes the word of the year it rests on ("ước" only for an estimate)', () => {
    // No same quarter of last year and no level unit: the average over whole years is stated.
    const e = evaluate(
      growth({ name: 'Tốc độ tăng giá trị sản xuất bình quân' }),
      [obs('2021', 92_811.9), obs('2022-Q1', 23_281.71, 'estimate')],
      '2022-Q1',
    );
    const text = narrateTarget(e, years, C).join(' ');
    expect(text).toMatch(/^Tốc độ tăng giá trị sản xuất bình quân năm 2021 đạt 10,0%/);
    const estimated = evaluate(
      growth({ name: 'Tốc độ tăng giá trị sản xuất bình quân' }),
      [obs('2021', 92_811.9, 'estimate')],
      '2021',
    );
    expect(narrateTarget(estimated, years, C).join(' ')).toContain('năm 2021 ước đạt 10,0%');
  });

  it('as of a whole year the annual average is stated, with the growth still needed', () => {
    const e = evaluate(
      growth({ name: 'Tốc độ tăng giá trị sản xuất bình quân', levelUnit: 'tỷ đồng' }),
      figures,
      '2021',
    );
    const text = narrateTarget(e, years, C).join(' ');
    expect(text).toContain('năm 2021 đạt 10,0%, bằng 76,87% mục tiêu Đại hội');
    expect(text).toContain('Để đạt mục tiêu Đại hội');
  });
});

describe('shares in % are bounded at 100 and 0', () => {
  const share = makeTarget({
    name: 'Tỷ lệ dân số đô thị được sử dụng nước sạch',
    kind: 'ratio',
    unit: '%',
    precision: 2,
    qualifier: 'none',
    goal: { type: 'number', value: 100 },
    baseValue: 98.5,
  });

  it('a linear forecast beyond 100% is held at 100%, and a goal of 100% is met, not exceeded', () => {
    const e = evaluate(share, [obs('2021', 99.2), obs('2022', 99.5), obs('2023', 99.9)], '2023', {});
    const linear = e.forecasts?.find((f) => f.method === 'linear');
    expect(linear?.value).toBe(100);
    expect(linear?.path.every((p) => p.value <= 100)).toBe(true);
    expect(e.suggestions.verdict).toBe('meet');
    const unbounded = evaluate(
      { ...share, unit: 'nghìn người', goal: { type: 'number', value: 100 } },
      [obs('2023', 99.9)],
      '2023',
    );
    expect(unbounded.forecasts?.find((f) => f.method === 'linear')?.value).toBeGreaterThan(100);
  });

  it('a falling share is held at 0%', () => {
    const poverty = makeTarget({
      kind: 'ratio',
      unit: '%',
      precision: 2,
      direction: 'lower-is-better',
      qualifier: 'at-most',
      goal: { type: 'number', value: 0.5 },
      baseValue: 4,
    });
    const e = evaluate(poverty, [obs('2023', 1.2)], '2023');
    const linear = e.forecasts?.find((f) => f.method === 'linear');
    expect(linear?.value).toBe(0);
    expect(e.suggestions.verdict).toBe('meet');
  });

  it('a growth rate in % is not a share: it may go beyond 100%', () => {
    const growthRate = makeTarget({
      kind: 'average-growth',
      unit: '%',
      seriesBasis: 'growth-rate',
      goal: { type: 'number', value: 100 },
    });
    expect(evaluate(growthRate, [obs('2021', 150)], '2021').suggestions.verdict).toBe('exceed');
  });
});

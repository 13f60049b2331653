import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateTarget, goalInForce } from './evaluate-target';
import type { Observation, Target } from './model';
import { makeInputs, makeTarget, obs } from './test-builders';

const run = (
  target: Target,
  observations: Observation[],
  asOf = '2023',
  extra: Parameters<typeof makeInputs>[0] = {},
) => evaluateTarget(target, makeInputs({ observations, ...extra }), { asOf });

describe('average growth', () => {
  const levels = makeTarget({
    kind: 'average-growth',
    unit: '%',
    goal: { type: 'number', value: 10 },
    baseValue: 100,
  });

  it('from levels with a base value', () => {
    const e = run(levels, [obs('2021', 110), obs('2022', 121)], '2022');
    expect(e.averageGrowth).toBeCloseTo(10, 9);
    expect(e.achievement).toMatchObject({ met: true, measure: 'average-growth', percent: 100 });
    expect(e.requirement?.remainingYears).toBe(3);
    expect(e.requirement?.growthPerYear).toBeCloseTo(10, 9);
    expect(e.suggestions.sdg).toMatchObject({ code: 'method-unsuited' });
  });

  it('from annual growth rates', () => {
    const rates = makeTarget({
      kind: 'average-growth',
      unit: '%',
      seriesBasis: 'growth-rate',
      goal: { type: 'number', value: 15 },
    });
    const e = run(rates, [obs('2021', 8), obs('2022', 12), obs('2023', 12.2)]);
    expect(e.averageGrowth).toBeCloseTo(((1.08 * 1.12 * 1.122) ** (1 / 3) - 1) * 100, 9);
    expect(e.yearOnYear).toBeUndefined();
    expect(e.forecast?.method).toBe('trend');
    expect(e.suggestions.verdict).toBe('very-high-effort');
  });

  it('takes the base from the base-year figure, or reports no base', () => {
    const noBase = makeTarget({ kind: 'average-growth', unit: '%', goal: { type: 'number', value: 10 } });
    expect(run(noBase, [obs('2020', 100), obs('2021', 110)]).averageGrowth).toBeCloseTo(10, 9);
    const e = run(noBase, [obs('2021', 110)]);
    expect(e.gaps).toContainEqual(expect.objectContaining({ code: 'no-base' }));
    expect(e.suggestions.band).toBe('not-assessable');
    expect(e.suggestions.verdict).toBe('not-assessable');
    expect(e.suggestions.light).toBe('grey');
  });

  it('reports zero and negative bases as gaps', () => {
    expect(run({ ...levels, baseValue: 0 }, [obs('2021', 1)]).gaps).toContainEqual(
      expect.objectContaining({ code: 'zero-base' }),
    );
    expect(run({ ...levels, baseValue: -5 }, [obs('2021', 1)]).gaps).toContainEqual(
      expect.objectContaining({ code: 'negative-base' }),
    );
  });

  it('a value growing by exactly the target rate every year meets the target (ratio 1)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        (rate, base, years) => {
          const t = makeTarget({
            kind: 'average-growth',
            unit: '%',
            goal: { type: 'number', value: rate },
            baseValue: base,
            precision: 2,
          });
          const series = Array.from({ length: years }, (_, i) =>
            obs(String(2021 + i), base * (1 + rate / 100) ** (i + 1)),
          );
          const e = run(t, series, String(2020 + years));
          expect(e.achievement?.met).toBe(true);
          expect(e.achievement?.ratio).toBeCloseTo(1, 9);
          expect(['meet', 'exceed']).toContain(e.suggestions.verdict);
          expect(e.suggestions.band).toBe('above-80');
        },
      ),
    );
  });
});

describe('end level', () => {
  const income = makeTarget({ unit: 'triệu đồng', goal: { type: 'number', value: 100 }, baseValue: 60 });

  it('latest / goal, compound trend forecast, growth and amount still needed', () => {
    const e = run(income, [obs('2021', 66), obs('2022', 72), obs('2023', 84.67, 'estimate')]);
    expect(e.achievement).toMatchObject({
      actual: 84.67,
      ratio: 0.8467,
      percent: 84.67,
      met: false,
      measure: 'latest',
    });
    expect(e.averageGrowth).toBeCloseTo(((84.67 / 60) ** (1 / 3) - 1) * 100, 9);
    expect(e.requirement?.remainingYears).toBe(2);
    expect(e.requirement?.amountPerYear).toBeCloseTo((100 - 84.67) / 2, 9);
    expect(e.requirement?.growthPerYear).toBeCloseTo((Math.sqrt(100 / 84.67) - 1) * 100, 9);
    expect(e.forecast?.method).toBe('trend');
    expect(e.forecast?.value).toBeCloseTo(84.67 * (84.67 / 60) ** (2 / 3), 6);
    expect(e.forecast?.path.map((p) => p.period)).toEqual(['2024', '2025']);
    expect(e.forecasts?.map((x) => x.method)).toEqual(['trend', 'linear', 'latest']);
    expect(e.yearOnYear).toMatchObject({ previousPeriod: '2022', absoluteChange: expect.closeTo(12.67, 9) });
    expect(e.suggestions.sdg).toMatchObject({ category: expect.any(String) });
  });

  it('linear forecast when configured', () => {
    const e = evaluateTarget(income, makeInputs({ observations: [obs('2023', 84)] }), {
      asOf: '2023',
      config: { forecastMethod: 'linear' },
    });
    expect(e.forecast).toMatchObject({ method: 'linear', value: expect.closeTo(84 + 8 * 2, 9) });
  });

  it('a user scenario wins and is named', () => {
    const e = run(income, [obs('2023', 84)], '2023', { scenarios: [{ targetId: 't1', growthRate: 10 }] });
    expect(e.forecast).toMatchObject({ method: 'scenario', value: expect.closeTo(84 * 1.21, 9), met: true });
    expect(e.suggestions.verdict).toBe('exceed');
    const v = run(income, [obs('2023', 84)], '2023', {
      scenarios: [
        {
          targetId: 't1',
          values: [
            { period: '2024', value: 90 },
            { period: '2025', value: 99 },
          ],
        },
      ],
    });
    expect(v.forecast).toMatchObject({ method: 'scenario', value: 99, met: false });
  });

  it('without data: a gap and not assessable', () => {
    const e = run(income, []);
    expect(e.gaps).toContainEqual(expect.objectContaining({ code: 'no-data' }));
    expect(e.final).toMatchObject({ band: 'not-assessable', verdict: 'not-assessable', light: 'grey' });
  });

  it('at the end of the term the forecast is the latest value', () => {
    const e = run(income, [obs('2025', 101)], '2025');
    expect(e.forecast?.method).toBe('latest');
    expect(e.suggestions.verdict).toBe('exceed');
  });

  it('keeps adjustments in date order and applies the last one decided by the as-of', () => {
    const n = (value: number) => ({ type: 'number' as const, value });
    const adjustments = [
      { targetId: 't1', oldGoal: n(90), newGoal: n(80), decision: 'B', date: '2024-03-01' },
      { targetId: 't1', oldGoal: n(100), newGoal: n(90), decision: 'A', date: '2023-05-16' },
      { targetId: 'other', oldGoal: n(1), newGoal: n(2), decision: 'C', date: '2021-01-01' },
    ];
    expect(goalInForce(income, adjustments, '2023').target.goal).toEqual(n(90));
    expect(goalInForce(income, adjustments, '2024-Q1').applied.map((a) => a.decision)).toEqual(['A', 'B']);
    expect(goalInForce(income, adjustments, '2023-Q1').applied).toEqual([]);
  });

  it('applies a recorded adjustment decided by the as-of', () => {
    const inputs = {
      adjustments: [
        {
          targetId: 't1',
          oldGoal: { type: 'number' as const, value: 100 },
          newGoal: { type: 'number' as const, value: 90 },
          decision: 'NQ 15-NQ/TU',
          date: '2023-05-16',
        },
      ],
    };
    expect(run(income, [obs('2023', 85)], '2023', inputs).achievement?.goal).toBe(90);
    expect(run(income, [obs('2022', 85)], '2022', inputs).achievement?.goal).toBe(100);
  });
});

describe('ratios', () => {
  it('higher is better: relative and in percentage points', () => {
    const t = makeTarget({
      kind: 'ratio',
      unit: '%',
      qualifier: 'at-least',
      goal: { type: 'number', value: 65 },
      precision: 1,
    });
    const e = run(t, [obs('2023', 60)]);
    expect(e.achievement?.pointsDifference).toBeCloseTo(-5, 9);
    expect(e.achievement?.ratio).toBeCloseTo(60 / 65, 12);
    expect(e.suggestions.sdg).toMatchObject({ code: 'method-unsuited' });
  });

  it('lower is better: 3,1 against "dưới 4" is met, not exceeded', () => {
    const t = makeTarget({
      kind: 'ratio',
      unit: '%',
      direction: 'lower-is-better',
      qualifier: 'less-than',
      goal: { type: 'number', value: 4 },
      precision: 1,
    });
    const e = run(t, [obs('2023', 3.1)]);
    expect(e.achievement?.met).toBe(true);
    expect(e.suggestions.verdict).toBe('meet');
    expect(e.suggestions.band).toBe('above-80');
    const bad = run(t, [obs('2023', 4.2)]);
    expect(bad.achievement?.met).toBe(false);
  });
});

describe('totals and counts', () => {
  const total = makeTarget({ kind: 'cumulative-total', goal: { type: 'number', value: 100 }, precision: 0 });

  it('sum so far / goal, amount needed per remaining year', () => {
    const e = run(total, [obs('2021', 20), obs('2022', 20), obs('2023-H1', 10)], '2023-H1');
    expect(e.achievement).toMatchObject({ actual: 50, ratio: 0.5, measure: 'sum-so-far' });
    expect(e.requirement).toEqual({ remainingYears: 3, amountPerYear: 50 / 3 });
    expect(e.forecast).toMatchObject({ method: 'trend', value: 100 });
    expect(e.forecasts?.find((f) => f.method === 'linear')?.value).toBe(100);
  });

  it('met early when the total is already reached', () => {
    const e = run(total, [obs('2021', 60), obs('2022', 50)], '2022');
    expect(e.metEarly).toBe(true);
    expect(e.forecast?.method).toBe('reached');
    expect(e.suggestions.verdict).toBe('met-early');
  });

  it('trend forecast from the compound growth of yearly amounts', () => {
    const e = run(total, [obs('2021', 10), obs('2022', 20)], '2022');
    expect(e.forecast?.method).toBe('trend');
    expect(e.forecast?.value).toBeCloseTo(30 + 40 + 80 + 160, 9);
  });

  it('count of additions sums; count as a level takes the latest', () => {
    const adds = makeTarget({
      kind: 'count',
      accumulation: 'additions',
      unit: 'đảng viên',
      goal: { type: 'number', value: 1200 },
      precision: 0,
    });
    expect(
      run(adds, [obs('2021', 200), obs('2022', 240), obs('2023-H1', 200)], '2023-H1').achievement?.actual,
    ).toBe(640);
    const level = makeTarget({
      kind: 'count',
      accumulation: 'level',
      unit: 'xã',
      goal: { type: 'number', value: 8 },
      precision: 0,
    });
    expect(run(level, [obs('2021', 3), obs('2022', 5)]).achievement).toMatchObject({
      actual: 5,
      ratio: 5 / 8,
    });
  });
});

describe('annual thresholds', () => {
  it('checks every year of the term so far', () => {
    const t = makeTarget({
      kind: 'annual-threshold',
      unit: '%',
      qualifier: 'at-least',
      goal: { type: 'number', value: 90 },
      precision: 1,
    });
    const e = run(t, [obs('2021', 92), obs('2022', 89), obs('2023', 93)]);
    expect(e.annualChecks?.map((c) => c.met)).toEqual([true, false, true]);
    expect(e.achievement?.met).toBe(false);
    expect(e.suggestions.verdict).toBe('very-high-effort');
    const ok = run(t, [obs('2021', 92), obs('2022', 90)], '2022');
    expect(ok.achievement?.met).toBe(true);
  });
});

describe('ranges, milestones, grades, structures', () => {
  it('range: inside, above, below', () => {
    const t = makeTarget({
      kind: 'range',
      unit: '%',
      goal: { type: 'range', min: 7.5, max: 8 },
      precision: 1,
    });
    expect(run(t, [obs('2023', 7.8)]).range?.position).toBe('inside');
    expect(run(t, [obs('2023', 7.8)]).suggestions.verdict).toBe('meet');
    expect(run(t, [obs('2023', 8.5)]).range?.position).toBe('above');
    expect(run(t, [obs('2023', 8.5)]).suggestions.verdict).toBe('exceed');
    const below = run(t, [obs('2023', 6)]);
    expect(below.range?.position).toBe('below');
    expect(below.achievement?.ratio).toBeCloseTo(0.8, 12);
    expect(below.suggestions.verdict).toBe('very-high-effort');
  });

  it('milestone: done early, or not yet', () => {
    const t = makeTarget({ kind: 'milestone', unit: '', goal: { type: 'milestone' } });
    expect(run(t, [obs('2023', true)]).suggestions.verdict).toBe('met-early');
    expect(run(t, [obs('2023', false)]).suggestions.verdict).toBe('very-high-effort');
    expect(run(t, [obs('2025', true)], '2025').suggestions.verdict).toBe('meet');
    expect(run(t, []).suggestions.verdict).toBe('not-assessable');
  });

  it('grade: reached at or above the required grade', () => {
    const t = makeTarget({
      kind: 'grade',
      unit: '',
      goal: {
        type: 'grade',
        scale: ['không hoàn thành', 'hoàn thành', 'hoàn thành tốt', 'hoàn thành xuất sắc'],
        required: 'hoàn thành tốt',
      },
    });
    expect(run(t, [obs('2023', 'hoàn thành xuất sắc')]).achievement?.met).toBe(true);
    expect(run(t, [obs('2023', 'hoàn thành')]).achievement?.met).toBe(false);
    expect(run(t, [obs('2023', 'khác')]).gaps).toContainEqual(expect.objectContaining({ code: 'no-data' }));
  });

  it('structure: each share against its goal', () => {
    const t = makeTarget({
      kind: 'structure',
      unit: '%',
      precision: 1,
      goal: {
        type: 'structure',
        shares: [
          { name: 'Công nghiệp - xây dựng', value: 75 },
          { name: 'Dịch vụ', value: 20 },
          { name: 'Nông nghiệp', value: 5 },
        ],
      },
    });
    const e = run(t, [obs('2023', [70, 25, 5])]);
    expect(e.structure?.map((s) => s.difference)).toEqual([-5, 5, 0]);
    expect(e.achievement).toMatchObject({ ratio: 0.95, met: false });
    expect(run(t, [obs('2023', [74.5, 20.5, 5])]).achievement?.met).toBe(true);
    expect(run(t, [obs('2023', [70, 30])]).gaps).toContainEqual(expect.objectContaining({ code: 'no-data' }));
  });
});

describe('plans, last year and benchmarks', () => {
  const t = makeTarget({ unit: 'triệu đồng', precision: 0, goal: { type: 'number', value: 3000000 } });
  it('compares with each plan separately, with last year and with benchmarks', () => {
    const e = run(t, [obs('2021-Q1', 400), obs('2022-Q1', 600)], '2022-Q1', {
      plans: [
        {
          targetId: 't1',
          period: '2022',
          kind: 'budget-estimate',
          source: 'a',
          label: 'dự toán tỉnh giao',
          value: 2000,
        },
        {
          targetId: 't1',
          period: '2022',
          kind: 'budget-estimate',
          source: 'b',
          label: 'dự toán thành phố giao',
          value: 2400,
        },
        {
          targetId: 't1',
          period: '2021',
          kind: 'budget-estimate',
          source: 'a',
          label: 'dự toán tỉnh giao',
          value: 1,
        },
      ],
      benchmarks: [
        {
          targetId: 't1',
          period: '2022-Q1',
          label: 'bình quân chung của tỉnh',
          value: 300,
          rank: { position: 4, of: 27, scope: 'toàn tỉnh' },
        },
      ],
    });
    expect(e.plans.map((p) => p.ratio)).toEqual([0.3, 0.25]);
    expect(e.yearOnYear).toEqual({
      previousPeriod: '2021-Q1',
      previous: 400,
      current: 600,
      index: 1.5,
      change: 0.5,
      absoluteChange: 200,
    });
    expect(e.benchmarks[0]).toMatchObject({ multiple: 2, rank: { position: 4 } });
  });

  it('zero plans, zero last year and missing plans are gaps, not exceptions', () => {
    const e = run(t, [obs('2021-Q1', 0), obs('2022-Q1', 600)], '2022-Q1', {
      plans: [
        {
          targetId: 't1',
          period: '2022',
          kind: 'budget-estimate',
          source: 'a',
          label: 'dự toán tỉnh giao',
          value: 0,
        },
      ],
    });
    expect(e.gaps).toContainEqual({ code: 'zero-base', what: 'dự toán tỉnh giao' });
    expect(e.yearOnYear).toBeUndefined();
    const none = run(t, [obs('2023', 600)], '2023', {
      plans: [
        { targetId: 't1', period: '2022', kind: 'annual-plan', source: 'a', label: 'kế hoạch', value: 5 },
      ],
    });
    expect(none.gaps).toContainEqual(expect.objectContaining({ code: 'no-plan' }));
  });

  it('keeps the superseded figures for the record', () => {
    const e = run(t, [obs('2023', 80, 'estimate'), obs('2023', 82, 'official', { revision: 2 })]);
    expect(e.latest).toEqual({ period: '2023', value: 82, status: 'official', revision: 2 });
    expect(e.history?.map((o) => o.value)).toEqual([82, 80]);
  });
});

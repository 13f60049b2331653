import { describe, expect, it } from 'vitest';
import { evaluateTarget, type Target } from '../core';
import { actualCell, goalCell, unitCell } from './present-evaluation';

const base: Target = {
  id: 't',
  code: '1',
  name: 'Tỷ lệ hộ nghèo',
  field: 'van-hoa-xa-hoi',
  kind: 'ratio',
  direction: 'lower-is-better',
  qualifier: 'less-than',
  unit: '%',
  precision: 1,
  goal: { type: 'number', value: 1.5 },
};

describe('goalCell', () => {
  it('writes each kind of goal the way a table cell reads', () => {
    expect(goalCell(base)).toBe('< 1,5');
    expect(goalCell({ ...base, qualifier: 'at-least', goal: { type: 'number', value: 180000 } })).toBe(
      '≥ 180.000',
    );
    expect(goalCell({ ...base, kind: 'range', goal: { type: 'range', min: 7.5, max: 8 } })).toBe('7,5-8');
    expect(goalCell({ ...base, kind: 'milestone', goal: { type: 'milestone' } })).toBe('Hoàn thành');
    expect(
      goalCell({
        ...base,
        kind: 'structure',
        goal: {
          type: 'structure',
          shares: [
            { name: 'a', value: 75 },
            { name: 'b', value: 20 },
            { name: 'c', value: 5 },
          ],
        },
      }),
    ).toBe('75/20/5');
  });
});

describe('unitCell and actualCell', () => {
  const growth: Target = {
    ...base,
    kind: 'average-growth',
    direction: 'higher-is-better',
    qualifier: 'at-least',
    goal: { type: 'number', value: 13 },
    seriesBasis: 'level',
  };

  it('shows the unit of the levels of a growth target beside the rate', () => {
    expect(unitCell({ ...growth, levelUnit: 'tỷ đồng' })).toBe('% (tỷ đồng)');
    expect(unitCell(growth)).toBe('%');
    expect(unitCell({ ...growth, seriesBasis: 'growth-rate', levelUnit: 'tỷ đồng' })).toBe('%');
  });

  it('names the whole year a flow is judged on when the row shows a quarter', () => {
    const revenue: Target = {
      ...base,
      kind: 'end-level',
      direction: 'higher-is-better',
      qualifier: 'at-least',
      unit: 'tỷ đồng',
      precision: 0,
      goal: { type: 'number', value: 10000 },
    };
    const figure = (period: string, value: number) => ({
      targetId: 't',
      period,
      value,
      status: 'official' as const,
      revision: 1,
    });
    const inputs = {
      term: '2020-2025',
      observations: [figure('2021', 7000), figure('2022-Q1', 2000)],
      plans: [],
      benchmarks: [],
      adjustments: [],
      scenarios: [],
      overrides: [],
    };
    expect(actualCell(evaluateTarget(revenue, inputs, { asOf: '2022-Q1' }))).toBe('7.000 (2021)');
    expect(actualCell(evaluateTarget(revenue, inputs, { asOf: '2021' }))).toBe('7.000');
  });
});

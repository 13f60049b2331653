import { describe, expect, it } from 'vitest';
import { bandOf } from './assessment';
import { resolveConfig } from './config';
import { evaluateDossier } from './evaluate';
import { ratioPercent } from './goal-check';
import type { Target } from './model';
import { formatGoal, showPercent, viewTarget } from './present-target';
import { makeDossier, makeTarget, obs } from './test-builders';

const evaluateOne = (target: Target, observations: ReturnType<typeof obs>[], asOf = '2023') =>
  evaluateDossier(makeDossier({ targets: [target], observations }), { asOf }).targets[0];

describe("percentages, rounded once by the target's rule", () => {
  it('prints the same figure everywhere: "122%", "52,15%", never "122,0%" or "52,1%"', () => {
    expect(showPercent(1.21995, 2).text).toBe('122%');
    expect(showPercent(0.52148, 2)).toEqual({ value: 52.15, decimals: 2, text: '52,15%' });
    expect(showPercent(0.714, 1).text).toBe('71,4%');
  });

  it('truncates where the office prints that way, and bands on the figure shown', () => {
    expect(showPercent(0.986297, 2, 'truncate').text).toBe('98,62%');
    expect(showPercent(0.013703, 2, 'truncate').text).toBe('1,37%');
    const config = resolveConfig();
    // 79,95 / 79,96 / 80,0 at two decimals (the default) and at one.
    expect(bandOf(ratioPercent(0.7995, config), config)).toBe('above-50');
    expect(bandOf(ratioPercent(0.7996, config), config)).toBe('above-50');
    expect(bandOf(ratioPercent(0.8, config), config)).toBe('above-80');
    const one = resolveConfig({ percentDecimals: 1 });
    expect(bandOf(ratioPercent(0.7995, one), one)).toBe('above-80');
    expect(bandOf(ratioPercent(0.7994, one), one)).toBe('above-50');
    const cut = resolveConfig({ percentDecimals: 1, rounding: 'truncate' });
    expect(bandOf(ratioPercent(0.79996, cut), cut)).toBe('above-50');
  });

  it('shows 79,96% on every surface where the band says above 50%', () => {
    const e = evaluateOne(makeTarget({ goal: { type: 'number', value: 100 } }), [obs('2023', 79.96)]);
    expect(e?.final.band).toBe('above-50');
    expect(e?.view?.percentOfGoal?.text).toBe('79,96%');
  });
});

describe('the goal as a table writes it', () => {
  it('prints qualifiers, ranges and the other kinds', () => {
    expect(
      formatGoal(
        makeTarget({ unit: '%', qualifier: 'at-least', precision: 1, goal: { type: 'number', value: 65 } }),
      ),
    ).toBe('≥ 65%');
    expect(
      formatGoal(
        makeTarget({ unit: '%', precision: 1, kind: 'range', goal: { type: 'range', min: 7.5, max: 8 } }),
      ),
    ).toBe('7,5-8%');
    expect(
      formatGoal(
        makeTarget({
          unit: '%',
          precision: 0,
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
      ),
    ).toBe('75/20/5%');
  });
});

describe('forecasts and figures of kinds that are not numbers', () => {
  it('says why a milestone not reached past half its time is red', () => {
    const milestone = evaluateOne(
      makeTarget({ kind: 'milestone', unit: '', precision: 0, goal: { type: 'milestone' } }),
      [obs('2023', false)],
    );
    expect(milestone?.final.light).toBe('red');
    expect(milestone?.view?.pace).toBe('chưa đạt, đã quá nửa thời gian đến hạn');
    const dated = evaluateOne(
      makeTarget({
        kind: 'milestone',
        unit: '',
        precision: 0,
        goal: { type: 'milestone' },
        targetYear: 2024,
      }),
      [obs('2023', false)],
    );
    expect(dated?.view?.pace).toBe('chưa đạt, đã quá nửa thời gian đến hạn năm 2024');
    const reached = evaluateOne(
      makeTarget({ kind: 'milestone', unit: '', precision: 0, goal: { type: 'milestone' } }),
      [obs('2023', true)],
    );
    expect(reached?.view?.pace).toBeUndefined();
  });

  it('never prints "0", "2" or "1,0" for a milestone, a grade or a structure', () => {
    const milestone = evaluateOne(
      makeTarget({ kind: 'milestone', unit: '', precision: 0, goal: { type: 'milestone' } }),
      [obs('2023', false)],
    );
    expect(milestone?.view?.actual?.text).toBe('Chưa đạt');
    expect(milestone?.view?.forecast).toBe('Chưa đạt');
    const scale = ['không hoàn thành', 'hoàn thành', 'hoàn thành tốt', 'hoàn thành xuất sắc'];
    const grade = evaluateOne(
      makeTarget({
        kind: 'grade',
        unit: '',
        precision: 0,
        goal: { type: 'grade', scale, required: 'hoàn thành tốt' },
      }),
      [obs('2023', 'hoàn thành tốt')],
    );
    expect(grade?.view?.actual?.text).toBe('hoàn thành tốt');
    expect(grade?.view?.forecast).toBe('hoàn thành tốt');
    const structure = evaluateOne(
      makeTarget({
        kind: 'structure',
        unit: '%',
        precision: 1,
        goal: {
          type: 'structure',
          shares: [
            { name: 'a', value: 75 },
            { name: 'b', value: 25 },
          ],
        },
      }),
      [obs('2023', [70, 30])],
    );
    expect(structure?.view?.actual?.text).toBe('70,0/30,0%');
    expect(structure?.view?.forecast).toBeUndefined();
  });
});

describe("what is still needed, in the target's own terms", () => {
  it('says "giảm" for a lower-is-better share, never "tăng thêm -0,11"', () => {
    const poverty = makeTarget({
      kind: 'ratio',
      unit: '%',
      precision: 2,
      direction: 'lower-is-better',
      goal: { type: 'number', value: 1 },
      baseValue: 2,
    });
    const e = evaluateOne(poverty, [obs('2023', 1.33)]);
    expect(e?.view?.need).toBe('giảm 0,17 điểm phần trăm/năm');
    expect(e?.view?.need).not.toMatch(/-/);
  });

  it('shows no need once a lower-is-better target is met', () => {
    const unemployment = makeTarget({
      kind: 'ratio',
      unit: '%',
      precision: 1,
      direction: 'lower-is-better',
      qualifier: 'less-than',
      goal: { type: 'number', value: 4 },
    });
    expect(evaluateOne(unemployment, [obs('2023', 3.1)])?.view?.need).toBeUndefined();
  });

  it('states a count needed as a count, not as a growth rate', () => {
    const communes = makeTarget({
      kind: 'count',
      unit: 'xã',
      precision: 0,
      goal: { type: 'number', value: 8 },
      baseValue: 2,
    });
    const need = evaluateOne(communes, [obs('2023', 3)])?.view?.need;
    expect(need).toBe('tăng 3 xã/năm'); // 5 more communes in 2 years, at the target's 0 decimals
  });

  it('explains the pace of a growth target: needed against reached', () => {
    const growth = makeTarget({
      kind: 'average-growth',
      unit: '%',
      levelUnit: 'tỷ đồng',
      precision: 2,
      baseYear: 2020,
      targetYear: 2025,
      baseValue: 100,
      goal: { type: 'number', value: 15 },
    });
    const e = evaluateOne(growth, [obs('2021', 110), obs('2022', 121), obs('2023', 133.1)]);
    expect(e?.view?.pace).toBe('cần tăng 22,93%/năm, 3 năm qua đạt 10%/năm');
  });
});

describe('why a light is red, and only then', () => {
  it('says nothing of pace for a target on track', () => {
    const growth = makeTarget({
      kind: 'average-growth',
      unit: '%',
      levelUnit: 'tỷ đồng',
      precision: 2,
      baseYear: 2020,
      targetYear: 2025,
      baseValue: 100,
      goal: { type: 'number', value: 10 },
    });
    const e = evaluateOne(growth, [obs('2021', 110), obs('2022', 121), obs('2023', 133.1)]);
    expect(e?.final.light).toBe('green');
    expect(e?.view?.pace).toBeUndefined();
  });
});

describe("the view is the evaluation's own", () => {
  it('is the same object a surface would compute', () => {
    const e = evaluateOne(makeTarget(), [obs('2023', 52.148)]);
    expect(e?.view).toEqual(viewTarget(e as NonNullable<typeof e>, resolveConfig()));
  });
});

describe('whether the figure shown is approved', () => {
  it('marks the figure judged as approved when its period lies in an approved one', () => {
    const target = makeTarget({
      kind: 'cumulative-total',
      unit: 'tỷ đồng',
      precision: 0,
      goal: { type: 'number', value: 1000 },
    });
    const figures = [obs('2021', 100), obs('2022', 100), obs('2023', 100)];
    const evaluate = (approvedPeriods: string[] | undefined) =>
      evaluateDossier(
        makeDossier({
          targets: [target],
          observations: figures,
          ...(approvedPeriods ? { approvedPeriods } : {}),
        }),
        { asOf: '2023' },
      ).targets[0]?.view?.actual;
    expect(evaluate(undefined)?.approved).toBeUndefined();
    expect(evaluate(['2021', '2022'])?.approved).toBe(false);
    expect(evaluate(['2021', '2022', '2023'])?.approved).toBe(true);
    expect(evaluate(['2021-2025'])?.approved).toBe(true);
  });
});

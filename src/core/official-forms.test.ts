import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';
import { evaluateDossier } from './evaluate';
import type { Observation, Plan, ResolutionDossier, Target } from './model';
import { narratePlans } from './narrate';
import { summarizePlans } from './summarize';
import { makeDossier, makeTarget, obs } from './test-builders';

function sentenceOf(
  target: Target,
  observations: Observation[],
  extra: Partial<ResolutionDossier> = {},
  asOf = '2023',
) {
  const dossier = makeDossier({
    targets: [target],
    observations: observations.map((o) => ({ ...o, targetId: target.id })),
    ...extra,
  });
  const evaluation = evaluateDossier(dossier, { asOf });
  return evaluation.narrative[evaluation.narrative.length - 1] ?? '';
}

const budget = makeTarget({
  id: 'thu',
  name: 'Thu ngân sách nhà nước',
  unit: 'tỷ đồng',
  precision: 1,
  goal: { type: 'number', value: 10000 },
});
const plan = (value: number, extra: Partial<Plan> = {}): Plan => ({
  targetId: 'thu',
  period: '2023',
  kind: 'budget-estimate',
  source: 'tinh-giao',
  label: 'dự toán tỉnh giao',
  value,
  percentDecimals: 0,
  ...extra,
});

describe('the forms officials use, per target or plan', () => {
  it('"đạt 122% dự toán" by default, "vượt 22% dự toán" where the office writes the excess', () => {
    expect(sentenceOf(budget, [obs('2023', 9710.8)], { plans: [plan(7959.7)] })).toContain(
      'đạt 9.710,8 tỷ đồng, đạt 122% dự toán tỉnh giao',
    );
    expect(
      sentenceOf(budget, [obs('2023', 9710.8)], { plans: [plan(7959.7, { phrasing: 'exceed' })] }),
    ).toContain('đạt 9.710,8 tỷ đồng, vượt 22% dự toán tỉnh giao');
    // below the plan there is nothing to exceed: "đạt 95%"
    expect(sentenceOf(budget, [obs('2023', 95)], { plans: [plan(100, { phrasing: 'exceed' })] })).toContain(
      'đạt 95% dự toán tỉnh giao',
    );
  });

  it('an index "bằng 116,1% so với cùng kỳ" where the target asks for it, "tăng 16,1%" otherwise', () => {
    const retail = makeTarget({
      name: 'Tổng mức bán lẻ hàng hóa',
      unit: 'tỷ đồng',
      precision: 0,
      percentDecimals: 1,
      goal: { type: 'number', value: 100000 },
    });
    const figures = [obs('2022-Q1', 13120), obs('2023-Q1', 15232)];
    expect(sentenceOf(retail, figures, {}, '2023-Q1')).toContain('tăng 16,1% so với cùng kỳ');
    expect(sentenceOf({ ...retail, phrasing: { yearOnYear: 'index' } }, figures, {}, '2023-Q1')).toContain(
      'bằng 116,1% so với cùng kỳ',
    );
  });

  it('"X/Y" for actual against the whole-term target', () => {
    const investment = makeTarget({
      name: 'Tổng huy động vốn đầu tư phát triển',
      kind: 'cumulative-total',
      unit: 'tỷ đồng',
      precision: 0,
      goal: { type: 'number', value: 180000 },
      phrasing: { againstGoal: 'fraction' },
    });
    expect(
      sentenceOf(investment, [obs('2021', 28000), obs('2022', 31500), obs('2023', 34367, 'estimate')]),
    ).toContain('ước đạt 93.867/180.000 tỷ đồng, bằng 52,15% kế hoạch cả nhiệm kỳ');
  });

  it('the absolute change on the base year: "tăng 14,67 triệu đồng so với năm 2020"', () => {
    const income = makeTarget({
      name: 'Thu nhập bình quân đầu người',
      unit: 'triệu đồng',
      precision: 2,
      baseValue: 70,
      goal: { type: 'number', value: 100 },
      phrasing: { baseDifference: true },
    });
    expect(sentenceOf(income, [obs('2023', 84.67, 'estimate')])).toContain(
      'tăng 14,67 triệu đồng so với năm 2020',
    );
  });

  it('keeps a hedged figure as entered: "đạt trên 5.000 tỷ đồng", "gần 95%"', () => {
    expect(sentenceOf(budget, [{ ...obs('2023', 5000), hedge: 'over' }])).toContain(
      'đạt trên 5.000,0 tỷ đồng',
    );
    const insurance = makeTarget({
      name: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
      kind: 'ratio',
      unit: '%',
      precision: 0,
      goal: { type: 'number', value: 95 },
    });
    const e = evaluateDossier(
      makeDossier({ targets: [insurance], observations: [{ ...obs('2023', 95), hedge: 'nearly' }] }),
      { asOf: '2023' },
    ).targets[0];
    expect(e?.view?.actual?.text).toBe('gần 95%');
  });

  it('truncates where the office prints that way, in the sentence as in the view', () => {
    const share = makeTarget({
      name: 'Tỷ lệ nhiệm vụ hoàn thành',
      unit: '%',
      precision: 2,
      percentDecimals: 2,
      rounding: 'truncate',
      goal: { type: 'number', value: 100 },
    });
    const e = evaluateDossier(makeDossier({ targets: [share], observations: [obs('2023', 98.6297)] }), {
      asOf: '2023',
    });
    expect(e.targets[0]?.view?.percentOfGoal?.text).toBe('98,62%');
  });
});

describe('annual plans counted like the Congress targets', () => {
  it('"21/25 chỉ tiêu kế hoạch đạt và vượt", judged by each target\'s direction', () => {
    const targets: Target[] = [];
    const observations: Observation[] = [];
    const plans: Plan[] = [];
    for (let i = 0; i < 25; i++) {
      const lower = i === 24;
      targets.push(
        makeTarget({
          id: `t${i}`,
          name: `Chỉ tiêu ${i}`,
          direction: lower ? 'lower-is-better' : 'higher-is-better',
        }),
      );
      // 12 beyond the plan, 9 exactly on it (21 met); 3 below; the last a rate under its plan
      const value = lower ? 1.8 : i < 12 ? 110 : i < 21 ? 100 : 90;
      observations.push(obs('2023', value, 'official', { targetId: `t${i}` }));
      plans.push({
        targetId: `t${i}`,
        period: '2023',
        kind: 'annual-plan',
        source: 'ke-hoach-nam',
        label: 'kế hoạch năm',
        value: lower ? 2 : 100,
      });
    }
    const evaluation = evaluateDossier(makeDossier({ targets, observations, plans }), { asOf: '2023' });
    const summary = summarizePlans(evaluation.targets, '2023', resolveConfig());
    expect(summary).toEqual({ period: '2023', total: 25, met: 22, exceeded: 12 });
    expect(narratePlans(summary)).toBe(
      'Năm 2023, có 22/25 chỉ tiêu kế hoạch đạt và vượt (trong đó 12 chỉ tiêu vượt kế hoạch).',
    );
  });
});

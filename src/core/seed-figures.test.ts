/**
 * The arithmetic behind the seed reports' figures, on small inline dossiers. Where a report does
 * not publish an input (base level, plan, last year's figure), it is chosen so that the
 * published figure follows; the assertions are on the published figures.
 */
import { describe, expect, it } from 'vitest';
import { evaluateDossier } from './evaluate';
import { bandHeadlineVi } from './narrate';
import { evaluateTarget } from './evaluate-target';
import type { Target } from './model';
import { makeDossier, makeInputs, makeTarget, obs } from './test-builders';
import { formatMultipleVi, formatNumberVi } from './vi-number';

describe('Bỉm Sơn: average growth 10,71% = 71,4% of the 15% target', () => {
  const target = makeTarget({
    name: 'Tốc độ tăng trưởng giá trị sản xuất bình quân',
    kind: 'average-growth',
    unit: '%',
    goal: { type: 'number', value: 15 },
    baseYear: 2020,
    baseValue: 20000,
    percentDecimals: 1,
  });
  const level2023 = 20000 * 1.1071 ** 3;
  const inputs = makeInputs({
    observations: [obs('2021', 22500), obs('2022', 24800), obs('2023', level2023, 'estimate')],
  });
  const e = evaluateTarget(target, inputs, { asOf: '2023' });

  it('computes the compound average growth and the ratio of rates', () => {
    expect(formatNumberVi(e.averageGrowth ?? NaN, 2)).toBe('10,71');
    expect(e.achievement?.percent).toBe(71.4);
    expect(e.suggestions.band).toBe('above-50');
  });

  it('shows the honest view: growth needed in 2024-2025', () => {
    // (1,15^5 / 1,1071^3)^(1/2) - 1
    const expected = (Math.sqrt(1.15 ** 5 / 1.1071 ** 3) - 1) * 100;
    expect(e.requirement?.remainingYears).toBe(2);
    expect(e.requirement?.growthPerYear).toBeCloseTo(expected, 9);
  });

  it('narrates it', () => {
    const text = evaluateDossier(makeDossier({ targets: [target], observations: inputs.observations }), {
      asOf: '2023',
    }).narrative.join('\n');
    expect(text).toContain(
      'Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2021-2023 ước đạt 10,71%, bằng 71,4% mục tiêu Đại hội.',
    );
    expect(text).toContain(
      `Để đạt mục tiêu Đại hội, giai đoạn 2024-2025 cần tăng bình quân ${formatNumberVi((Math.sqrt(1.15 ** 5 / 1.1071 ** 3) - 1) * 100, 2)}%/năm.`,
    );
  });
});

describe('Thanh Hóa city mid-term', () => {
  const investment = makeTarget({
    id: 'von',
    name: 'Tổng huy động vốn đầu tư phát triển',
    kind: 'cumulative-total',
    unit: 'tỷ đồng',
    precision: 0,
    goal: { type: 'number', value: 180000 },
  });
  const budget = makeTarget({
    id: 'thu',
    name: 'Thu ngân sách Nhà nước',
    unit: 'tỷ đồng',
    precision: 1,
    goal: { type: 'number', value: 10000 },
  });
  const income = makeTarget({
    id: 'tn',
    name: 'Thu nhập bình quân đầu người',
    unit: 'triệu đồng',
    precision: 2,
    goal: { type: 'number', value: 100 },
  });
  const dossier = makeDossier({
    targets: [investment, budget, income],
    observations: [
      obs('2021', 28000, 'official', { targetId: 'von' }),
      obs('2022', 31500, 'official', { targetId: 'von' }),
      obs('2023', 34367, 'estimate', { targetId: 'von' }),
      obs('2023', 9710.8, 'estimate', { targetId: 'thu' }),
      obs('2023', 84.67, 'estimate', { targetId: 'tn' }),
    ],
    plans: [
      {
        targetId: 'thu',
        period: '2023',
        kind: 'budget-estimate',
        source: 'tinh-giao',
        label: 'dự toán tỉnh giao',
        value: 7959.7,
        percentDecimals: 0,
      },
      {
        targetId: 'thu',
        period: '2023',
        kind: 'budget-estimate',
        source: 'hdnd-giao',
        label: 'dự toán thành phố giao',
        value: 9248.4,
        percentDecimals: 0,
      },
    ],
    benchmarks: [{ targetId: 'tn', period: '2023', label: 'bình quân chung của tỉnh', value: 55.34 }],
  });
  const result = evaluateDossier(dossier, { asOf: '2023' });
  const [inv, bud, inc] = result.targets;

  it('investment: 93.867 = 52,15% of the term plan', () => {
    expect(inv?.achievement?.actual).toBe(93867);
    expect(inv?.achievement?.percent).toBe(52.15);
    expect(result.narrative.join('\n')).toContain(
      'Tổng huy động vốn đầu tư phát triển ước đạt 93.867 tỷ đồng, bằng 52,15% kế hoạch cả nhiệm kỳ. Để hoàn thành kế hoạch cả nhiệm kỳ, giai đoạn 2024-2025 cần đạt bình quân 43.067 tỷ đồng/năm.',
    );
  });

  it('budget: 9.710,8 = 122% / 105%, each plan separately', () => {
    expect(bud?.plans.map((p) => Math.round(p.ratio * 100))).toEqual([122, 105]);
    expect(result.narrative.join('\n')).toContain(
      'Thu ngân sách Nhà nước ước đạt 9.710,8 tỷ đồng, đạt 122% dự toán tỉnh giao và 105% dự toán thành phố giao.',
    );
  });

  it('income: 84,67 = 1,53 × the province average', () => {
    expect(formatMultipleVi(inc?.benchmarks[0]?.multiple ?? NaN)).toBe('1,53 lần');
    expect(result.narrative.join('\n')).toContain(
      'Thu nhập bình quân đầu người năm 2023 ước đạt 84,67 triệu đồng, gấp 1,53 lần bình quân chung của tỉnh, bằng 84,67% mục tiêu Đại hội.',
    );
  });
});

describe('Thanh Hóa city Q1-2022', () => {
  const budget = makeTarget({
    id: 'thu',
    name: 'Thu ngân sách nhà nước',
    unit: 'triệu đồng',
    precision: 0,
    goal: { type: 'number', value: 3000000 },
  });
  const land = makeTarget({
    id: 'gpmb',
    name: 'Diện tích giải phóng mặt bằng',
    unit: 'ha',
    precision: 2,
    goal: { type: 'number', value: 500 },
  });
  const dossier = makeDossier({
    targets: [budget, land],
    observations: [
      obs('2021-Q1', 476573, 'official', { targetId: 'thu' }),
      obs('2022-Q1', 799690, 'official', { targetId: 'thu' }),
      obs('2022-Q1', 43.44, 'official', { targetId: 'gpmb' }),
    ],
    plans: [
      {
        targetId: 'thu',
        period: '2022',
        kind: 'budget-estimate',
        source: 'tinh-giao',
        label: 'dự toán tỉnh giao',
        value: 2499031,
      },
      {
        targetId: 'thu',
        period: '2022',
        kind: 'budget-estimate',
        source: 'hdnd-giao',
        label: 'dự toán thành phố giao',
        value: 3111634,
      },
      {
        targetId: 'gpmb',
        period: '2022',
        kind: 'annual-plan',
        source: 'tinh-giao',
        label: 'kế hoạch tỉnh giao',
        value: 94,
        percentDecimals: 1,
      },
    ],
  });
  const result = evaluateDossier(dossier, { asOf: '2022-Q1' });

  it('budget: 799.690 = 32% / 25,7% / +67,8%', () => {
    const b = result.targets[0];
    expect(b?.yearOnYear?.change).toBeCloseTo(0.678, 4);
    expect(result.narrative.join('\n')).toContain(
      'Thu ngân sách nhà nước đạt 799.690 triệu đồng, đạt 32% dự toán tỉnh giao, 25,7% dự toán thành phố giao và tăng 67,8% so với cùng kỳ.',
    );
  });

  it('land cleared: 43,44 ha = 46,2% of the province plan (printed at one decimal)', () => {
    const l = result.targets[1];
    expect(formatNumberVi((l?.plans[0]?.ratio ?? NaN) * 100, 1)).toBe('46,2');
    expect(result.narrative.join('\n')).toContain(
      'Diện tích giải phóng mặt bằng đạt 43,44 ha, đạt 46,2% kế hoạch tỉnh giao.',
    );
  });
});

function levelTarget(i: number, value: number, goal = 100): { target: Target; value: number } {
  return {
    target: makeTarget({
      id: `t${i}`,
      code: String(i + 1),
      name: `Chỉ tiêu ${i + 1}`,
      goal: { type: 'number', value: goal },
    }),
    value,
  };
}

describe('summaries of the seed reports', () => {
  it('Bỉm Sơn: 23 / 3 / 3 of 29', () => {
    const rows = [
      ...Array.from({ length: 23 }, (_, i) => levelTarget(i, 80 + i)),
      ...Array.from({ length: 3 }, (_, i) => levelTarget(23 + i, 50 + i * 10)),
      ...Array.from({ length: 3 }, (_, i) => levelTarget(26 + i, 10 + i * 13)),
    ];
    const d = makeDossier({
      targets: rows.map((r) => r.target),
      observations: rows.map((r) => obs('2022', r.value, 'official', { targetId: r.target.id })),
    });
    const e = evaluateDossier(d, { asOf: '2022' });
    expect(bandHeadlineVi(e.summary)).toBe('23/29 chỉ tiêu đạt trên 80% mục tiêu Đại hội');
    expect(e.narrative[0]).toBe(
      'Trong tổng số 29 chỉ tiêu Nghị quyết đề ra, có 23 chỉ tiêu đạt trên 80% mục tiêu đại hội, 3 chỉ tiêu đạt trên 50% và 3 chỉ tiêu đạt dưới 50%.',
    );
  });

  it('Thanh Hóa city: 9 / 15 / 6 / 1 of 31', () => {
    const rows = [
      ...Array.from({ length: 9 }, (_, i) => levelTarget(i, 110)),
      ...Array.from({ length: 15 }, (_, i) => levelTarget(9 + i, 100)),
      ...Array.from({ length: 6 }, (_, i) => levelTarget(24 + i, 60)),
      levelTarget(30, 2, 5),
    ];
    const last = rows[30];
    if (last)
      last.target.dropped = {
        decision: 'Nghị quyết số 15-NQ/TU',
        date: '2023-07-26',
        reason: 'các xã đang thực hiện lộ trình trở thành phường',
      };
    // At mid-term: the 2023 estimate, and the committee's forecast for 2025 as a scenario.
    const d = makeDossier({
      targets: rows.map((r) => r.target),
      observations: rows.map((r) => obs('2023', r.value, 'estimate', { targetId: r.target.id })),
      scenarios: rows.map((r) => ({ targetId: r.target.id, values: [{ period: '2025', value: r.value }] })),
    });
    const e = evaluateDossier(d, { asOf: '2023' });
    expect(e.narrative[1]).toBe(
      'Dự kiến đến cuối nhiệm kỳ, trong số 31 chỉ tiêu chủ yếu, có 9 chỉ tiêu vượt kế hoạch, 15 chỉ tiêu hoàn thành kế hoạch, 6 chỉ tiêu phải phấn đấu, nỗ lực rất cao mới có thể hoàn thành và 1 chỉ tiêu đề nghị điều chỉnh, đưa ra ngoài kế hoạch.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { phraseComparison } from './compare-phrase';
import { compareUnits, type CompareUnitInput } from './compare-units';
import { evaluateDossier } from './evaluate';
import type { TargetEvaluation } from './evaluation-types';
import type { Observation, PeriodCode, Target } from './model';
import { makeDossier, makeTarget, obs } from './test-builders';

/** The evaluation of one target as of a period (term 2020-2025). */
function evaluate(
  target: Partial<Target>,
  figures: [PeriodCode, number][],
  asOf: PeriodCode,
): TargetEvaluation {
  const observations: Observation[] = figures.map(([period, value]) => obs(period, value));
  const dossier = makeDossier({ targets: [makeTarget(target)], observations });
  const evaluation = evaluateDossier(dossier, { asOf, narrative: false }).targets[0];
  if (!evaluation) throw new Error('no evaluation');
  return evaluation;
}

const unit = (unitCode: string, evaluation?: TargetEvaluation, weight?: number): CompareUnitInput => ({
  unitCode,
  unitName: `đơn vị ${unitCode}`,
  term: '2020-2025',
  ...(evaluation ? { evaluation } : {}),
  ...(weight !== undefined ? { weight } : {}),
});

const province = { unitCode: '38', unitName: 'tỉnh Thanh Hóa', level: 'province' as const };

const growthFromLevels = (base: number, levelUnit = 'tỷ đồng'): Partial<Target> => ({
  kind: 'average-growth',
  unit: '%',
  goal: { type: 'number', value: 15 },
  baseYear: 2020,
  baseValue: base,
  seriesBasis: 'level',
  levelUnit,
  priceBasis: 'constant-2010',
});
const growthAsRates: Partial<Target> = {
  kind: 'average-growth',
  unit: '%',
  goal: { type: 'number', value: 13 },
  baseYear: 2020,
  seriesBasis: 'growth-rate',
  priceBasis: 'constant-2010',
};
const povertyRate: Partial<Target> = {
  name: 'Tỷ lệ hộ nghèo',
  kind: 'ratio',
  direction: 'lower-is-better',
  qualifier: 'less-than',
  unit: '%',
  precision: 1,
  goal: { type: 'number', value: 1 },
};
const revenue = (unitOfMeasure = 'tỷ đồng'): Partial<Target> => ({
  name: 'Thu ngân sách nhà nước trên địa bàn',
  kind: 'end-level',
  unit: unitOfMeasure,
  precision: 1,
  goal: { type: 'number', value: 20000 },
  aggregation: 'flow',
});
const income: Partial<Target> = {
  name: 'Thu nhập bình quân đầu người',
  kind: 'end-level',
  unit: 'triệu đồng',
  goal: { type: 'number', value: 100 },
};

describe('compareUnits: average growth', () => {
  it('ranks average growth rates whether a unit enters levels or rates, and leaves out a level in tỷ đồng', () => {
    const c = compareUnits({
      parent: province,
      units: [
        unit(
          '380',
          evaluate(
            growthAsRates,
            [
              ['2021', 9.8],
              ['2022', 12.1],
            ],
            '2022',
          ),
        ),
        unit(
          '381',
          evaluate(
            growthFromLevels(100),
            [
              ['2021', 110],
              ['2022', 121],
            ],
            '2022',
          ),
        ),
        unit('407', evaluate({ ...revenue(), name: 'Giá trị sản xuất' }, [['2022', 150200]], '2022')),
      ],
    });
    expect(c.measure).toMatchObject({
      quantity: 'average-growth',
      unit: '%/năm',
      fromYear: 2021,
      period: '2022',
    });
    expect(c.units.map((u) => [u.unitCode, u.rank])).toEqual([
      ['380', 1],
      ['381', 2],
    ]);
    expect(c.units[0]?.value).toBeCloseTo((Math.sqrt(1.098 * 1.121) - 1) * 100, 10);
    expect(c.units[1]?.value).toBeCloseTo(10, 10);
    expect(c.excluded).toEqual([
      expect.objectContaining({ unitCode: '407', reason: 'different-measure', value: 150200 }),
    ]);
    // One unit enters rates only: nothing to add up, so a plain mean, called so.
    expect(c.reference).toMatchObject({
      method: 'plain-mean',
      plainMeanCause: 'rates-without-levels',
      count: 2,
    });
    const vi = phraseComparison(c);
    expect(vi.rule).toContain('Xếp hạng theo tốc độ tăng bình quân 2021-2022 theo giá so sánh 2010 (%/năm)');
    expect(vi.rule).toContain('bình quân giản đơn của 2 đơn vị');
    expect(vi.rule).toContain('không phải bình quân chung của tỉnh');
    expect(vi.units.map((u) => u.relation).join(' ')).not.toContain('bình quân chung của tỉnh');
    expect(vi.units[1]?.relation).toMatch(/^bằng 0,9\d lần bình quân giản đơn của 2 đơn vị$/);
    expect(vi.units[0]?.rank).toBe('xếp thứ 1/2 đơn vị so sánh được');
    expect(vi.excluded[0]?.reason).toBe('khác thước đo (số liệu năm 2022: 150.200,0 tỷ đồng)');
  });

  it('computes the average of levels as the sum of the last levels over the sum of the base levels', () => {
    const c = compareUnits({
      parent: province,
      units: [
        unit(
          '381',
          evaluate(
            growthFromLevels(100),
            [
              ['2021', 110],
              ['2022', 121],
            ],
            '2022',
          ),
        ),
        unit('382', evaluate(growthFromLevels(300_000, 'triệu đồng'), [['2022', 330_000]], '2022')),
      ],
    });
    expect(c.reference?.method).toBe('ratio-of-sums');
    // (121 + 330) / (100 + 300) over two years.
    expect(c.reference?.value).toBeCloseTo((Math.sqrt(451 / 400) - 1) * 100, 10);
    expect(c.reference?.levels).toMatchObject({ unit: 'tỷ đồng', baseYear: 2020, lastYear: 2022 });
    expect(c.reference?.levels?.base).toBeCloseTo(400, 8);
    const vi = phraseComparison(c);
    expect(vi.rule).toContain(
      'bình quân chung tính bằng tổng giá trị năm 2022 của các đơn vị chia tổng năm gốc 2020 (451,00 / 400,00 tỷ đồng): 6,18%/năm',
    );
    expect(vi.units[0]).toMatchObject({
      rank: 'xếp thứ 1 toàn tỉnh',
      value: '10,00%/năm',
      relation: 'gấp 1,62 lần bình quân chung của tỉnh',
    });
    expect(phraseComparison(c, 'en').units[0]?.relation).toBe('1,62 times the province average');
  });

  it('leaves out a growth over other years', () => {
    const c = compareUnits({
      parent: province,
      units: [
        unit(
          '380',
          evaluate(
            growthAsRates,
            [
              ['2021', 9.8],
              ['2022', 12.1],
              ['2023', 10],
            ],
            '2023',
          ),
        ),
        unit(
          '381',
          evaluate(
            growthFromLevels(100),
            [
              ['2021', 110],
              ['2022', 121],
              ['2023', 130],
            ],
            '2023',
          ),
        ),
        unit(
          '382',
          evaluate(
            growthFromLevels(100),
            [
              ['2021', 110],
              ['2022', 121],
            ],
            '2023',
          ),
        ),
      ],
    });
    expect(c.units.map((u) => u.unitCode)).toEqual(['380', '381']);
    expect(c.excluded).toEqual([expect.objectContaining({ unitCode: '382', reason: 'different-period' })]);
    expect(phraseComparison(c).excluded[0]?.reason).toBe(
      'khác kỳ (tốc độ tăng bình quân 2021-2022 theo giá so sánh 2010: 10,00%/năm)',
    );
  });
});

describe('compareUnits: coverage, weights and plain means', () => {
  it('leaves out a quarter among whole years and ranks lower-is-better ratios with shared ranks', () => {
    const asOf = '2023-Q2';
    const c = compareUnits({
      parent: province,
      units: [
        unit('380', evaluate(povertyRate, [['2022', 1.2]], asOf), 400_000),
        unit('381', evaluate(povertyRate, [['2022', 0.9]], asOf), 100_000),
        unit(
          '382',
          evaluate(
            povertyRate,
            [
              ['2022', 1.5],
              ['2023-Q2', 0.7],
            ],
            asOf,
          ),
          100_000,
        ),
        unit('383', evaluate(povertyRate, [['2022', 0.9]], asOf), 100_000),
      ],
      weight: { indicator: 'dan-so', name: 'Dân số trung bình', unit: 'người' },
    });
    expect(c.measure).toMatchObject({ quantity: 'latest', period: '2022', coverage: 'whole-year' });
    expect(c.direction).toBe('lower-is-better');
    expect(c.units.map((u) => [u.unitCode, u.rank])).toEqual([
      ['381', 1],
      ['383', 1],
      ['380', 3],
    ]);
    expect(c.excluded).toEqual([
      expect.objectContaining({
        unitCode: '382',
        reason: 'different-coverage',
        measure: expect.objectContaining({ period: '2023-Q2', coverage: 'part-of-year' }),
      }),
    ]);
    // (1,2 × 400.000 + 0,9 × 100.000 × 2) / 600.000
    expect(c.reference).toMatchObject({ method: 'weighted-mean', complete: false, count: 3 });
    expect(c.reference?.value).toBeCloseTo(1.1, 10);
    const vi = phraseComparison(c);
    expect(vi.rule).toBe(
      'Xếp hạng theo số liệu năm 2022 (%), thấp hơn là tốt hơn; bình quân chung tính gia quyền theo dân số trung bình: 1,1% (chỉ gồm 3/4 đơn vị).',
    );
    expect(vi.units[2]).toMatchObject({
      rank: 'xếp thứ 3/3 đơn vị so sánh được',
      relation: 'gấp 1,09 lần bình quân gia quyền của 3 đơn vị',
    });
    expect(vi.excluded[0]?.reason).toBe('khác phạm vi thời gian (số liệu quý II/2023: 0,7%)');
  });

  it('leaves out a total that runs to a quarter when the others end with a whole year', () => {
    const investment: Partial<Target> = {
      name: 'Tổng vốn đầu tư phát triển',
      kind: 'cumulative-total',
      unit: 'tỷ đồng',
      precision: 0,
      goal: { type: 'number', value: 30000 },
    };
    const asOf = '2023-Q1';
    const c = compareUnits({
      parent: province,
      units: [
        unit(
          '380',
          evaluate(
            investment,
            [
              ['2021', 5350],
              ['2022', 5850],
              ['2023-Q1', 1200],
            ],
            asOf,
          ),
        ),
        unit(
          '381',
          evaluate(
            investment,
            [
              ['2021', 9100],
              ['2022', 10450],
            ],
            asOf,
          ),
        ),
      ],
    });
    expect(c.measure).toMatchObject({
      quantity: 'sum-so-far',
      fromYear: 2021,
      period: '2022',
      coverage: 'whole-year',
    });
    expect(c.excluded).toEqual([
      expect.objectContaining({
        unitCode: '380',
        reason: 'different-coverage',
        measure: expect.objectContaining({ period: '2023-Q1', coverage: 'year-to-date' }),
      }),
    ]);
    expect(phraseComparison(c).excluded[0]?.reason).toBe(
      'khác phạm vi thời gian (tổng từ năm 2021 đến hết quý I/2023: 12.400 tỷ đồng)',
    );
    expect(phraseComparison(c).units[0]).toMatchObject({
      rank: 'xếp thứ 1/1 đơn vị so sánh được',
      value: '19.550 tỷ đồng',
    });
  });

  it('labels a plain mean as the plain mean of the listed units, with why nothing better was possible', () => {
    const units = [
      unit('380', evaluate(povertyRate, [['2022', 1.2]], '2022'), 400_000),
      unit('381', evaluate(povertyRate, [['2022', 0.6]], '2022')),
    ];
    const noWeight = compareUnits({ parent: province, units });
    expect(noWeight.reference).toMatchObject({ method: 'plain-mean', plainMeanCause: 'no-weight' });
    expect(noWeight.reference?.value).toBeCloseTo(0.9, 10);
    const vi = phraseComparison(noWeight);
    expect(vi.reference).toBe('Bình quân giản đơn của 2 đơn vị: 0,9%');
    expect(vi.rule).toContain(
      'mốc so sánh là bình quân giản đơn của 2 đơn vị: 0,9%, không phải bình quân chung của tỉnh',
    );
    expect(vi.units[0]).toMatchObject({
      rank: 'xếp thứ 1 toàn tỉnh',
      relation: 'bằng 0,67 lần bình quân giản đơn của 2 đơn vị',
    });

    const missing = compareUnits({
      parent: province,
      units,
      weight: { indicator: 'dan-so', name: 'Dân số', unit: 'người' },
    });
    expect(missing.reference).toMatchObject({ method: 'plain-mean', missingWeights: ['đơn vị 381'] });
    expect(phraseComparison(missing).rule).toContain('(thiếu dân số của đơn vị 381)');
  });

  it('adds up values that add up (converting triệu đồng to tỷ đồng) and gives each unit its share', () => {
    const c = compareUnits({
      parent: province,
      units: [
        unit('380', evaluate(revenue(), [['2023', 9710.8]], '2023')),
        unit('381', evaluate(revenue(), [['2023', 1320]], '2023')),
        unit('382', evaluate(revenue('triệu đồng'), [['2023', 500_000]], '2023')),
        unit('383'),
      ],
    });
    expect(c.measure).toMatchObject({ quantity: 'latest', unit: 'tỷ đồng', period: '2023' });
    expect(c.units.find((u) => u.unitCode === '382')).toMatchObject({
      value: 500,
      convertedFrom: 'triệu đồng',
    });
    expect(c.reference).toMatchObject({ method: 'sum-of-units', additive: true, complete: false });
    expect(c.reference?.value).toBeCloseTo(11530.8, 8);
    expect(c.excluded).toEqual([{ unitCode: '383', unitName: 'đơn vị 383', reason: 'no-target' }]);
    const vi = phraseComparison(c);
    expect(vi.units[0]).toMatchObject({
      value: '9.710,8 tỷ đồng',
      relation: 'chiếm 84,2% tổng của 3 đơn vị',
    });
    expect(vi.rule).toContain('tổng của 3/4 đơn vị so sánh được: 11.530,8 tỷ đồng, không phải số của tỉnh');
    expect(vi.excluded[0]?.reason).toBe('chưa có chỉ tiêu này');
  });

  it("takes the parent's own figure of the same measure, and says when the parent's figure differs", () => {
    const c = compareUnits({
      parent: { ...province, evaluation: evaluate(income, [['2023', 55.34]], '2023') },
      units: [
        unit('380', evaluate(income, [['2023', 84.67]], '2023')),
        unit('381', evaluate(income, [['2023', 82.5]], '2023')),
      ],
    });
    expect(c.reference).toMatchObject({ method: 'parent-figure', value: 55.34, additive: false });
    expect(phraseComparison(c).units[0]?.relation).toBe('gấp 1,53 lần bình quân chung của tỉnh');
    expect(phraseComparison(c).rule).toContain('mốc so sánh là số liệu của tỉnh Thanh Hóa: 55,34 triệu đồng');

    const older = compareUnits({
      parent: { ...province, evaluation: evaluate(income, [['2022', 50.1]], '2022') },
      units: c.units.map((u) => unit(u.unitCode, evaluate(income, [['2023', u.value]], '2023'))),
    });
    expect(older.parent.comparable).toBe(false);
    expect(older.reference?.method).toBe('plain-mean');
    expect(phraseComparison(older).rule).toContain(
      'số liệu của tỉnh Thanh Hóa (số liệu năm 2022) không cùng thước đo nên không dùng làm mốc',
    );
  });

  it('ranks nothing when no unit has figures', () => {
    const c = compareUnits({
      parent: province,
      units: [unit('380', evaluate(income, [], '2023')), unit('381')],
    });
    expect(c.units).toEqual([]);
    expect(c.reference).toBeNull();
    expect(c.excluded.map((e) => e.reason)).toEqual(['no-data', 'no-target']);
    expect(phraseComparison(c).rule).toBe('Chưa có đơn vị nào có số liệu để xếp hạng.');
  });
});

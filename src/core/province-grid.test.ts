import { describe, expect, it } from 'vitest';
import { evaluateDossier } from './evaluate';
import { buildProvinceGrid } from './province-grid';
import { makeDossier, makeTarget, obs } from './test-builders';

/** A unit with budget revenue (a level in money that adds up), a poverty rate (a ratio) and
 * population (the denominator), evaluated as of 2023. */
function unit(code: string, revenue: number, poverty: number, people: number, revenueGoal = 1000) {
  const dossier = makeDossier({
    unit: { code, name: `xã ${code}`, level: 'commune', parentCode: '38' },
    targets: [
      makeTarget({
        id: `${code}-thu`,
        code: '1',
        name: 'Thu ngân sách',
        indicator: 'thu-ngan-sach',
        goal: { type: 'number', value: revenueGoal },
        targetYear: 2025,
      }),
      makeTarget({
        id: `${code}-ngheo`,
        code: '2',
        name: 'Tỷ lệ hộ nghèo',
        indicator: 'ty-le-ho-ngheo',
        field: 'van-hoa-xa-hoi',
        kind: 'ratio',
        unit: '%',
        direction: 'lower-is-better',
        qualifier: 'less-than',
        goal: { type: 'number', value: 2 },
      }),
      makeTarget({
        id: `${code}-dan`,
        code: '3',
        name: 'Dân số',
        indicator: 'dan-so',
        unit: 'người',
        precision: 0,
        field: 'van-hoa-xa-hoi',
        goal: { type: 'number', value: 1 },
      }),
    ],
    observations: [
      obs('2023', revenue, 'official', { targetId: `${code}-thu` }),
      obs('2023', poverty, 'official', { targetId: `${code}-ngheo` }),
      obs('2023', people, 'official', { targetId: `${code}-dan` }),
    ],
  });
  return {
    unitCode: code,
    unitName: `xã ${code}`,
    resolutionId: `r${code}`,
    term: '2020-2025',
    evaluations: evaluateDossier(dossier, { asOf: '2023' }).targets,
    isApproved: (period: string) => code === 'A' && period === '2023',
  };
}

describe('buildProvinceGrid', () => {
  const grid = buildProvinceGrid(
    [unit('A', 900, 1, 1000), unit('B', 100, 6, 3000, 5000), { unitCode: 'C', unitName: 'xã C' }],
    {
      denominatorKey: 'dan-so',
    },
  );

  it('puts the targets across by indicator, by field, with one row per unit', () => {
    expect(grid.columns.map((c) => c.key)).toEqual(['thu-ngan-sach', 'ty-le-ho-ngheo', 'dan-so']);
    expect(grid.rows).toHaveLength(3);
    expect(grid.rows.find((r) => r.unitCode === 'C')?.cells).toEqual([null, null, null]);
  });

  it('sums the revenue and recomputes the poverty rate from population, never averaging it', () => {
    const [revenue, poverty] = grid.columns;
    expect(revenue?.rollup).toMatchObject({ valueText: '1.000,00 tỷ đồng', count: 2, missing: 0 });
    expect(revenue?.rollup.text).toBe('Tổng của 2 đơn vị.');
    // (1% × 1000 + 6% × 3000) / 4000 = 4,75%, not (1 + 6) / 2 = 3,5%
    expect(poverty?.rollup.valueText).toBe('4,75%');
    expect(poverty?.rollup.text).toContain('quyền số: dan-so');
  });

  it('lists rows red first with the targets met, and marks approved figures', () => {
    const a = grid.rows.find((r) => r.unitCode === 'A');
    const b = grid.rows.find((r) => r.unitCode === 'B');
    expect(grid.rows[0]?.unitCode).toBe('B');
    expect(b?.lights.red).toBeGreaterThan(0);
    expect(a?.met?.text).toMatch(/^\d+\/\d+$/);
    expect(a?.cells[0]?.approved).toBe(true);
    expect(b?.cells[0]?.approved).toBe(false);
  });

  it('filters by field', () => {
    const only = buildProvinceGrid([unit('A', 1, 1, 1)], { fields: ['kinh-te'] });
    expect(only.columns.map((c) => c.key)).toEqual(['thu-ngan-sach']);
  });
});

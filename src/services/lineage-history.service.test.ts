/** A new ward's history through a merge and a partial split with shares, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolutionDossier, Target } from '../core';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { saveDossier } from './dossier.service';
import { lineageHistory } from './lineage-history.service';
import { createUnit, recordLineage } from './unit.service';
import { setLineageShare } from './units-import/lineage-share.service';

const target = (id: string, indicator: string, extra: Partial<Target>): Target => ({
  id,
  code: id,
  name: id,
  indicator,
  field: 'kinh-te',
  kind: 'end-level',
  direction: 'higher-is-better',
  qualifier: 'at-least',
  unit: 'tỷ đồng',
  precision: 1,
  goal: { type: 'number', value: 100 },
  ...extra,
});

function dossier(
  code: string,
  name: string,
  revenue: [number, number],
  poverty: number,
  people: number,
): ResolutionDossier {
  const fig = (targetId: string, period: string, value: number) => ({
    targetId,
    period,
    value,
    status: 'official' as const,
    revision: 1,
  });
  return {
    unit: { code, name, level: 'district', parentCode: '38' },
    issuer: { kind: 'party', name: `ĐẢNG BỘ ${code}`, place: name },
    congress: { number: 1, term: '2020-2025', committee: `Đảng bộ ${name}` },
    title: `Nghị quyết ${name}`,
    targets: [
      target('thu', 'thu-ngan-sach', {}),
      target('ngheo', 'ty-le-ho-ngheo', {
        kind: 'ratio',
        unit: '%',
        direction: 'lower-is-better',
        qualifier: 'less-than',
      }),
      target('dan', 'dan-so', { unit: 'người', precision: 0 }),
      target('tt', 'tang-truong', { kind: 'average-growth', unit: '%', seriesBasis: 'growth-rate' }),
    ],
    observations: [
      fig('thu', '2022', revenue[0]),
      fig('thu', '2023', revenue[1]),
      fig('ngheo', '2023', poverty),
      fig('dan', '2023', people),
      fig('tt', '2023', 9),
    ],
    plans: [],
    benchmarks: [],
    adjustments: [],
    scenarios: [],
    overrides: [],
  };
}

describe.each(BACKENDS)('lineageHistory (%s)', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    for (const code of ['14812', '14815'])
      await createUnit(t.db, TEST_ACTOR, {
        code,
        name: `phường ${code}`,
        level: 'commune',
        parentCode: '38',
        validFrom: '2025-07-01',
      });
    // Thanh Hóa city merged into 14812; Bỉm Sơn split between 14812 and 14815, share unknown yet.
    await recordLineage(t.db, TEST_ACTOR, [
      { fromCode: '380', toCode: '14812', kind: 'merge', effectiveDate: '2025-07-01' },
      { fromCode: '381', toCode: '14812', kind: 'split', effectiveDate: '2025-07-01' },
      { fromCode: '381', toCode: '14815', kind: 'split', effectiveDate: '2025-07-01' },
    ]);
    await saveDossier(t.db, TEST_ACTOR, dossier('380', 'thành phố Thanh Hóa', [1000, 1200], 1, 3000));
    await saveDossier(t.db, TEST_ACTOR, dossier('381', 'thị xã Bỉm Sơn', [500, 600], 6, 1000));
  });
  afterAll(async () => t.close());

  it('does not add a split without its share', async () => {
    const h = await lineageHistory(t.db, '14812', 'thu-ngan-sach');
    expect(h.parts.map((p) => [p.unitCode, p.kind, p.share])).toEqual([
      ['380', 'merge', 1],
      ['381', 'split', null],
    ]);
    expect(h.years.find((y) => y.period === '2023')).toMatchObject({
      valueText: null,
      text: 'Chưa cộng được: chưa có tỷ lệ chia tách: thị xã Bỉm Sơn.',
    });
  });

  it('sums the merged unit and the share of the split one, and recomputes a ratio from population', async () => {
    await setLineageShare(t.db, TEST_ACTOR, {
      fromCode: '381',
      toCode: '14812',
      share: 0.4,
      basis: 'population',
    });
    const revenue = await lineageHistory(t.db, '14812', 'thu-ngan-sach');
    expect(revenue.years.map((y) => [y.period, y.valueText])).toEqual([
      ['2022', '1.200,0 tỷ đồng'],
      ['2023', '1.440,0 tỷ đồng'],
    ]);
    expect(revenue.years[1]?.text).toBe('Tổng của 2 đơn vị (đơn vị chia tách tính theo tỷ lệ).');
    const poverty = await lineageHistory(t.db, '14812', 'ty-le-ho-ngheo');
    // (1% × 3000 + 6% × 1000 × 0,4) / (3000 + 400) = 1,588…%, not (1 + 6) / 2
    expect(poverty.years.find((y) => y.period === '2023')?.valueText).toBe('1,6%');
  });

  it('never sums growth rates', async () => {
    const growth = await lineageHistory(t.db, '14812', 'tang-truong');
    expect(growth.rule).toEqual({ method: 'not-additive', cause: 'rate' });
    expect(growth.years.every((y) => y.valueText === null && y.text.startsWith('Không cộng được'))).toBe(
      true,
    );
  });
});

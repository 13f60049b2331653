import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../../test/factories';
import type { Observation, ResolutionDossier, Target } from '../../core';
import { saveDossierIn } from '../../services/dossier.service';
import { seedWorld } from '../fixtures';
import { openTestApp, signIn, type TestApp } from '../testing';
import type { CompareAnswer } from './compare.schema';

const GROWTH = 'tang-truong-gia-tri-san-xuat';

/** The factory's dossier moved to another unit of Thanh Hóa, its targets and figures edited:
 * the poverty rate (t2) gets the indicator key 'ty-le-ho-ngheo' and a population target is added. */
function unitDossier(
  code: string,
  name: string,
  edit: { growth?: Partial<Target>; figures?: Observation[]; population?: number } = {},
): ResolutionDossier {
  const base = buildDossier();
  const targets: Target[] = base.targets.map((t) => {
    if (t.id === 't1') return { ...t, ...edit.growth };
    if (t.id === 't2') return { ...t, indicator: 'ty-le-ho-ngheo' };
    return t;
  });
  targets.push({
    id: 'dan-so',
    code: '9',
    name: 'Dân số trung bình',
    indicator: 'dan-so',
    field: 'van-hoa-xa-hoi',
    kind: 'count',
    direction: 'higher-is-better',
    qualifier: 'none',
    unit: 'người',
    precision: 0,
    goal: { type: 'number', value: 500_000 },
  });
  const figures = edit.figures ?? base.observations;
  const population: Observation[] =
    edit.population === undefined
      ? []
      : [{ targetId: 'dan-so', period: '2022', value: edit.population, status: 'official', revision: 1 }];
  return buildDossier({
    unit: { code, name, level: 'district', parentCode: '38' },
    congress: { number: 1, term: '2020-2025', committee: `Đảng bộ ${name}` },
    title: `Nghị quyết Đại hội Đảng bộ ${name}`,
    targets,
    observations: [...figures, ...population],
  });
}

const figure = (targetId: string, period: string, value: number): Observation => ({
  targetId,
  period,
  value,
  status: 'official',
  revision: 1,
});

describe.each(BACKENDS)('GET /api/compare (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(backend);
    await seedWorld(t);
    await seedUnitTree(t.database.db, TEST_ACTOR, [
      { code: '382', name: 'thành phố Sầm Sơn', level: 'district', parentCode: '38' },
      { code: '407', name: 'thị xã Nghi Sơn', level: 'district', parentCode: '38' },
    ]);
    const save = (d: ResolutionDossier) =>
      t.database.db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, d));
    const bimSon = buildDossier();
    // Thanh Hóa city (380) enters the same production values as Bỉm Sơn (381) and a lower poverty rate.
    await save(
      unitDossier('380', 'thành phố Thanh Hóa', {
        figures: [...bimSon.observations.filter((o) => o.targetId !== 't2'), figure('t2', '2022', 0.9)],
        population: 400_000,
      }),
    );
    // Sầm Sơn (382) enters the growth rate itself, and a poverty rate for the first quarter only.
    await save(
      unitDossier('382', 'thành phố Sầm Sơn', {
        growth: { seriesBasis: 'growth-rate', baseValue: undefined, levelUnit: undefined },
        figures: [figure('t1', '2021', 9.8), figure('t1', '2022', 12.1), figure('t2', '2023-Q1', 0.7)],
        population: 120_000,
      }),
    );
    // Nghi Sơn (407) keys a production value in tỷ đồng (a level, not a growth) with the same
    // indicator. Bỉm Sơn (381) has no poverty-rate target keyed 'ty-le-ho-ngheo'.
    await save(
      unitDossier('407', 'thị xã Nghi Sơn', {
        growth: {
          kind: 'end-level',
          unit: 'tỷ đồng',
          goal: { type: 'number', value: 200_000 },
          seriesBasis: undefined,
          levelUnit: undefined,
        },
        figures: [figure('t1', '2022', 150_200), figure('t2', '2022', 1.2)],
        population: 100_000,
      }),
    );
  });
  afterAll(async () => t.close());

  it('ranks average growth rates only, leaves out a level in tỷ đồng, and calls a plain mean so', async () => {
    const admin = await signIn(t.app, 'tinh.admin');
    const r = await admin.get(`/api/compare?unit=38&indicator=${GROWTH}&asOf=2022`);
    expect(r.statusCode).toBe(200);
    const body = r.json() as CompareAnswer;
    expect(body.asOf).toBe('2022');
    expect(body.measure).toMatchObject({
      quantity: 'average-growth',
      unit: '%/năm',
      fromYear: 2021,
      period: '2022',
    });
    const growth = (Math.sqrt(25100.75 / 19876.54321) - 1) * 100;
    const rates = (Math.sqrt(1.098 * 1.121) - 1) * 100;
    expect(body.units.map((u) => [u.unitCode, u.rank])).toEqual([
      ['380', 1],
      ['381', 1],
      ['382', 3],
    ]);
    expect(body.units[0]?.value).toBeCloseTo(growth, 10);
    expect(body.units[2]?.value).toBeCloseTo(rates, 10);
    expect(body.excluded).toEqual([
      expect.objectContaining({ unitCode: '407', reason: 'different-measure', value: 150_200 }),
    ]);
    expect(body.missing).toEqual([]);
    expect(body.reference).toMatchObject({
      method: 'plain-mean',
      plainMeanCause: 'rates-without-levels',
      count: 3,
    });
    expect(body.reference?.value).toBeCloseTo((2 * growth + rates) / 3, 10);
    expect(body.units[0]?.multiple).toBeCloseTo(growth / ((2 * growth + rates) / 3), 10);
    const vi = body.texts.vi;
    expect(vi.rule).toContain('Xếp hạng theo tốc độ tăng bình quân 2021-2022 theo giá so sánh 2010 (%/năm)');
    expect(vi.rule).toContain('không phải bình quân chung của tỉnh');
    expect(vi.units[0]).toMatchObject({ rank: 'xếp thứ 1/3 đơn vị so sánh được', value: '12,38%/năm' });
    expect(vi.units[0]?.relation).toMatch(/^gấp 1,0\d lần bình quân giản đơn của 3 đơn vị$/);
    expect(vi.excluded).toEqual([
      {
        unitCode: '407',
        unitName: 'thị xã Nghi Sơn',
        reason: 'khác thước đo (số liệu năm 2022 theo giá so sánh 2010: 150.200,00 tỷ đồng)',
      },
    ]);
    expect(body.texts.en.rule).toContain(
      'Ranked on average growth 2021-2022 at constant 2010 prices (%/year)',
    );
  });

  it('leaves out a quarter among whole years and weights the average by the named indicator', async () => {
    const admin = await signIn(t.app, 'tinh.admin');
    const r = await admin.get('/api/compare?unit=38&indicator=ty-le-ho-ngheo&asOf=2023-Q1&weight=dan-so');
    expect(r.statusCode).toBe(200);
    const body = r.json() as CompareAnswer;
    expect(body.direction).toBe('lower-is-better');
    expect(body.units.map((u) => [u.unitCode, u.value, u.rank])).toEqual([
      ['380', 0.9, 1],
      ['407', 1.2, 2],
    ]);
    expect(body.excluded.map((e) => [e.unitCode, e.reason])).toEqual([
      ['381', 'no-target'],
      ['382', 'different-coverage'],
    ]);
    expect(body.missing).toEqual(['381']);
    // (0,9 × 400.000 + 1,2 × 100.000) / 500.000
    expect(body.reference).toMatchObject({ method: 'weighted-mean', complete: false, count: 2 });
    expect(body.reference?.value).toBeCloseTo(0.96, 10);
    expect(body.texts.vi.rule).toBe(
      'Xếp hạng theo số liệu năm 2022 (%), thấp hơn là tốt hơn; bình quân chung tính gia quyền theo dân số trung bình: 1,0% (chỉ gồm 2/4 đơn vị).',
    );
    expect(body.texts.vi.units[1]).toMatchObject({
      rank: 'xếp thứ 2/2 đơn vị so sánh được',
      relation: 'gấp 1,25 lần bình quân gia quyền của 2 đơn vị',
    });
    expect(body.texts.vi.excluded[1]?.reason).toBe('khác phạm vi thời gian (số liệu quý I/2023: 0,7%)');
  });

  it("uses one as-of for every unit when none is asked (the parent has none: the units' most common)", async () => {
    const admin = await signIn(t.app, 'tinh.admin');
    const r = await admin.get(`/api/compare?unit=38&indicator=${GROWTH}`);
    expect(r.statusCode).toBe(200);
    const body = r.json() as CompareAnswer;
    expect(body.asOf).toBe('2023');
    expect(body.units.every((u) => u.period === body.measure?.period)).toBe(true);
  });

  it('refuses a unit user who has no role on the parent', async () => {
    const editor = await signIn(t.app, 'bimson.editor');
    const r = await editor.get(`/api/compare?unit=38&indicator=${GROWTH}`);
    expect(r.statusCode).toBe(403);
  });
});

/**
 * Test data builders shared by every area's tests: a small but complete dossier (every kind of
 * goal, two revisions of a figure, plans from two sources, a benchmark, an adjustment, a scenario
 * and a final label) and a unit tree to save it into.
 */
import type { ResolutionDossier } from '../src/core';
import type { Database } from '../src/db/database';
import type { Actor } from '../src/services/app-error';
import { saveDossierIn, type SavedDossier } from '../src/services/dossier.service';
import { createUnit, getUnit, type UnitInput } from '../src/services/unit.service';

/** An actor for tests. */
export const TEST_ACTOR: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  username: 'kiemthu',
  origin: '127.0.0.1',
};

/** The units of the seed reports: Thanh Hóa (38) with thành phố Thanh Hóa (380) and thị xã Bỉm Sơn
 * (381); Hải Dương (30) with thành phố Chí Linh (290). */
export const TEST_UNITS: UnitInput[] = [
  { code: '38', name: 'tỉnh Thanh Hóa', level: 'province' },
  { code: '380', name: 'thành phố Thanh Hóa', level: 'district', parentCode: '38' },
  { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', parentCode: '38' },
  { code: '30', name: 'tỉnh Hải Dương', level: 'province' },
  { code: '290', name: 'thành phố Chí Linh', level: 'district', parentCode: '30' },
];

/** Creates the test unit tree (skips units already there). */
export async function seedUnitTree(
  db: Database,
  actor: Actor = TEST_ACTOR,
  units = TEST_UNITS,
): Promise<void> {
  for (const unit of units) if (!(await getUnit(db, unit.code))) await createUnit(db, actor, unit);
}

/** A small dossier of thị xã Bỉm Sơn (381), term 2020-2025; pass fields to replace. */
export function buildDossier(overrides: Partial<ResolutionDossier> = {}): ResolutionDossier {
  return {
    unit: { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', parentCode: '38' },
    issuer: {
      kind: 'party',
      superior: 'ĐẢNG BỘ TỈNH THANH HÓA',
      name: 'THỊ ỦY BỈM SƠN',
      place: 'Bỉm Sơn',
      symbol: 'BC/TU',
    },
    congress: { number: 11, term: '2020-2025', date: '2020-07-10', committee: 'Đảng bộ thị xã Bỉm Sơn' },
    title: 'Nghị quyết Đại hội Đảng bộ thị xã Bỉm Sơn lần thứ XI',
    targets: [
      {
        id: 't1',
        code: '1',
        name: 'Tốc độ tăng giá trị sản xuất bình quân',
        indicator: 'tang-truong-gia-tri-san-xuat',
        field: 'kinh-te',
        kind: 'average-growth',
        direction: 'higher-is-better',
        qualifier: 'at-least',
        unit: '%',
        precision: 2,
        goal: { type: 'number', value: 15 },
        baseYear: 2020,
        baseValue: 19876.54321,
        targetYear: 2025,
        seriesBasis: 'level',
        levelUnit: 'tỷ đồng',
        aggregation: 'flow',
        percentDecimals: 1,
        priceBasis: 'constant-2010',
      },
      {
        id: 't2',
        code: '2',
        name: 'Tỷ lệ hộ nghèo',
        field: 'van-hoa-xa-hoi',
        kind: 'ratio',
        direction: 'lower-is-better',
        qualifier: 'less-than',
        unit: '%',
        precision: 1,
        goal: { type: 'number', value: 1 },
        statedCount: { value: 8, unit: 'xã' },
        targetYear: 2025,
      },
      {
        id: 't2a',
        code: '2a',
        name: 'Tỷ lệ hộ cận nghèo',
        field: 'van-hoa-xa-hoi',
        kind: 'range',
        direction: 'lower-is-better',
        qualifier: 'none',
        unit: '%',
        precision: 1,
        goal: { type: 'range', min: 2.5, max: 3 },
        parentId: 't2',
      },
      {
        id: 't3',
        code: '3',
        name: 'Thị xã được công nhận đô thị loại III',
        field: 'kinh-te',
        kind: 'milestone',
        direction: 'higher-is-better',
        qualifier: 'none',
        unit: '',
        precision: 0,
        goal: { type: 'milestone' },
      },
      {
        id: 't4',
        code: '4',
        name: 'Cơ cấu kinh tế',
        field: 'kinh-te',
        kind: 'structure',
        direction: 'higher-is-better',
        qualifier: 'about',
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
      },
      {
        id: 't5',
        code: '5',
        name: "'; drop table targets; -- Đảng bộ xếp loại",
        field: 'xay-dung-dang',
        kind: 'grade',
        direction: 'higher-is-better',
        qualifier: 'at-least',
        unit: '',
        precision: 0,
        goal: {
          type: 'grade',
          scale: ['không hoàn thành', 'hoàn thành', 'hoàn thành tốt', 'hoàn thành xuất sắc'],
          required: 'hoàn thành tốt',
        },
        dropped: { decision: 'Nghị quyết số 15-NQ/TU', date: '2023-06-16', reason: 'Không còn phù hợp' },
        note: '<script>alert(1)</script>',
      },
    ],
    observations: [
      {
        targetId: 't1',
        period: '2021',
        value: 22345.6,
        status: 'official',
        revision: 1,
        recordedAt: '2022-01-10T02:00:00.000Z',
        source: 'Chi cục Thống kê',
      },
      {
        targetId: 't1',
        period: '2022',
        value: 25012.3,
        status: 'estimate',
        revision: 1,
        recordedAt: '2022-12-10T02:00:00.000Z',
      },
      {
        targetId: 't1',
        period: '2022',
        value: 25100.75,
        status: 'official',
        revision: 2,
        recordedAt: '2023-03-10T02:00:00.000Z',
        comment: 'Số chính thức',
      },
      {
        targetId: 't2',
        period: '2022',
        value: 1.2,
        status: 'preliminary',
        revision: 1,
        recordedAt: '2023-01-05T02:00:00.000Z',
      },
      {
        targetId: 't3',
        period: '2023',
        value: false,
        status: 'official',
        revision: 1,
        recordedAt: '2023-06-01T02:00:00.000Z',
      },
      {
        targetId: 't4',
        period: '2022',
        value: [72.5, 21.3, 6.2],
        status: 'official',
        revision: 1,
        recordedAt: '2023-06-01T02:00:00.000Z',
      },
      {
        targetId: 't5',
        period: '2022',
        value: 'hoàn thành tốt',
        status: 'official',
        revision: 1,
        recordedAt: '2023-06-01T02:00:00.000Z',
      },
    ],
    plans: [
      {
        targetId: 't1',
        period: '2023',
        kind: 'annual-plan',
        source: 'ke-hoach-nam',
        label: 'kế hoạch năm',
        value: 28000,
      },
      {
        targetId: 't1',
        period: '2023',
        kind: 'budget-estimate',
        source: 'tinh-giao',
        label: 'dự toán tỉnh giao',
        value: 7960.1,
        percentDecimals: 0,
      },
    ],
    benchmarks: [
      {
        targetId: 't1',
        period: '2022',
        label: 'bình quân chung của tỉnh',
        value: 0.1234567890123,
        rank: { position: 4, of: 27, scope: 'toàn tỉnh' },
      },
    ],
    adjustments: [
      {
        targetId: 't2',
        oldGoal: { type: 'number', value: 1.5 },
        newGoal: { type: 'number', value: 1 },
        decision: 'Nghị quyết số 12-NQ/TU',
        date: '2023-06-16',
        reason: 'Đã đạt sớm',
      },
    ],
    scenarios: [
      {
        targetId: 't1',
        growthRate: 12.5,
        values: [{ period: '2024', value: 30000 }],
        note: 'Kịch bản cơ sở',
      },
    ],
    overrides: [
      {
        targetId: 't1',
        scheme: 'verdict',
        label: 'very-high-effort',
        reason: 'Tăng trưởng bình quân mới đạt 71,4% mục tiêu',
        decidedBy: 'Ban Thường vụ',
        decidedAt: '2023-06-16T03:00:00.000Z',
        causes: 'Ảnh hưởng dịch COVID-19',
        owner: 'UBND thị xã',
      },
    ],
    ...overrides,
  };
}

/** Seeds the unit tree and saves a dossier (default {@link buildDossier}); returns the new
 * resolution id and the stored target id of each dossier target id ("t1" → UUID). */
export async function saveTestDossier(
  db: Database,
  dossier: ResolutionDossier = buildDossier(),
  actor: Actor = TEST_ACTOR,
): Promise<SavedDossier> {
  await seedUnitTree(db, actor);
  return db.transaction((tx) => saveDossierIn(tx, actor, dossier));
}

/**
 * Illustrative figures for the province view of the demo: Thanh Hóa's real districts (2020-2025)
 * and a dozen of its real communes from 1 July 2025 (2025-2030), each with the same main targets
 * keyed by common indicators, figures drawn from a fixed seed (the same every run), recorded in
 * January after each year (every fourth unit late against the province's deadline, every fifth
 * missing part of 2023), and the
 * approval of 2023 at different stages. Every figure is marked "minh họa" and every title says so.
 */
import type { Observation, ResolutionDossier, Target } from '../../core';
import { seededRandom } from './seeded-random';

/** The province's deadline for the 2023 figures. */
export const DEMO_DEADLINE_2023 = '2024-01-20';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function targets(r: () => number, scale: number, baseYear: number, targetYear: number): Target[] {
  const common = {
    direction: 'higher-is-better' as const,
    qualifier: 'at-least' as const,
    baseYear,
    targetYear,
  };
  return [
    {
      id: 'gtsx',
      code: '1',
      name: 'Tốc độ tăng giá trị sản xuất bình quân',
      indicator: 'tang-truong-gia-tri-san-xuat',
      field: 'kinh-te',
      kind: 'average-growth',
      unit: '%',
      precision: 2,
      goal: { type: 'number', value: round(9 + r() * 5, 1) },
      baseValue: round(scale * 4000 * (0.6 + r()), 0),
      seriesBasis: 'level',
      levelUnit: 'tỷ đồng',
      priceBasis: 'constant-2010',
      ...common,
    },
    {
      id: 'thu-ngan-sach',
      code: '2',
      name: 'Thu ngân sách trên địa bàn',
      indicator: 'thu-ngan-sach',
      field: 'kinh-te',
      kind: 'end-level',
      unit: 'tỷ đồng',
      precision: 1,
      goal: { type: 'number', value: round(scale * 300 * (1 + r()), 0) },
      baseValue: round(scale * 180 * (0.8 + r() * 0.4), 1),
      ...common,
    },
    {
      id: 'thu-nhap',
      code: '3',
      name: 'Thu nhập bình quân đầu người',
      indicator: 'thu-nhap-binh-quan-dau-nguoi',
      field: 'kinh-te',
      kind: 'end-level',
      unit: 'triệu đồng',
      precision: 1,
      goal: { type: 'number', value: round(70 + r() * 40, 0) },
      baseValue: round(42 + r() * 20, 1),
      ...common,
    },
    {
      id: 'ngheo',
      code: '4',
      name: 'Tỷ lệ hộ nghèo',
      indicator: 'ty-le-ho-ngheo',
      field: 'van-hoa-xa-hoi',
      kind: 'ratio',
      unit: '%',
      precision: 2,
      direction: 'lower-is-better',
      qualifier: 'less-than',
      goal: { type: 'number', value: round(1 + r() * 2, 1) },
      baseValue: round(3 + r() * 8, 2),
      baseYear,
      targetYear,
    },
    {
      id: 'dao-tao',
      code: '5',
      name: 'Tỷ lệ lao động qua đào tạo',
      indicator: 'ty-le-lao-dong-qua-dao-tao',
      field: 'van-hoa-xa-hoi',
      kind: 'ratio',
      unit: '%',
      precision: 1,
      goal: { type: 'number', value: round(70 + r() * 10, 0) },
      baseValue: round(55 + r() * 10, 1),
      ...common,
    },
    {
      id: 'dan-so',
      code: '6',
      name: 'Dân số trung bình',
      indicator: 'dan-so',
      field: 'van-hoa-xa-hoi',
      kind: 'end-level',
      unit: 'người',
      precision: 0,
      goal: { type: 'number', value: round(scale * 120000, -2) },
      baseValue: round(scale * 110000 * (0.9 + r() * 0.2), -2),
      ...common,
    },
    {
      id: 'rung',
      code: '7',
      name: 'Tỷ lệ che phủ rừng',
      indicator: 'ty-le-che-phu-rung',
      field: 'moi-truong',
      kind: 'ratio',
      unit: '%',
      precision: 1,
      goal: { type: 'number', value: round(30 + r() * 30, 0) },
      baseValue: round(25 + r() * 30, 1),
      ...common,
    },
  ];
}

/** Figures of the years given: each year recorded in January of the next (day 5-30), the last
 * year an estimate; `skip` drops a target's last year (a unit late with part of its figures). */
function figures(
  r: () => number,
  ts: Target[],
  years: number[],
  skip: Set<string>,
  tardy: boolean,
): Observation[] {
  const out: Observation[] = [];
  for (const t of ts) {
    let level = t.baseValue ?? 1;
    const goal = t.goal.type === 'number' ? t.goal.value : 0;
    for (const [i, year] of years.entries()) {
      if (skip.has(t.id) && i === years.length - 1) continue;
      let value: number;
      if (t.kind === 'average-growth')
        value = level = round(level * (1 + (goal / 100) * (0.5 + r() * 0.8)), 0);
      else if (t.direction === 'lower-is-better')
        value = level = round(Math.max(0.3, level * (0.72 + r() * 0.2)), 2);
      else if (t.kind === 'ratio')
        value = level = round(Math.min(99, level + (goal - level) * (0.1 + r() * 0.35)), 1);
      else if (t.indicator === 'dan-so') value = level = round(level * (1.004 + r() * 0.01), -1);
      else value = level = round(level * (1.04 + r() * 0.14), 1);
      const day = tardy ? 15 + Math.floor(r() * 16) : 3 + Math.floor(r() * 16);
      out.push({
        targetId: t.id,
        period: String(year),
        value,
        status: i === years.length - 1 ? 'estimate' : 'official',
        revision: 1,
        source: 'minh họa',
        recordedAt: `${year + 1}-01-${String(day).padStart(2, '0')}T03:00:00.000Z`,
      });
    }
  }
  return out;
}

function dossier(
  unit: ResolutionDossier['unit'],
  term: string,
  seed: number,
  scale: number,
  years: number[],
  lateTargets: Set<string>,
  tardy = false,
): ResolutionDossier {
  const r = seededRandom(seed);
  const [from, to] = term.split('-').map(Number) as [number, number];
  const ts = targets(r, scale, from, to);
  const place = unit.name.replace(/^(thành phố|thị xã|huyện|phường|xã) /, '');
  return {
    unit,
    issuer: {
      kind: 'party',
      superior: 'ĐẢNG BỘ TỈNH THANH HÓA',
      name: `ĐẢNG ỦY ${unit.name.toUpperCase()}`,
      place,
    },
    congress: { number: 1, term, committee: `Đảng bộ ${unit.name}` },
    title: `Các chỉ tiêu chủ yếu nhiệm kỳ ${term} của ${unit.name} (số liệu minh họa)`,
    targets: ts,
    observations: figures(r, ts, years, lateTargets, tardy),
    plans: [],
    benchmarks: [],
    adjustments: [],
    scenarios: [],
    overrides: [],
  };
}

/** A district of the demo: code, name, relative size. */
interface DemoUnit {
  code: string;
  name: string;
  scale: number;
}

/**
 * Dossiers for the old districts (term 2020-2025, figures 2021-2023; every fifth unit lacks
 * part of its 2023 figures) and the new communes (term 2025-2030, figures of 2025) given.
 */
export function provinceDemoDossiers(districts: DemoUnit[], communes: DemoUnit[]): ResolutionDossier[] {
  const out: ResolutionDossier[] = [];
  districts.forEach((d, i) => {
    const late = i % 5 === 2 ? new Set(['thu-ngan-sach', 'ngheo', 'dao-tao']) : new Set<string>();
    out.push(
      dossier(
        { code: d.code, name: d.name, level: 'district', parentCode: '38' },
        '2020-2025',
        1000 + Number(d.code),
        d.scale,
        [2021, 2022, 2023],
        late,
        i % 4 === 1,
      ),
    );
  });
  for (const c of communes)
    out.push(
      dossier(
        { code: c.code, name: c.name, level: 'commune', parentCode: '38' },
        '2025-2030',
        5000 + Number(c.code),
        c.scale,
        [2025],
        new Set(),
      ),
    );
  return out;
}

/** The approval of 2023 in the demo, by position among the districts with figures: submitted,
 * approved, returned with a reason, or nothing yet. */
export function demoApprovalPlan(index: number): 'approved' | 'submitted' | 'returned' | 'open' {
  return (
    (['approved', 'submitted', 'approved', 'returned', 'open', 'submitted'] as const)[index % 6] ?? 'open'
  );
}

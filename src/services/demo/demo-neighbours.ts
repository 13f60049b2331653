/**
 * Two small illustrative dossiers for neighbouring units of Thanh Hóa (Sầm Sơn 382, Nghi Sơn 407),
 * so comparison screens have siblings to rank on the common indicators. Every figure is
 * illustrative (source "minh họa"), and the titles say so.
 */
import type { Observation, ResolutionDossier, Target } from '../../core';

function neighbour(
  code: string,
  name: string,
  committee: string,
  place: string,
  income: { base: number; goal: number; values: number[] },
  production: { base: number; goal: number; values: number[] },
): ResolutionDossier {
  const targets: Target[] = [
    {
      id: 'gtsx',
      code: '1',
      name: 'Tốc độ tăng giá trị sản xuất bình quân',
      indicator: 'tang-truong-gia-tri-san-xuat',
      field: 'kinh-te',
      kind: 'average-growth',
      direction: 'higher-is-better',
      qualifier: 'at-least',
      unit: '%',
      precision: 2,
      goal: { type: 'number', value: production.goal },
      baseYear: 2020,
      baseValue: production.base,
      targetYear: 2025,
      seriesBasis: 'level',
      priceBasis: 'constant-2010',
    },
    {
      id: 'thu-nhap',
      code: '2',
      name: 'Thu nhập bình quân đầu người',
      indicator: 'thu-nhap-binh-quan-dau-nguoi',
      field: 'kinh-te',
      kind: 'end-level',
      direction: 'higher-is-better',
      qualifier: 'at-least',
      unit: 'triệu đồng',
      precision: 2,
      goal: { type: 'number', value: income.goal },
      baseYear: 2020,
      baseValue: income.base,
      targetYear: 2025,
    },
  ];
  const series = (targetId: string, values: number[]): Observation[] =>
    values.map((value, i) => ({
      targetId,
      period: String(2021 + i),
      value,
      status: i === values.length - 1 ? 'estimate' : 'official',
      revision: 1,
      source: 'minh họa',
    }));
  return {
    unit: { code, name, level: 'district', parentCode: '38' },
    issuer: {
      kind: 'party',
      superior: 'ĐẢNG BỘ TỈNH THANH HÓA',
      name: `${committee.toUpperCase()}`,
      place,
      symbol: 'BC/TU',
    },
    congress: { number: 1, term: '2020-2025', committee: `Đảng bộ ${name}` },
    title: `Các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025 của ${name} (dữ liệu minh họa để so sánh)`,
    targets,
    observations: [...series('gtsx', production.values), ...series('thu-nhap', income.values)],
    plans: [],
    benchmarks: [],
    adjustments: [],
    scenarios: [],
    overrides: [],
  };
}

/** The neighbours' dossiers (illustrative). */
export const DEMO_NEIGHBOURS: ResolutionDossier[] = [
  neighbour(
    '382',
    'thành phố Sầm Sơn',
    'Thành ủy Sầm Sơn',
    'Sầm Sơn',
    { base: 58.4, goal: 90, values: [61.2, 66.8, 72.1] },
    { base: 14250, goal: 13, values: [15400, 17350, 19480] },
  ),
  neighbour(
    '407',
    'thị xã Nghi Sơn',
    'Thị ủy Nghi Sơn',
    'Nghi Sơn',
    { base: 62.5, goal: 100, values: [68.3, 75.6, 80.2] },
    { base: 98500, goal: 16, values: [112000, 131500, 150200] },
  ),
];

/**
 * The demo unit tree: the units of the seed reports and a few neighbours for comparison screens,
 * with the 2025 reorganisation (district level gone from 1 July 2025) as an illustration.
 * Lineage links and the new wards' codes are illustrative, marked so in the data.
 */
import type { LineageInput, UnitInput } from '../unit.service';

/** The day the 2025 reorganisation took effect. */
export const REORGANISATION_DATE = '2025-07-01';

const ENDED = { validTo: REORGANISATION_DATE };

/** Units, parents before children. */
export const DEMO_UNITS: UnitInput[] = [
  { code: '38', name: 'tỉnh Thanh Hóa', level: 'province' },
  { code: '380', name: 'thành phố Thanh Hóa', level: 'district', parentCode: '38', ...ENDED },
  { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', parentCode: '38', ...ENDED },
  { code: '382', name: 'thành phố Sầm Sơn', level: 'district', parentCode: '38', ...ENDED },
  {
    code: '407',
    name: 'thị xã Nghi Sơn',
    level: 'district',
    parentCode: '38',
    ...ENDED,
    note: 'Đơn vị để so sánh',
  },
  {
    code: '14401',
    name: 'phường Bỉm Sơn',
    level: 'commune',
    parentCode: '38',
    validFrom: REORGANISATION_DATE,
    illustrative: true,
    note: 'Mã minh họa',
  },
  {
    code: '14402',
    name: 'phường Quang Trung',
    level: 'commune',
    parentCode: '38',
    validFrom: REORGANISATION_DATE,
    illustrative: true,
    note: 'Mã minh họa',
  },
  { code: '30', name: 'tỉnh Hải Dương', level: 'province', ...ENDED },
  { code: '290', name: 'thành phố Chí Linh', level: 'district', parentCode: '30', ...ENDED },
  { code: '31', name: 'thành phố Hải Phòng', level: 'province' },
];

/** The reorganisation as an illustration: a partial split and a merge. */
export const DEMO_LINEAGE: LineageInput[] = [
  {
    fromCode: '381',
    toCode: '14401',
    kind: 'split',
    effectiveDate: REORGANISATION_DATE,
    illustrative: true,
    notes: 'Minh họa: thị xã Bỉm Sơn sắp xếp thành phường Bỉm Sơn và phường Quang Trung.',
  },
  {
    fromCode: '381',
    toCode: '14402',
    kind: 'split',
    effectiveDate: REORGANISATION_DATE,
    illustrative: true,
    notes: 'Minh họa: thị xã Bỉm Sơn sắp xếp thành phường Bỉm Sơn và phường Quang Trung.',
  },
  {
    fromCode: '30',
    toCode: '31',
    kind: 'merge',
    effectiveDate: REORGANISATION_DATE,
    illustrative: true,
    notes: 'Minh họa: tỉnh Hải Dương hợp nhất vào thành phố Hải Phòng.',
  },
];

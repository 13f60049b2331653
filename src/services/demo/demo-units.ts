/**
 * The demo units outside the official import: Thanh Hóa's units old and new come from the
 * official lists (`importOfficialUnitsIn`, province 38, loaded first, so the units below are
 * then already there); Hải Dương with Chí Linh and Hải Phòng are added here, with their 2025
 * merge as an illustration, marked so in the data.
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
  { code: '30', name: 'tỉnh Hải Dương', level: 'province', ...ENDED },
  { code: '290', name: 'thành phố Chí Linh', level: 'district', parentCode: '30', ...ENDED },
  { code: '31', name: 'thành phố Hải Phòng', level: 'province' },
];

/** Hải Dương into Hải Phòng, as an illustration. */
export const DEMO_LINEAGE: LineageInput[] = [
  {
    fromCode: '30',
    toCode: '31',
    kind: 'merge',
    effectiveDate: REORGANISATION_DATE,
    illustrative: true,
    notes: 'Minh họa: tỉnh Hải Dương hợp nhất vào thành phố Hải Phòng.',
  },
];

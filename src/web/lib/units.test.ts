import { describe, expect, it } from 'vitest';
import { flattenUnits } from './units';

describe('flattenUnits', () => {
  it('orders a flat list depth-first with depths, roots being units whose parent is not visible', () => {
    const flat = flattenUnits([
      { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', parentCode: '38' },
      { code: '38', name: 'tỉnh Thanh Hóa', level: 'province' },
      { code: '380', name: 'thành phố Thanh Hóa', level: 'district', parentCode: '38' },
      { code: '290', name: 'thành phố Chí Linh', level: 'district', parentCode: '30' },
    ]);
    expect(flat.map((u) => [u.code, u.depth])).toEqual([
      ['290', 0],
      ['38', 0],
      ['380', 1],
      ['381', 1],
    ]);
  });

  it('walks a nested tree in the given order', () => {
    const flat = flattenUnits([
      {
        code: '30',
        name: 'tỉnh Hải Dương',
        level: 'province',
        children: [{ code: '290', name: 'thành phố Chí Linh', level: 'district', parentCode: '30' }],
      },
    ]);
    expect(flat.map((u) => `${u.code}:${u.depth}`)).toEqual(['30:0', '290:1']);
  });
});

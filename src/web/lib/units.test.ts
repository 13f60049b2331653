import { describe, expect, it } from 'vitest';
import { flattenUnits, unitOptionLabel } from './units';

describe('flattenUnits', () => {
  it('orders a flat list depth-first with depths, roots being units whose parent is not visible, higher levels first', () => {
    const flat = flattenUnits([
      { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', parentCode: '38' },
      { code: '38', name: 'tỉnh Thanh Hóa', level: 'province' },
      { code: '380', name: 'thành phố Thanh Hóa', level: 'district', parentCode: '38' },
      { code: '290', name: 'thành phố Chí Linh', level: 'district', parentCode: '30' },
    ]);
    expect(flat.map((u) => [u.code, u.depth])).toEqual([
      ['38', 0],
      ['380', 1],
      ['381', 1],
      ['290', 0],
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

describe('unitOptionLabel', () => {
  it('names the unit with its code and its validity', () => {
    const [old, fresh] = flattenUnits([
      { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', validTo: '2025-07-01' },
      { code: '14401', name: 'phường Bỉm Sơn', level: 'commune', validFrom: '2025-07-01' },
    ]);
    expect(old && unitOptionLabel(old)).toBe('thị xã Bỉm Sơn (381, đến 01/07/2025)');
    expect(fresh && unitOptionLabel(fresh)).toBe('phường Bỉm Sơn (14401, từ 01/07/2025)');
  });

  it('puts districts before communes under the same parent', () => {
    const flat = flattenUnits([
      { code: '38', name: 'tỉnh Thanh Hóa', level: 'province' },
      { code: '14401', name: 'phường Bỉm Sơn', level: 'commune', parentCode: '38' },
      { code: '380', name: 'thành phố Thanh Hóa', level: 'district', parentCode: '38' },
    ]);
    expect(flat.map((u) => u.code)).toEqual(['38', '380', '14401']);
  });
});

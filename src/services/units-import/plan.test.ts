import { describe, expect, it } from 'vitest';
import { displayName, planUnitImport } from './plan';
import type { UnitSources } from './sources';

/** Two old provinces (10 keeps its communes, 20 and 21 merge into 21), one commune split. */
function sources(): UnitSources {
  return {
    old: {
      provinces: [
        { code: '10', name: 'Tỉnh Một', type: 'tinh' },
        { code: '20', name: 'Tỉnh Hai', type: 'tinh' },
        { code: '21', name: 'Tỉnh Ba', type: 'tinh' },
      ],
      districts: [
        { code: '100', name: 'Huyện Núi', type: 'huyen', parentCode: '10' },
        { code: '200', name: 'Thị xã Sông', type: 'thi-xa', parentCode: '20' },
        { code: '210', name: 'Huyện Biển', type: 'huyen', parentCode: '21' },
      ],
      communes: [
        { code: '00001', name: 'Xã An', type: 'xa', parentCode: '100' },
        { code: '00002', name: 'Xã Bình', type: 'xa', parentCode: '100' },
        { code: '00003', name: 'Xã Cát', type: 'xa', parentCode: '100' },
        { code: '00004', name: 'Phường Đông', type: 'phuong', parentCode: '200' },
        { code: '00005', name: 'Xã Tây', type: 'xa', parentCode: '210' },
        { code: '00006', name: 'Xã Nam', type: 'xa', parentCode: '210' },
        { code: '00007', name: 'Xã Bắc', type: 'xa', parentCode: '210' },
      ],
    },
    current: {
      provinces: [
        { code: '10', name: 'Một', placeType: 'Tỉnh' },
        { code: '21', name: 'Ba', placeType: 'Tỉnh' },
      ],
      communes: [
        { code: '00001', name: 'Xã An Bình', provinceCode: '10' },
        { code: '00003', name: 'Phường Cát', provinceCode: '10' },
        { code: '00004', name: 'Phường Đông', provinceCode: '21' },
        { code: '00005', name: 'Xã Tây Nam', provinceCode: '21' },
        { code: '00009', name: 'Xã Mới', provinceCode: '21' },
      ],
    },
    mapping: [
      row('1', '00001', 'Xã An', '00001', 'Xã An Bình', 'Một'),
      row('2', '00002', 'Xã Bình', '00001', 'Xã An Bình', 'Một'),
      row('3', '00003', 'Xã Cát', '00003', 'Phường Cát', 'Một'),
      row('4', '00004', 'Phường Đông', '00004', 'Phường Đông', 'Ba'),
      row('5', '00005', 'Xã Tây', '00005', 'Xã Tây Nam', 'Ba'),
      row('6', '00006', 'Xã Nam Cũ', '00005', 'Xã Tây Nam', 'Ba'),
      row('7', '00006', 'Xã Nam Cũ', '00009', 'Xã Mới', 'Ba'),
      row('8', '', '', '00009', 'Xã Mới', 'Ba'),
      row('9', '00008', 'Xã Lạ', '00009', 'Xã Mới', 'Ba', 'Tỉnh Ba', 'Huyện Biển'),
    ],
    versions: { old: 'cu@1', current: 'moi@1' },
  };
}

function row(
  id: string,
  oldCode: string,
  oldName: string,
  newCode: string,
  newName: string,
  newProvinceName: string,
  oldProvinceName: string | null = null,
  oldDistrictName: string | null = null,
) {
  return {
    id,
    oldCode,
    oldName: oldName || null,
    oldDistrictName,
    oldProvinceName,
    newCode,
    newName,
    newProvinceName,
  };
}

describe('planUnitImport', () => {
  const plan = planUnitImport(sources());
  const unit = (key: string) => plan.units.find((u) => u.key === key);
  const links = (to: string) => plan.links.filter((l) => l.toKey === to).map((l) => `${l.fromKey} ${l.kind}`);

  it('keeps a province whose communes stayed together as one continuing unit', () => {
    expect(unit('cont:10')).toMatchObject({ code: '10', name: 'tỉnh Một' });
    expect(unit('cont:10')?.validTo).toBeUndefined();
    expect(plan.units.filter((u) => u.code === '10')).toHaveLength(1);
  });

  it('ends every old district and commune on 1 July 2025 and starts the new ones that day', () => {
    expect(unit('old:100')).toMatchObject({ validTo: '2025-07-01', level: 'district', parentKey: 'cont:10' });
    expect(unit('old:00001')).toMatchObject({ validTo: '2025-07-01', parentKey: 'old:100' });
    expect(unit('new:00001')).toMatchObject({
      validFrom: '2025-07-01',
      parentKey: 'cont:10',
      name: 'xã An Bình',
    });
    expect(unit('new:21')).toMatchObject({ validFrom: '2025-07-01', name: 'tỉnh Ba' });
    expect(unit('old:21')).toMatchObject({ validTo: '2025-07-01' });
  });

  it('records merges, a split without share, a change of type, a continuing commune and district splits', () => {
    expect(links('new:00001')).toEqual(['old:00001 merge', 'old:00002 merge', 'old:100 split']);
    expect(links('new:00003')).toEqual(['old:00003 retype', 'old:100 split']);
    expect(links('new:00004')).toEqual(['old:00004 continue', 'old:200 split']);
    expect(links('new:00005')).toEqual(['old:00005 merge', 'old:00006 split', 'old:210 split']);
    expect(links('new:00009')).toContain('old:00006 split');
    expect(links('new:21').sort()).toEqual(['old:20 merge', 'old:21 merge']);
  });

  it('flags doubtful rows and keeps them', () => {
    expect(plan.counts.flags).toMatchObject({
      'old-code-missing': 1,
      'not-in-old-list': 1,
      'no-successor': 1,
      'name-differs': 1,
    });
    expect(unit('old:00007')?.flags).toEqual(['no-successor']);
    expect(unit('old:00008')).toMatchObject({ parentKey: 'old:210', flags: ['not-in-old-list'] });
    expect(unit('old:00006')?.flags).toEqual(['name-differs']);
    expect(unit('new:00009')?.flags).toContain('old-code-missing');
  });

  it('plans one province with the old provinces it was made of', () => {
    const one = planUnitImport(sources(), { province: '21' });
    expect([...new Set(one.units.map((u) => u.key))].sort()).toEqual(
      [
        'new:00004',
        'new:00005',
        'new:00009',
        'new:21',
        'old:00004',
        'old:00005',
        'old:00006',
        'old:00007',
        'old:00008',
        'old:20',
        'old:200',
        'old:21',
        'old:210',
      ].sort(),
    );
  });

  it('writes type words in lower case', () => {
    expect(displayName('Thị xã Bỉm Sơn')).toBe('thị xã Bỉm Sơn');
    expect(displayName('Thành phố Hà Nội')).toBe('thành phố Hà Nội');
    expect(displayName('Đặc khu Côn Đảo')).toBe('đặc khu Côn Đảo');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultCongressNumber, defaultTerm, issuerNameOf, placeOf } from './defaults';

describe("a new resolution's defaults from the unit", () => {
  it('gives a ward created on 1 July 2025 the 2025-2030 term and its first congress', () => {
    const ward = { validFrom: '2025-07-01' };
    expect(defaultTerm(ward, '2025-09-01')).toBe('2025-2030');
    expect(defaultCongressNumber(ward, '2025-2030')).toBe('1');
  });

  it('gives a unit that ended on 1 July 2025 the term it held, and a lasting unit the current one', () => {
    expect(defaultTerm({ validFrom: '1994-01-01', validTo: '2025-07-01' }, '2026-03-01')).toBe('2020-2025');
    expect(defaultTerm({}, '2024-05-01')).toBe('2020-2025');
    expect(defaultTerm({}, '2026-05-01')).toBe('2025-2030');
    expect(defaultCongressNumber({ validFrom: '1994-01-01' }, '2020-2025')).toBe('');
  });

  it('writes the issuing body as documents do', () => {
    expect(issuerNameOf('thành phố Thanh Hóa', 'party')).toBe('THÀNH ỦY THANH HÓA');
    expect(issuerNameOf('thị xã Bỉm Sơn', 'party')).toBe('THỊ ỦY BỈM SƠN');
    expect(issuerNameOf('phường Bỉm Sơn', 'party')).toBe('ĐẢNG ỦY PHƯỜNG BỈM SƠN');
    expect(issuerNameOf('phường Bỉm Sơn', 'state')).toBe('UBND PHƯỜNG BỈM SƠN');
    expect(placeOf('phường Bỉm Sơn')).toBe('Bỉm Sơn');
  });
});

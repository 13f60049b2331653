import { describe, expect, it } from 'vitest';
import { dateLine, documentNumberLine, layoutFor, mmToTwip, PARTY_LAYOUT, STATE_LAYOUT } from './layout-spec';

describe('layout specs', () => {
  it('A4 in twips', () => {
    expect(mmToTwip(210)).toBe(11906);
    expect(mmToTwip(297)).toBe(16838);
  });

  it.each([STATE_LAYOUT, PARTY_LAYOUT])('$basis: margins, font and sizes inside the rules', (l) => {
    expect(l.page).toEqual({ widthMm: 210, heightMm: 297 });
    expect(l.marginsMm.top).toBeGreaterThanOrEqual(20);
    expect(l.marginsMm.top).toBeLessThanOrEqual(25);
    expect(l.marginsMm.bottom).toBeGreaterThanOrEqual(20);
    expect(l.marginsMm.bottom).toBeLessThanOrEqual(25);
    expect(l.marginsMm.left).toBeGreaterThanOrEqual(30);
    expect(l.marginsMm.left).toBeLessThanOrEqual(35);
    expect(l.marginsMm.right).toBeGreaterThanOrEqual(15);
    expect(l.marginsMm.right).toBeLessThanOrEqual(20);
    expect(l.font).toBe('Times New Roman');
    expect(l.sizes.body).toBeGreaterThanOrEqual(13);
    expect(l.sizes.body).toBeLessThanOrEqual(14);
    expect(l.pageNumbers).toEqual({ position: 'header-center', fromPage: 2 });
  });

  it('chooses the layout by issuer kind', () => {
    expect(layoutFor({ kind: 'party', name: 'Thành ủy Thanh Hóa', place: 'Thanh Hóa' })).toBe(PARTY_LAYOUT);
    expect(layoutFor({ kind: 'state', name: 'UBND thành phố Thanh Hóa', place: 'Thanh Hóa' })).toBe(
      STATE_LAYOUT,
    );
    expect(STATE_LAYOUT.mottoLines).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(PARTY_LAYOUT.mottoLines).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
  });

  it('writes numbers as each rule does', () => {
    expect(documentNumberLine(STATE_LAYOUT, 'BC-UBND', '12')).toBe('Số: 12/BC-UBND');
    expect(documentNumberLine(PARTY_LAYOUT, 'BC/TU', '12')).toBe('Số 12-BC/TU');
    expect(documentNumberLine(PARTY_LAYOUT, undefined, undefined)).toBe('Số       -BC/TU');
  });

  it('writes datelines with the leading zeros of Nghị định 30', () => {
    expect(dateLine('Thanh Hóa', '2023-07-26', 2023)).toBe('Thanh Hóa, ngày 26 tháng 7 năm 2023');
    expect(dateLine('Hải Dương', '2023-02-05', 2023)).toBe('Hải Dương, ngày 05 tháng 02 năm 2023');
    expect(dateLine('Thanh Hóa', undefined, 2023)).toBe('Thanh Hóa, ngày      tháng      năm 2023');
  });
});

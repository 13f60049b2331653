import { describe, expect, it } from 'vitest';
import { conversionFactor, unitScale } from './compare-measure';
import { formatMeasureValue, measurePhrase, scopeNounVi } from './compare-phrase';

describe('comparison words', () => {
  it('names the parent by the kind of unit its name says, else by its level', () => {
    expect(scopeNounVi('tỉnh Thanh Hóa', 'province')).toBe('tỉnh');
    expect(scopeNounVi('thành phố Hải Phòng', 'province')).toBe('thành phố');
    expect(scopeNounVi('Thị xã Bỉm Sơn', 'district')).toBe('thị xã');
    expect(scopeNounVi('Nghi Sơn', 'district')).toBe('huyện');
  });

  it('prints values with their unit the vi-VN way', () => {
    expect(formatMeasureValue(9.8, '%/năm', 2)).toBe('9,80%/năm');
    expect(formatMeasureValue(9.8, '%/năm', 2, 'en')).toBe('9,80%/year');
    expect(formatMeasureValue(25100.75, 'tỷ đồng', 2)).toBe('25.100,75 tỷ đồng');
    expect(formatMeasureValue(3, '', 0)).toBe('3');
  });

  it('says what is measured over which years', () => {
    const growth = {
      quantity: 'average-growth',
      unit: '%/năm',
      fromYear: 2021,
      period: '2023',
      coverage: 'whole-year',
    } as const;
    expect(measurePhrase(growth)).toBe('tốc độ tăng bình quân 2021-2023 (%/năm)');
    expect(measurePhrase({ ...growth, period: '2021' })).toBe('tốc độ tăng năm 2021 (%/năm)');
    expect(measurePhrase(growth, 'en')).toBe('average growth 2021-2023 (%/year)');
    expect(
      measurePhrase({
        quantity: 'sum-so-far',
        unit: 'tỷ đồng',
        fromYear: 2021,
        period: '2023-H1',
        coverage: 'year-to-date',
      }),
    ).toBe('tổng từ năm 2021 đến hết 6 tháng đầu năm 2023 (tỷ đồng)');
  });

  it('converts between scales of the same unit only', () => {
    expect(unitScale('Triệu  đồng')).toEqual({ base: 'đồng', factor: 1e6 });
    expect(conversionFactor('triệu đồng', 'tỷ đồng')).toBe(0.001);
    expect(conversionFactor('nghìn tỷ đồng', 'tỷ đồng')).toBe(1000);
    expect(conversionFactor('triệu USD', 'tỷ đồng')).toBeUndefined();
    expect(conversionFactor('%', '%/năm')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { imageScale, keptInImage, tableCsv } from './chart-export';

describe('a chart table for Excel', () => {
  it('writes UTF-8 with BOM, semicolons and Vietnamese numbers as given, quoting where needed', () => {
    const csv = tableCsv([
      ['Năm', 'Thực hiện (tỷ đồng)'],
      ['2023', '9.710,8'],
      ['ghi chú; có dấu', '=cmd'],
    ]);
    expect(csv.startsWith('\uFEFFNăm;Thực hiện (tỷ đồng)\r\n2023;9.710,8\r\n')).toBe(true);
    expect(csv).toContain(`"ghi chú; có dấu";'=cmd`);
  });
});

describe('a screen as one image', () => {
  it('is taken twice its size, smaller when that would pass the canvas limit', () => {
    expect(imageScale(3000)).toBe(2);
    expect(imageScale(8000)).toBe(2);
    expect(imageScale(12_000)).toBeCloseTo(16_000 / 12_000);
    expect(imageScale(12_000) * 12_000).toBeLessThanOrEqual(16_384);
    expect(imageScale(100_000)).toBe(0.5);
  });

  it('leaves out controls, their labels and what is marked to skip; keeps text and the rest', () => {
    const element = (tagName: string, attrs: Record<string, string> = {}, control = false) =>
      ({
        nodeType: 1,
        tagName,
        getAttribute: (name: string) => attrs[name] ?? null,
        querySelector: () => (control ? {} : null),
      }) as unknown as Node;
    expect(keptInImage(element('DIV', { 'data-export': 'skip' }))).toBe(false);
    expect(keptInImage(element('BUTTON'))).toBe(false);
    expect(keptInImage(element('SELECT'))).toBe(false);
    expect(keptInImage(element('LABEL', {}, true))).toBe(false);
    expect(keptInImage(element('LABEL'))).toBe(true);
    expect(keptInImage(element('ARTICLE'))).toBe(true);
    expect(keptInImage({ nodeType: 3 } as Node)).toBe(true);
  });
});

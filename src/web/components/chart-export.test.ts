import { describe, expect, it } from 'vitest';
import { tableCsv } from './chart-export';

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

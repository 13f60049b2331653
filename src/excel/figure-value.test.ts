import { describe, expect, it } from 'vitest';
import type { Observation, Target } from '../core';
import { buildChangeSet } from './change-set';
import { figureCellValue, readFigureValue } from './figure-value';
import { parseCsvFile } from './import-parse';
import { IssueList } from './issues';
import { dossierAsRows } from './json-rows';

const revenue: Target = {
  id: 'thu',
  code: '1',
  name: 'Thu ngân sách nhà nước trên địa bàn',
  field: 'kinh-te',
  kind: 'end-level',
  direction: 'higher-is-better',
  qualifier: 'more-than',
  unit: 'tỷ đồng',
  precision: 1,
  goal: { type: 'number', value: 3200 },
};
const share: Target = {
  ...revenue,
  id: 'bhyt',
  code: '2',
  name: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
  kind: 'ratio',
  unit: '%',
  goal: { type: 'number', value: 95 },
};
const milestone: Target = { ...revenue, id: 'qh', code: '3', kind: 'milestone', goal: { type: 'milestone' } };
const stored = (observations: Observation[]) =>
  ({
    targets: [revenue, share, milestone],
    observations,
    plans: [],
    benchmarks: [],
    adjustments: [],
  }) as never;

function readCsv(body: string, observations: Observation[] = []) {
  const issues = new IssueList();
  const parsed = parseCsvFile(`Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái\n${body}`, issues);
  const change = buildChangeSet(parsed, stored(observations), '381', issues, () => 'n');
  return { change, messages: issues.list().map((i) => i.message) };
}

describe('a figure cell of the Excel or CSV import', () => {
  it('reads a hedge word before a number, as the grid does (Chí Linh: "trên 3.200 tỷ đồng", seed 004)', () => {
    const { change, messages } = readCsv(
      '1;2022;trên 3.200;Ước\n2;2022;gần 95%;Ước\n3;2022;Đạt;Chính thức\n',
    );
    expect(messages).toEqual([]);
    expect(change.figures.map((f) => [f.observation.value, f.observation.hedge])).toEqual([
      [3200, 'over'],
      [95, 'nearly'],
      [true, undefined],
    ]);
  });

  it('locates what it cannot read, in Vietnamese', () => {
    const { messages } = readCsv(
      '1;2022;hơn 3.200;Ước\n1;2023;9,8%;Ước\n3;2022;trên 1;Ước\n3;2023;xong;Ước\n',
    );
    expect(messages).toEqual([
      "Sheet Số liệu (CSV), dòng 2, cột C (Giá trị): 'hơn 3.200' không phải là số (viết theo kiểu Việt Nam: 9.710,8)",
      "Sheet Số liệu (CSV), dòng 3, cột C (Giá trị): '9,8%': chỉ tiêu tính bằng tỷ đồng, không ghi %",
      'Sheet Số liệu (CSV), dòng 4, cột C (Giá trị): \'trên 1\': chỉ ghi "trên", "gần", "khoảng" trước số liệu là số',
      'Sheet Số liệu (CSV), dòng 5, cột C (Giá trị): \'xong\' không hợp lệ cho chỉ tiêu mốc: ghi "Đạt" hoặc "Chưa đạt"',
    ]);
  });

  it('writes a hedged figure as its text, so an export reads back as no change', () => {
    expect(figureCellValue(3200.5, 'vi', 'over')).toBe('trên 3200,5');
    expect(figureCellValue(3200.5, 'vi')).toBe(3200.5);
    const saved: Observation = {
      targetId: 'thu',
      period: '2022',
      value: 3200,
      status: 'estimate',
      revision: 1,
      hedge: 'over',
    };
    const again = readCsv(`1;2022;${figureCellValue(3200, 'vi', 'over')};Ước\n`, [saved]);
    expect(again.change.figures).toEqual([]);
    expect(again.change.unchanged).toBe(1);
    // The same figure without its word is a change: a new revision without the hedge.
    const plain = readCsv('1;2022;3.200;Ước\n', [saved]);
    expect(plain.change.figures.map((f) => f.observation)).toEqual([
      { targetId: 'thu', period: '2022', value: 3200, status: 'estimate' },
    ]);
  });

  it('keeps the hedge of an interchange file imported into a stored resolution', () => {
    const saved: Observation = {
      targetId: 'thu',
      period: '2022',
      value: 3200,
      status: 'estimate',
      revision: 1,
      hedge: 'over',
    };
    const issues = new IssueList();
    const rows = dossierAsRows({ ...(stored([saved]) as object), unit: { code: '381' } } as never, issues);
    const change = buildChangeSet(rows, stored([saved]), '381', issues, () => 'n');
    expect(issues.list()).toEqual([]);
    expect(change.unchanged).toBeGreaterThanOrEqual(1);
    expect(change.figures).toEqual([]);
  });

  it('takes number and true/false cells as they are', () => {
    const ctx = { place: { sheet: 'Số liệu', row: 2 }, issues: new IssueList(), locale: 'vi' as const };
    expect(readFigureValue({ type: 'number', value: 9710.8 }, ctx, revenue)).toEqual({ value: 9710.8 });
    expect(readFigureValue({ type: 'boolean', value: true }, ctx, milestone)).toEqual({ value: true });
    expect(readFigureValue({ type: 'number', value: 0 }, ctx, milestone)).toEqual({ value: false });
    expect(readFigureValue({ type: 'number', value: 2e15 }, ctx, revenue)).toBeUndefined();
    expect(
      readFigureValue({ type: 'text', value: 'trên 2.000.000.000.000.000' }, ctx, revenue),
    ).toBeUndefined();
    expect(ctx.issues.list()).toHaveLength(2);
  });
});

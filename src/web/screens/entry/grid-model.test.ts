import { describe, expect, it } from 'vitest';
import {
  latestObservations,
  moveFocus,
  parseClipboard,
  periodColumns,
  placeBlock,
  termYearList,
} from './grid-model';

describe('periodColumns', () => {
  it('gives one, four or twelve period codes for a year', () => {
    expect(periodColumns(2023, 'year')).toEqual(['2023']);
    expect(periodColumns(2022, 'quarter')).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4']);
    const months = periodColumns(2023, 'month');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2023-01');
    expect(months[11]).toBe('2023-12');
  });
});

describe('termYearList', () => {
  it('lists the years of a term and refuses nonsense', () => {
    expect(termYearList('2020-2025')).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(termYearList('2025-2020')).toEqual([]);
    expect(termYearList('nhiệm kỳ')).toEqual([]);
  });
});

describe('latestObservations', () => {
  it('keeps the highest revision of each target and period', () => {
    const latest = latestObservations([
      { targetId: 't1', period: '2023', value: 84.67, status: 'estimate', revision: 1 },
      { targetId: 't1', period: '2023', value: 84.86, status: 'official', revision: 2 },
      { targetId: 't2', period: '2023', value: 5, status: 'estimate', revision: 1 },
    ]);
    expect(latest.get('t1|2023')?.value).toBe(84.86);
    expect(latest.get('t2|2023')?.revision).toBe(1);
    expect(latest.size).toBe(2);
  });
});

describe('moveFocus', () => {
  const grid = (key: string, shift = false, row = 1, col = 1) => moveFocus({ row, col }, key, shift, 3, 4);
  it('moves with arrows and clamps at the edges', () => {
    expect(grid('ArrowUp')).toEqual({ row: 0, col: 1 });
    expect(grid('ArrowRight', false, 1, 3)).toEqual({ row: 1, col: 3 });
    expect(grid('ArrowDown', false, 2, 0)).toEqual({ row: 2, col: 0 });
    expect(grid('Enter', true)).toEqual({ row: 0, col: 1 });
  });
  it('wraps Tab to the next and previous row', () => {
    expect(grid('Tab', false, 0, 3)).toEqual({ row: 1, col: 0 });
    expect(grid('Tab', true, 1, 0)).toEqual({ row: 0, col: 3 });
    expect(grid('x')).toEqual({ row: 1, col: 1 });
  });
});

describe('parseClipboard and placeBlock', () => {
  it('reads tab-separated lines copied from Excel, dropping the trailing newline', () => {
    expect(parseClipboard('9.710,8\t122\r\n"1.234,5"\t\r\n')).toEqual([
      ['9.710,8', '122'],
      ['1.234,5', ''],
    ]);
  });
  it('places the block from the focused cell and counts what falls outside', () => {
    const { cells, clipped } = placeBlock(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      { row: 2, col: 3 },
      3,
      4,
    );
    expect(cells).toEqual([{ row: 2, col: 3, text: 'a' }]);
    expect(clipped).toBe(3);
  });
});

describe('the columns offices report', () => {
  it('offers the year to date as reported: quý I, 6 tháng, 9 tháng, cả năm, with coverage', async () => {
    const { periodColumns, coverageOf, samePeriodLastYear, cellsBetween } = await import('./grid-model');
    expect(periodColumns(2023, 'to-date')).toEqual(['2023-Q1', '2023-H1', '2023-9M', '2023']);
    expect(periodColumns(2023, 'all')).toHaveLength(19);
    expect(['2023-H1', '2023-9M', '2023-Q3', '2023-08', '2023'].map(coverageOf)).toEqual([
      'to-date',
      'to-date',
      'alone',
      'alone',
      'year',
    ]);
    expect(samePeriodLastYear('2023-9M')).toBe('2022-9M');
    expect(cellsBetween({ row: 2, col: 1 }, { row: 1, col: 2 })).toEqual([
      { row: 1, col: 1 },
      { row: 1, col: 2 },
      { row: 2, col: 1 },
      { row: 2, col: 2 },
    ]);
  });
});

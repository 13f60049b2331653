import { describe, expect, it } from 'vitest';
import { reportTypeFits, reportTypesFor } from './report-periods';

describe('which report fits which period', () => {
  it('offers the periodic report of the period first, then the reviews', () => {
    expect(reportTypesFor('2022-Q1')).toEqual(['quarter', 'midterm', 'final']);
    expect(reportTypesFor('2023-H1')).toEqual(['half', 'midterm', 'final']);
    expect(reportTypesFor('2023-9M')).toEqual(['nine-months', 'midterm', 'final']);
    expect(reportTypesFor('2023')).toEqual(['year', 'midterm', 'final']);
    expect(reportTypesFor('2023-8M')).toEqual(['midterm', 'final']);
    expect(reportTypesFor('2020-2025')).toEqual(['final']);
  });

  it('refuses a period that does not fit', () => {
    expect(reportTypeFits('quarter', '2023')).toBe(false);
    expect(reportTypeFits('year', '2023-Q4')).toBe(false);
    expect(reportTypeFits('half', 'not a period')).toBe(false);
  });
});

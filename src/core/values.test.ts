import { describe, expect, it } from 'vitest';
import { amountsSoFar, bestFor, historyFor, selectLatest, yearValues } from './values';
import { obs } from './test-builders';

describe('choosing the figure in force', () => {
  const figures = [
    obs('2023', 84.67, 'estimate', { revision: 1, recordedAt: '2023-07-20T00:00:00Z' }),
    obs('2023', 84.86, 'estimate', { revision: 2, recordedAt: '2023-12-20T00:00:00Z' }),
    obs('2023', 84.5, 'preliminary', { revision: 3 }),
    obs('2023', 84.9, 'official', { revision: 4 }),
    obs('2022', 80, 'official'),
  ];

  it('prefers official over preliminary over estimate, then the highest revision', () => {
    expect(bestFor(figures, '2023')?.value).toBe(84.9);
    expect(bestFor(figures.slice(0, 2), '2023')?.value).toBe(84.86);
    expect(bestFor(figures.slice(0, 3), '2023')?.value).toBe(84.5);
  });

  it('keeps every figure for the record, the one in force first', () => {
    expect(historyFor(figures, '2023').map((o) => o.value)).toEqual([84.9, 84.5, 84.86, 84.67]);
  });

  it('uses the latest period ended by the as-of', () => {
    expect(selectLatest(figures, '2023')?.value).toBe(84.9);
    expect(selectLatest(figures, '2023-H1')?.value).toBe(80);
    expect(selectLatest(figures, '2021')).toBeUndefined();
  });

  it('prefers the whole year to its last quarter', () => {
    const f = [obs('2023-Q4', 30), obs('2023', 100), obs('2023-H2', 55)];
    expect(selectLatest(f, '2023')?.value).toBe(100);
    expect(selectLatest(f, '2024-Q1')?.value).toBe(100);
  });

  it('skips invalid period codes instead of throwing', () => {
    expect(selectLatest([obs('quý I', 1), obs('2022', 2)], '2023')?.value).toBe(2);
  });

  it('collects whole-year figures and year-to-date amounts', () => {
    const f = [obs('2021', 10), obs('2022', 12), obs('2023-Q1', 3), obs('2023-H1', 7), obs('2023-Q2', 4)];
    expect([...yearValues(f, '2023-H1').keys()]).toEqual([2021, 2022]);
    expect(amountsSoFar(f, '2023-H1', [2021, 2022, 2023, 2024]).map((a) => a.value)).toEqual([10, 12, 7]);
    expect(amountsSoFar(f, '2023-Q1', [2021, 2022, 2023]).map((a) => a.value)).toEqual([10, 12, 3]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  comparePeriods,
  completedTermYears,
  cumulativeToDate,
  endMonth,
  formatPeriod,
  isPeriodInside,
  isWithinAsOf,
  isYearToDate,
  parsePeriod,
  previousYearSamePeriod,
  termBaseYear,
  termEndYear,
  termYears,
  type Period,
} from './periods';
import { formatPeriodVi, parsePeriodVi } from './periods-vi';

const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.record({
    kind: fc.constant('month' as const),
    year: fc.integer({ min: 1990, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    kind: fc.constant('quarter' as const),
    year: fc.integer({ min: 1990, max: 2100 }),
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({
    kind: fc.constant('half' as const),
    year: fc.integer({ min: 1990, max: 2100 }),
    half: fc.constantFrom(1 as const, 2 as const),
  }),
  fc.record({ kind: fc.constant('nine-months' as const), year: fc.integer({ min: 1990, max: 2100 }) }),
  fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 1990, max: 2100 }) }),
  fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 10 }))
    .map(([startYear, len]) => ({ kind: 'term' as const, startYear, endYear: startYear + len })),
);

describe('parsePeriod', () => {
  it.each([
    ['2023-07', { kind: 'month', year: 2023, month: 7 }],
    ['2022-Q1', { kind: 'quarter', year: 2022, quarter: 1 }],
    ['2023-H1', { kind: 'half', year: 2023, half: 1 }],
    ['2023-H2', { kind: 'half', year: 2023, half: 2 }],
    ['2023-9M', { kind: 'nine-months', year: 2023 }],
    ['2023', { kind: 'year', year: 2023 }],
    ['2020-2025', { kind: 'term', startYear: 2020, endYear: 2025 }],
  ])('parses %s', (code, period) => {
    expect(parsePeriod(code)).toEqual({ ok: true, period, code });
  });

  it('normalises case and spaces', () => {
    const r = parsePeriod(' 2022-q1 ');
    expect(r.ok && r.code).toBe('2022-Q1');
  });

  it.each([
    ['', 'empty'],
    ['2023-13', 'out-of-range'],
    ['2023-00', 'out-of-range'],
    ['2025-2020', 'out-of-range'],
    ['2023-Q5', 'unknown-format'],
    ['quý I', 'unknown-format'],
    ['23', 'unknown-format'],
  ])('rejects %j as a value (%s)', (code, reason) => {
    const r = parsePeriod(code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('round-trips every period through its code', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const r = parsePeriod(formatPeriod(p));
        expect(r.ok && r.period).toEqual(p);
      }),
    );
  });
});

describe('Vietnamese periods', () => {
  it.each([
    ['2023-07', 'tháng 7/2023'],
    ['2022-Q1', 'quý I/2022'],
    ['2022-Q4', 'quý IV/2022'],
    ['2023-H1', '6 tháng đầu năm 2023'],
    ['2023-H2', '6 tháng cuối năm 2023'],
    ['2023-9M', '9 tháng năm 2023'],
    ['2023', 'năm 2023'],
    ['2020-2025', 'nhiệm kỳ 2020-2025'],
  ])('prints %s as %s and parses it back', (code, text) => {
    expect(formatPeriodVi(code)).toBe(text);
    const r = parsePeriodVi(text);
    expect(r.ok && r.code).toBe(code);
  });

  it.each([
    ['Quý I-2022', '2022-Q1'],
    ['quý 3/2022', '2022-Q3'],
    ['quý II năm 2023', '2023-Q2'],
    ['tháng 07/2023', '2023-07'],
    ['Tháng 12 năm 2023', '2023-12'],
    ['9 tháng đầu năm 2023', '2023-9M'],
    ['6 tháng năm 2023', '2023-H1'],
    ['cả năm 2023', '2023'],
    ['nhiệm kỳ 2020 - 2025', '2020-2025'],
    ['Nhiệm kỳ 2020 – 2025', '2020-2025'],
    ['giai đoạn 2021-2025', '2021-2025'],
    ['2023-H1', '2023-H1'],
  ])('accepts the variant %j', (text, code) => {
    const r = parsePeriodVi(text);
    expect(r.ok && r.code).toBe(code);
  });

  it.each(['', 'quý V/2022', 'tháng 13/2023', 'hôm qua'])('rejects %j as a value', (text) => {
    expect(parsePeriodVi(text).ok).toBe(false);
  });

  it('round-trips every period through its Vietnamese form', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const r = parsePeriodVi(formatPeriodVi(p));
        expect(r.ok && r.period).toEqual(p);
      }),
    );
  });
});

describe('period arithmetic', () => {
  it('gives the same period of last year', () => {
    expect(previousYearSamePeriod('2022-Q1')).toBe('2021-Q1');
    expect(previousYearSamePeriod('2023-07')).toBe('2022-07');
    expect(previousYearSamePeriod('2023-9M')).toBe('2022-9M');
    expect(previousYearSamePeriod('2023')).toBe('2022');
    expect(previousYearSamePeriod('2020-2025')).toBeUndefined();
  });

  it('gives the year-to-date period ending with a period', () => {
    expect(cumulativeToDate('2022-Q1')).toBe('2022-Q1');
    expect(cumulativeToDate('2022-Q2')).toBe('2022-H1');
    expect(cumulativeToDate('2022-Q3')).toBe('2022-9M');
    expect(cumulativeToDate('2022-Q4')).toBe('2022');
    expect(cumulativeToDate('2022-H2')).toBe('2022');
    expect(cumulativeToDate('2022-09')).toBe('2022-9M');
    expect(cumulativeToDate('2022-07')).toBe('2022-7M');
    expect(cumulativeToDate('2022-08')).toBe('2022-8M');
    expect(isYearToDate('2022-9M')).toBe(true);
    expect(isYearToDate('2022-Q2')).toBe(false);
  });

  it('knows the years of a term', () => {
    expect(termYears('2020-2025')).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(termBaseYear('2020-2025')).toBe(2020);
    expect(termEndYear('2020-2025')).toBe(2025);
    expect(completedTermYears('2020-2025', '2023-H1')).toEqual([2021, 2022]);
    expect(completedTermYears('2020-2025', '2023')).toEqual([2021, 2022, 2023]);
  });

  it('gives the end month', () => {
    expect(endMonth('2023-H1')).toEqual({ year: 2023, month: 6 });
    expect(endMonth('2023-9M')).toEqual({ year: 2023, month: 9 });
    expect(endMonth('2022-Q1')).toEqual({ year: 2022, month: 3 });
    expect(endMonth('2020-2025')).toEqual({ year: 2025, month: 12 });
  });

  it('orders by end month, longer span first on ties', () => {
    const sorted = ['2023', '2023-Q4', '2022-Q1', '2023-H1', '2023-07', '2023-Q2', '2023-9M', '2023-H2'].sort(
      comparePeriods,
    );
    expect(sorted).toEqual([
      '2022-Q1',
      '2023-H1',
      '2023-Q2',
      '2023-07',
      '2023-9M',
      '2023',
      '2023-H2',
      '2023-Q4',
    ]);
  });

  it('decides what is within the as-of', () => {
    expect(isWithinAsOf('2022-Q1', '2022-Q1')).toBe(true);
    expect(isWithinAsOf('2022', '2022-Q1')).toBe(false);
    expect(isWithinAsOf('2021', '2022-Q1')).toBe(true);
    expect(isWithinAsOf('2023-07', '2023-H1')).toBe(false);
    expect(isPeriodInside('2022-Q1', '2022')).toBe(true);
    expect(isPeriodInside('2022-Q1', '2020-2025')).toBe(true);
    expect(isPeriodInside('2022', '2022-H1')).toBe(false);
  });

  it('orders antisymmetrically', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        const ca = formatPeriod(a);
        const cb = formatPeriod(b);
        expect(Math.sign(comparePeriods(ca, cb)) + Math.sign(comparePeriods(cb, ca))).toBe(0);
      }),
    );
  });
});

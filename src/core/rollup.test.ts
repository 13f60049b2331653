import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseRollup, rollUp, rollupRuleOf, type RollupPart } from './rollup';

const t = (kind: string, unit: string, name = 'Chỉ tiêu', extra: object = {}) =>
  ({ kind, unit, name, ...extra }) as Parameters<typeof rollupRuleOf>[0];

const value = fc.double({ min: 0, max: 1e9, noNaN: true });
const positive = fc.double({ min: 1, max: 1e7, noNaN: true });
const share = fc.double({ min: 0.01, max: 1, noNaN: true });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('rollupRuleOf', () => {
  it('sums flows, totals, counts and levels that add up', () => {
    expect(rollupRuleOf(t('cumulative-total', 'tỷ đồng')).method).toBe('sum');
    expect(rollupRuleOf(t('end-level', 'tỷ đồng', 'Thu ngân sách')).method).toBe('sum');
    expect(rollupRuleOf(t('count', 'người', 'Kết nạp đảng viên')).method).toBe('sum');
    expect(rollupRuleOf(t('end-level', 'người', 'Dân số')).method).toBe('sum');
  });
  it('recomputes ratios and per-capita values from their parts', () => {
    expect(rollupRuleOf(t('ratio', '%', 'Tỷ lệ hộ nghèo')).method).toBe('ratio-from-parts');
    expect(rollupRuleOf(t('end-level', 'triệu đồng', 'Thu nhập bình quân đầu người')).method).toBe(
      'ratio-from-parts',
    );
  });
  it('recomputes growth from levels and never sums rates, milestones, grades', () => {
    expect(rollupRuleOf(t('average-growth', '%', 'Tăng trưởng', { seriesBasis: 'level' })).method).toBe(
      'growth-from-levels',
    );
    expect(rollupRuleOf(t('average-growth', '%', 'Tăng trưởng', { seriesBasis: 'growth-rate' }))).toEqual({
      method: 'not-additive',
      cause: 'rate',
    });
    expect(rollupRuleOf(t('milestone', '', 'Đô thị loại I'))).toEqual({
      method: 'not-additive',
      cause: 'milestone',
    });
    expect(rollupRuleOf(t('grade', ''))).toEqual({ method: 'not-additive', cause: 'grade' });
    expect(rollupRuleOf(t('range', '%'))).toEqual({ method: 'not-additive', cause: 'range' });
  });
});

describe('rollUp', () => {
  const parts = (values: number[], shares?: number[]): RollupPart[] =>
    values.map((v, i) => ({ unitCode: `u${i}`, value: v, ...(shares ? { share: shares[i] } : {}) }));

  it('a sum is the sum of values times shares, whatever the order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, share), { minLength: 1, maxLength: 30 }), (rows) => {
        const ps = rows.map(([v, s], i) => ({ unitCode: `u${i}`, value: v, share: s }));
        const a = rollUp({ method: 'sum' }, ps).value as number;
        const b = rollUp({ method: 'sum' }, [...ps].reverse()).value as number;
        const expected = rows.reduce((acc, [v, s]) => acc + v * s, 0);
        return close(a, expected) && close(a, b);
      }),
    );
  });

  it('a split in shares that add to one gives back the whole (property)', () => {
    fc.assert(
      fc.property(value, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (v, s) => {
        const a = rollUp({ method: 'sum' }, [{ unitCode: 'cũ', value: v, share: s }]).value as number;
        const b = rollUp({ method: 'sum' }, [{ unitCode: 'cũ', value: v, share: 1 - s }]).value as number;
        return close(a + b, v);
      }),
    );
  });

  it('a ratio from parts lies between the smallest and largest part and equals Σnum/Σden (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), positive), {
          minLength: 1,
          maxLength: 20,
        }),
        (rows) => {
          const ps = rows.map(([v, d], i) => ({ unitCode: `u${i}`, value: v, denominator: d }));
          const r = rollUp({ method: 'ratio-from-parts' }, ps).value as number;
          const num = rows.reduce((s, [v, d]) => s + v * d, 0);
          const den = rows.reduce((s, [, d]) => s + d, 0);
          const values = rows.map(([v]) => v);
          return close(r, num / den) && r >= Math.min(...values) - 1e-9 && r <= Math.max(...values) + 1e-9;
        },
      ),
    );
  });

  it('the poverty rate of two communes is recomputed from households, not averaged', () => {
    const r = rollUp({ method: 'ratio-from-parts' }, [
      { unitCode: 'A', value: 10, denominator: 1000 },
      { unitCode: 'B', value: 2, denominator: 4000 },
    ]);
    expect(r.value).toBeCloseTo(3.6, 10); // (100 + 80) / 5000, not (10 + 2) / 2 = 6
    expect(phraseRollup(r, { denominatorName: 'số hộ' })).toContain('không lấy bình quân các tỷ lệ');
  });

  it('growth is recomputed from the summed levels (property: equals the growth of the sums)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(positive, positive), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, years) => {
          const ps = rows.map(([b, l], i) => ({ unitCode: `u${i}`, levels: { base: b, last: l } }));
          const r = rollUp({ method: 'growth-from-levels' }, ps, { years }).value as number;
          const base = rows.reduce((s, [b]) => s + b, 0);
          const last = rows.reduce((s, [, l]) => s + l, 0);
          return close(r, ((last / base) ** (1 / years) - 1) * 100);
        },
      ),
    );
    const r = rollUp(
      { method: 'growth-from-levels' },
      [
        { unitCode: 'A', levels: { base: 100, last: 200 } },
        { unitCode: 'B', levels: { base: 900, last: 900 } },
      ],
      { years: 1 },
    );
    expect(r.value).toBeCloseTo(10, 10); // not (100% + 0%) / 2 = 50%
  });

  it('never sums rates, milestones or grades, whatever the values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 10 }),
        fc.constantFrom('rate', 'milestone', 'grade', 'structure', 'range'),
        (values, cause) => {
          const r = rollUp({ method: 'not-additive', cause: cause as 'rate' }, parts(values));
          return (
            r.value === null && r.gap === 'not-additive' && phraseRollup(r).startsWith('Không cộng được')
          );
        },
      ),
    );
  });

  it('has no value when a split share, a value or a denominator is missing, and names the parts', () => {
    const noShare = rollUp({ method: 'sum' }, [
      { unitCode: 'A', value: 1 },
      { unitCode: 'B', value: 2, share: null },
    ]);
    expect(noShare).toMatchObject({ value: null, gap: 'missing-share', missing: ['B'] });
    expect(phraseRollup(noShare)).toBe('Chưa cộng được: chưa có tỷ lệ chia tách: B.');
    expect(rollUp({ method: 'sum' }, [{ unitCode: 'A' }])).toMatchObject({
      gap: 'missing-value',
      missing: ['A'],
    });
    expect(rollUp({ method: 'ratio-from-parts' }, [{ unitCode: 'A', value: 3 }])).toMatchObject({
      gap: 'missing-denominator',
    });
    expect(rollUp({ method: 'sum' }, [])).toMatchObject({ gap: 'no-parts' });
  });

  it('says when a split unit counts in part', () => {
    const r = rollUp({ method: 'sum' }, parts([10, 20], [1, 0.5]));
    expect(r).toMatchObject({ value: 20, partial: true });
    expect(phraseRollup(r)).toBe('Tổng của 2 đơn vị (đơn vị chia tách tính theo tỷ lệ).');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TargetEvaluation } from './evaluation-types';
import { BANDS, FIELDS, LIGHTS, VERDICTS } from './model';
import { countOf, summarize } from './summarize';
import { makeTarget } from './test-builders';

const evaluation = (
  field: (typeof FIELDS)[number],
  band: (typeof BANDS)[number],
  verdict: (typeof VERDICTS)[number],
  light: (typeof LIGHTS)[number],
): TargetEvaluation => ({
  target: makeTarget({ field }),
  asOf: '2023',
  plans: [],
  benchmarks: [],
  suggestions: { band, verdict, light, sdg: { code: 'method-unsuited', what: 'x' } },
  final: { band, verdict, light, overridden: [] },
  gaps: [],
});

const arb = fc.array(
  fc
    .tuple(
      fc.constantFrom(...FIELDS),
      fc.constantFrom(...BANDS),
      fc.constantFrom(...VERDICTS),
      fc.constantFrom(...LIGHTS),
    )
    .map(([f, b, v, l]) => evaluation(f, b, v, l)),
  { maxLength: 60 },
);

describe('summarize', () => {
  it('counts add up to the total, overall and per field', () => {
    fc.assert(
      fc.property(arb, (evals) => {
        const s = summarize(evals);
        const sum = (xs: { count: number }[]) => xs.reduce((a, x) => a + x.count, 0);
        expect(s.total).toBe(evals.length);
        expect(sum(s.bands)).toBe(s.total);
        expect(sum(s.verdicts)).toBe(s.total);
        expect(sum(s.lights)).toBe(s.total);
        expect(s.byField.reduce((a, f) => a + f.total, 0)).toBe(s.total);
        for (const f of s.byField) {
          expect(sum(f.bands)).toBe(f.total);
          expect(sum(f.verdicts)).toBe(f.total);
        }
      }),
    );
  });

  it('counts the final labels per field', () => {
    const s = summarize([
      evaluation('kinh-te', 'above-80', 'exceed', 'green'),
      evaluation('kinh-te', 'below-50', 'very-high-effort', 'red'),
      evaluation('xay-dung-dang', 'above-80', 'meet', 'green'),
    ]);
    expect(countOf(s.bands, 'above-80')).toBe(2);
    expect(countOf(s.lights, 'red')).toBe(1);
    expect(s.byField.map((f) => [f.field, f.total])).toEqual([
      ['kinh-te', 2],
      ['xay-dung-dang', 1],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_CONFIG as C } from './config';
import { sdgCategory, sdgProgress } from './sdg';

describe('UN/Open SDG progress measure', () => {
  it('is actual compound growth over required compound growth', () => {
    // base 50, goal 100 in 5 years; current 75 after 2 years
    const r = sdgProgress({ base: 50, current: 75, goal: 100, elapsed: 2, termYears: 5, what: 'x' }, C);
    const expected = (Math.sqrt(1.5) - 1) / (2 ** (1 / 5) - 1);
    expect(r).toMatchObject({ measure: expect.closeTo(expected, 10), category: 'substantial' });
  });

  it('classifies at the thresholds', () => {
    expect(sdgCategory(0.95, C)).toBe('substantial');
    expect(sdgCategory(0.949, C)).toBe('moderate');
    expect(sdgCategory(0.6, C)).toBe('moderate');
    expect(sdgCategory(0, C)).toBe('limited');
    expect(sdgCategory(-0.01, C)).toBe('deterioration');
  });

  it('punishes a steady linear path (a known weakness: it is a second opinion)', () => {
    // 50 → 100 linearly over 5 years: after 1 year 60, the measure is above 1, after 4 years 90 below it.
    const early = sdgProgress({ base: 50, current: 60, goal: 100, elapsed: 1, termYears: 5, what: 'x' }, C);
    const late = sdgProgress({ base: 50, current: 90, goal: 100, elapsed: 4, termYears: 5, what: 'x' }, C);
    expect('measure' in early && 'measure' in late && early.measure > late.measure).toBe(true);
  });

  it('deteriorates when moving away, works for lower-is-better goals', () => {
    expect(
      sdgProgress({ base: 50, current: 40, goal: 100, elapsed: 2, termYears: 5, what: 'x' }, C),
    ).toMatchObject({ category: 'deterioration' });
    expect(
      sdgProgress({ base: 4, current: 2, goal: 1, elapsed: 2, termYears: 5, what: 'x' }, C),
    ).toMatchObject({ category: 'substantial' });
  });

  it('gives gaps instead of dividing by nothing', () => {
    expect(
      sdgProgress({ base: undefined, current: 1, goal: 2, elapsed: 1, termYears: 5, what: 'x' }, C),
    ).toMatchObject({ code: 'no-base' });
    expect(
      sdgProgress({ base: 0, current: 1, goal: 2, elapsed: 1, termYears: 5, what: 'x' }, C),
    ).toMatchObject({ code: 'zero-base' });
    expect(
      sdgProgress({ base: -1, current: 1, goal: 2, elapsed: 1, termYears: 5, what: 'x' }, C),
    ).toMatchObject({ code: 'negative-base' });
    expect(
      sdgProgress({ base: 2, current: 3, goal: 2, elapsed: 1, termYears: 5, what: 'x' }, C),
    ).toMatchObject({ code: 'zero-base' });
  });
});

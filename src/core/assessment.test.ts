import { describe, expect, it } from 'vitest';
import {
  bandLabel,
  bandOf,
  finalAssessment,
  sortRedFirst,
  suggestBand,
  suggestLight,
  suggestVerdict,
} from './assessment';
import { DEFAULT_ASSESSMENT_CONFIG, resolveConfig } from './config';
import type { Forecast } from './evaluation-types';
import { makeTarget } from './test-builders';

const C = DEFAULT_ASSESSMENT_CONFIG;
const exclusive = resolveConfig({ bandEdges: 'exclusive' });

describe('bands against the Congress target', () => {
  it('round before banding: 288,8 of 361 is exactly 80%', () => {
    const ratio = 288.8 / 361;
    expect(suggestBand({ actual: 288.8, goal: 361, ratio, met: false }, C)).toBe('above-80');
  });

  it('inclusive edges (default): 80% and 50% go up', () => {
    expect(bandOf(80, C)).toBe('above-80');
    expect(bandOf(79.99, C)).toBe('above-50');
    expect(bandOf(50, C)).toBe('above-50');
    expect(bandOf(49.99, C)).toBe('below-50');
  });

  it('exclusive edges: 80% and 50% go down', () => {
    expect(bandOf(80, exclusive)).toBe('above-50');
    expect(bandOf(80.01, exclusive)).toBe('above-80');
    expect(bandOf(50, exclusive)).toBe('below-50');
  });

  it('rounds at the configured decimals: 79,996% shows and counts as 80%', () => {
    expect(suggestBand({ actual: 0, goal: 1, ratio: 0.79996, met: false }, C)).toBe('above-80');
    expect(suggestBand({ actual: 0, goal: 1, ratio: 0.7999, met: false }, C)).toBe('above-50');
    expect(
      suggestBand({ actual: 0, goal: 1, ratio: 0.7999, met: false }, resolveConfig({ percentDecimals: 0 })),
    ).toBe('above-80');
  });

  it('takes configurable thresholds and labels them', () => {
    const c = resolveConfig({ bandThresholds: { high: 90, low: 70 } });
    expect(bandOf(85, c)).toBe('above-50');
    expect(bandLabel('above-80', c)).toBe('Đạt trên 90% mục tiêu');
    expect(bandLabel('below-50', c, 'en')).toBe('Below 70% of the target');
    expect(bandOf(undefined, C)).toBe('not-assessable');
  });
});

const f = (value: number, met: boolean, ratio = value / 100): Forecast => ({
  method: 'trend',
  value,
  met,
  ratio,
  path: [],
});
const ach = { actual: 1, goal: 1, ratio: 1, met: true };

describe('end-of-term verdict', () => {
  const target = makeTarget();
  it('exceed / meet / very-high-effort by the forecast', () => {
    expect(suggestVerdict({ target, achievement: ach, forecast: f(110, true) }, C)).toBe('exceed');
    expect(suggestVerdict({ target, achievement: ach, forecast: f(100, true) }, C)).toBe('meet');
    expect(suggestVerdict({ target, achievement: ach, forecast: f(90, false) }, C)).toBe('very-high-effort');
  });

  it('lower-is-better met below the threshold is met, never exceeded', () => {
    const t = makeTarget({
      direction: 'lower-is-better',
      qualifier: 'less-than',
      goal: { type: 'number', value: 4 },
    });
    expect(suggestVerdict({ target: t, achievement: ach, forecast: f(3.1, true) }, C)).toBe('meet');
  });

  it('met early, dropped, flagged by threshold, not assessable', () => {
    expect(suggestVerdict({ target, achievement: ach, forecast: f(120, true), metEarly: true }, C)).toBe(
      'met-early',
    );
    const dropped = makeTarget({ dropped: { decision: 'NQ 15', date: '2023-07-26', reason: 'lên phường' } });
    expect(suggestVerdict({ target: dropped, achievement: ach, forecast: f(10, false) }, C)).toBe(
      'propose-adjust',
    );
    expect(
      suggestVerdict(
        { target, achievement: ach, forecast: f(30, false) },
        resolveConfig({ proposeAdjustBelowPercent: 40 }),
      ),
    ).toBe('propose-adjust');
    expect(suggestVerdict({ target }, C)).toBe('not-assessable');
  });
});

describe('lights and overrides', () => {
  it('maps verdicts and bands to lights', () => {
    const t = makeTarget();
    expect(suggestLight('meet', 'above-80', t)).toBe('green');
    expect(suggestLight('very-high-effort', 'above-50', t)).toBe('orange');
    expect(suggestLight('very-high-effort', 'below-50', t)).toBe('red');
    expect(suggestLight('propose-adjust', 'below-50', t)).toBe('red');
    expect(
      suggestLight(
        'propose-adjust',
        'below-50',
        makeTarget({ dropped: { decision: 'x', date: '2023-01-01', reason: 'y' } }),
      ),
    ).toBe('grey');
    expect(suggestLight('not-assessable', 'not-assessable', t)).toBe('grey');
  });

  it('applies the last override per scheme and keeps the reason', () => {
    const s = {
      band: 'above-50' as const,
      verdict: 'very-high-effort' as const,
      light: 'orange' as const,
      sdg: { measure: 1, category: 'substantial' as const },
    };
    const final = finalAssessment(s, [
      { targetId: 't1', scheme: 'verdict', label: 'meet', reason: 'a' },
      { targetId: 't1', scheme: 'verdict', label: 'propose-adjust', reason: 'lên phường' },
      { targetId: 't1', scheme: 'light', label: 'red', reason: 'b' },
    ]);
    expect(final).toEqual({
      band: 'above-50',
      verdict: 'propose-adjust',
      light: 'red',
      overridden: [
        { scheme: 'verdict', reason: 'lên phường' },
        { scheme: 'light', reason: 'b' },
      ],
    });
  });

  it('sorts red first, stable within a colour', () => {
    const items = (['green', 'red', 'grey', 'orange', 'red'] as const).map((light, i) => ({
      i,
      final: { light },
    }));
    expect(sortRedFirst(items).map((x) => x.i)).toEqual([1, 4, 3, 0, 2]);
  });
});

describe('red first', () => {
  it('orders by light, then the lowest achievement first, then none', async () => {
    const { compareRedFirst } = await import('./assessment');
    const items = [
      { light: 'green' as const, ratio: 0.9 },
      { light: 'red' as const, ratio: 0.4 },
      { light: 'red' as const, ratio: 0.2 },
      { light: 'grey' as const },
      { light: 'red' as const },
    ];
    expect([...items].sort(compareRedFirst)).toEqual([
      { light: 'red', ratio: 0.2 },
      { light: 'red', ratio: 0.4 },
      { light: 'red' },
      { light: 'green', ratio: 0.9 },
      { light: 'grey' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateDossier } from './evaluate';
import type { Target } from './model';
import { makeDossier, makeTarget, obs as figure } from './test-builders';
import { countMet, expectsFigure, periodCompleteness, type TimedObservation } from './unit-progress';

const target = (id: string, kind: Target['kind'], unit: string, extra: Partial<Target> = {}): Target => ({
  id,
  code: id,
  name: id,
  field: 'kinh-te',
  kind,
  direction: 'higher-is-better',
  qualifier: 'at-least',
  unit,
  precision: 1,
  goal: { type: 'number', value: 100 },
  ...extra,
});
const at = (iso: string) => Date.parse(iso);
const obs = (targetId: string, period: string, value: number, recorded: string): TimedObservation => ({
  targetId,
  period,
  value,
  status: 'official',
  revision: 1,
  firstRecordedAtMs: at(recorded),
});

describe('expectsFigure', () => {
  const revenue = target('thu', 'cumulative-total', 'tỷ đồng');
  const poverty = target('ngheo', 'ratio', '%');
  it('a year expects every active target but milestones; a quarter only flows', () => {
    expect(expectsFigure(revenue, '2023')).toBe(true);
    expect(expectsFigure(poverty, '2023')).toBe(true);
    expect(expectsFigure(revenue, '2023-Q1')).toBe(true);
    expect(expectsFigure(poverty, '2023-Q1')).toBe(false);
    expect(expectsFigure(target('m', 'milestone', ''), '2023')).toBe(false);
    expect(
      expectsFigure({ ...revenue, dropped: { decision: 'x', date: '2023-01-01', reason: 'y' } }, '2023'),
    ).toBe(false);
  });
});

describe('periodCompleteness', () => {
  const revenue = target('thu', 'cumulative-total', 'tỷ đồng');
  const poverty = target('ngheo', 'ratio', '%');
  const deadline = at('2024-01-20T23:59:59.999+07:00');
  it('counts a year entered as its four quarters, on time when every quarter was', () => {
    const figures = [
      obs('thu', '2023-Q1', 1, '2023-04-10T00:00:00Z'),
      obs('thu', '2023-Q2', 1, '2023-07-10T00:00:00Z'),
      obs('thu', '2023-Q3', 1, '2023-10-10T00:00:00Z'),
      obs('thu', '2023-Q4', 1, '2024-01-25T00:00:00Z'),
      obs('ngheo', '2023', 2, '2024-01-05T00:00:00Z'),
    ];
    const c = periodCompleteness([revenue, poverty], figures, '2023', {
      deadlineMs: deadline,
      nowMs: at('2024-02-01T00:00:00Z'),
    });
    expect(c).toMatchObject({
      expected: 2,
      entered: 2,
      onTime: 1,
      late: true,
      state: 'complete',
      missing: [],
    });
  });
  it('is not late before the deadline, and lists what is missing', () => {
    const c = periodCompleteness(
      [revenue, poverty],
      [obs('ngheo', '2023', 2, '2024-01-05T00:00:00Z')],
      '2023',
      {
        deadlineMs: deadline,
        nowMs: at('2024-01-10T00:00:00Z'),
      },
    );
    expect(c).toMatchObject({ expected: 2, entered: 1, late: false, state: 'partial', missing: ['thu'] });
  });
});

describe('countMet', () => {
  it('counts met targets among those that can be judged ("n/m")', () => {
    const dossier = makeDossier({
      targets: [
        makeTarget({ id: 'a', kind: 'count', unit: 'xã', goal: { type: 'number', value: 10 } }),
        makeTarget({ id: 'b', kind: 'count', unit: 'xã', goal: { type: 'number', value: 10 } }),
        makeTarget({ id: 'c', kind: 'milestone', unit: '', goal: { type: 'milestone' }, targetYear: 2025 }),
      ],
      observations: [
        figure('2023', 12, 'official', { targetId: 'a' }),
        figure('2023', 3, 'official', { targetId: 'b' }),
      ],
    });
    const evaluation = evaluateDossier(dossier, { asOf: '2023' });
    const c = countMet(evaluation.targets);
    expect(c.text).toBe(`${c.met}/${c.of}`);
    expect(c.of + c.notJudged).toBe(evaluation.targets.filter((e) => !e.target.dropped).length);
  });
});

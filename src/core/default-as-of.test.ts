import { describe, expect, it } from 'vitest';
import { defaultAsOf } from './default-as-of';
import type { Observation } from './model';

const observation = (period: string): Observation => ({
  targetId: 't',
  period,
  value: 1,
  status: 'official',
  revision: 1,
});
const congress = { number: 21, term: '2020-2025', committee: 'Đảng bộ thành phố Thanh Hóa' };

describe('defaultAsOf', () => {
  it('picks the period that ends last, whatever its kind', () => {
    const observations = [observation('2022'), observation('2023-H1'), observation('2023-Q1')];
    expect(defaultAsOf({ observations, congress })).toBe('2023-H1');
  });

  it('passes over whole-term figures while there are others', () => {
    const observations = [observation('2020-2025'), observation('2022-Q3')];
    expect(defaultAsOf({ observations, congress })).toBe('2022-Q3');
    expect(defaultAsOf({ observations: [observation('2020-2025')], congress })).toBe('2020-2025');
  });

  it('is the congress year when there is no figure yet', () => {
    expect(defaultAsOf({ observations: [], congress })).toBe('2020');
  });
});

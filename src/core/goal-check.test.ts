import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_CONFIG as C } from './config';
import { exceedsGoal, goalRatio, meetsGoal, qualifiedVi } from './goal-check';
import type { Direction, Qualifier } from './model';

const t = (qualifier: Qualifier, direction: Direction = 'higher-is-better', precision = 1) => ({
  qualifier,
  direction,
  precision,
});

describe('meeting a goal', () => {
  it('lower-is-better "dưới 4": 3,1 is met, not exceeded; 4 is not met', () => {
    expect(meetsGoal(3.1, 4, t('less-than', 'lower-is-better'), C)).toBe(true);
    expect(exceedsGoal(3.1, 4, t('less-than', 'lower-is-better'), C)).toBe(false);
    expect(meetsGoal(4, 4, t('less-than', 'lower-is-better'), C)).toBe(false);
  });

  it('at-most and none for lower-is-better meet at the goal', () => {
    expect(meetsGoal(1, 1, t('at-most', 'lower-is-better'), C)).toBe(true);
    expect(meetsGoal(1, 1, t('none', 'lower-is-better'), C)).toBe(true);
    expect(meetsGoal(1.1, 1, t('none', 'lower-is-better'), C)).toBe(false);
  });

  it('at-least meets at the goal; more-than needs more', () => {
    expect(meetsGoal(65, 65, t('at-least'), C)).toBe(true);
    expect(meetsGoal(90, 90, t('more-than'), C)).toBe(false);
    expect(meetsGoal(90.1, 90, t('more-than'), C)).toBe(true);
  });

  it('compares at display precision', () => {
    expect(meetsGoal(64.96, 65, t('at-least', 'higher-is-better', 1), C)).toBe(true);
    expect(meetsGoal(64.94, 65, t('at-least', 'higher-is-better', 1), C)).toBe(false);
  });

  it('"khoảng" tolerates the configured slack on the unfavourable side', () => {
    expect(meetsGoal(98.5, 100, t('about'), C)).toBe(true);
    expect(meetsGoal(97.5, 100, t('about'), C)).toBe(false);
    expect(exceedsGoal(110, 100, t('about'), C)).toBe(false);
  });

  it('exceeds only above the goal for higher-is-better', () => {
    expect(exceedsGoal(101, 100, t('at-least'), C)).toBe(true);
    expect(exceedsGoal(100, 100, t('at-least'), C)).toBe(false);
    expect(exceedsGoal(0.5, 1, t('at-most', 'lower-is-better'), C)).toBe(false);
  });
});

describe('goalRatio', () => {
  it('is actual/goal, or goal/actual when lower is better', () => {
    expect(goalRatio(10.71, 15, 'higher-is-better', 'x')).toBeCloseTo(0.714, 12);
    expect(goalRatio(2, 1, 'lower-is-better', 'x')).toBe(0.5);
    expect(goalRatio(0, 1, 'lower-is-better', 'x')).toBe(1);
    expect(goalRatio(5, 0, 'higher-is-better', 'mục tiêu')).toEqual({ code: 'zero-base', what: 'mục tiêu' });
  });

  it('writes qualifiers in words', () => {
    expect(qualifiedVi('at-least', '65%')).toBe('65% trở lên');
    expect(qualifiedVi('less-than', '4%')).toBe('dưới 4%');
    expect(qualifiedVi('at-most', '1%')).toBe('không quá 1%');
    expect(qualifiedVi('more-than', '90%')).toBe('trên 90%');
    expect(qualifiedVi('about', '5%')).toBe('khoảng 5%');
    expect(qualifiedVi('none', '5%')).toBe('5%');
  });
});

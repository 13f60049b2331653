import { describe, expect, it } from 'vitest';
import { rollUpBelow, rollUpTexts, type RollUp } from './roll-up';

const rollUp = (unitsReviewed: number): RollUp => ({
  code: '380',
  lights: { red: 1234, orange: 56, green: 7890, grey: 0 },
  met: 10500,
  judged: 12034,
  unitsReviewed,
});

describe('rollUpBelow', () => {
  it('answers the roll-up only when it covers units below the row’s own', () => {
    expect(rollUpBelow({ rollUp: rollUp(1), resolutionId: 'r1' })).toBeNull();
    expect(rollUpBelow({ rollUp: rollUp(2), resolutionId: 'r1' })).toEqual(rollUp(2));
    expect(rollUpBelow({ rollUp: rollUp(1), resolutionId: null })).toEqual(rollUp(1));
    expect(rollUpBelow({ rollUp: rollUp(0), resolutionId: null })).toBeNull();
    expect(rollUpBelow({ rollUp: null, resolutionId: null })).toBeNull();
  });
});

describe('rollUpTexts', () => {
  it('writes every count the Vietnamese way', () => {
    expect(rollUpTexts(rollUp(10599))).toEqual({
      units: '10.599',
      met: '10.500',
      judged: '12.034',
      red: '1.234',
      orange: '56',
      green: '7.890',
      grey: '0',
    });
  });
});

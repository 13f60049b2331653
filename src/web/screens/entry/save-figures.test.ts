import { describe, expect, it } from 'vitest';
import type { Target } from '../../../core';
import { ApiError } from '../../lib/api';
import { buildItems, cellErrorsOf } from './save-figures';

const target: Target = {
  id: 't1',
  code: '1',
  name: 'Thu ngân sách',
  field: 'kinh-te',
  kind: 'end-level',
  direction: 'higher-is-better',
  qualifier: 'none',
  unit: 'tỷ đồng',
  precision: 1,
  goal: { type: 'number', value: 10000 },
};

describe('buildItems', () => {
  it('sends parsed values with status, trimmed source and the revision typed against', () => {
    const built = buildItems(
      {
        't1|2023': {
          targetId: 't1',
          period: '2023',
          text: '9.710,8',
          status: 'estimate',
          source: ' Cục Thống kê ',
          comment: '',
          expectedRevision: 2,
        },
      },
      new Map([['t1', target]]),
    );
    expect(built?.items).toEqual([
      {
        targetId: 't1',
        period: '2023',
        value: 9710.8,
        status: 'estimate',
        source: 'Cục Thống kê',
        comment: undefined,
        expectedRevision: 2,
      },
    ]);
    expect(built?.keys).toEqual(['t1|2023']);
  });

  it('sends the hedge typed before a number ("trên 3.200", as Chí Linh reports its revenue)', () => {
    const edit = (text: string) => ({
      targetId: 't1',
      period: '2022',
      text,
      status: 'official' as const,
      source: '',
      comment: '',
      expectedRevision: 1,
    });
    const targets = new Map([['t1', target]]);
    expect(buildItems({ 't1|2022': edit('trên 3.200') }, targets)?.items[0]).toMatchObject({
      value: 3200,
      hedge: 'over',
    });
    // Typed again without the word, the figure is saved without a hedge.
    expect(buildItems({ 't1|2022': edit('3.200') }, targets)?.items[0]).not.toHaveProperty('hedge');
  });

  it('refuses to build while a cell cannot be read', () => {
    expect(
      buildItems(
        {
          't1|2023': {
            targetId: 't1',
            period: '2023',
            text: '12,3,4',
            status: 'estimate',
            source: '',
            comment: '',
            expectedRevision: 0,
          },
        },
        new Map([['t1', target]]),
      ),
    ).toBeUndefined();
  });
});

describe('cellErrorsOf', () => {
  it('puts each server issue on the cell of its item', () => {
    const error = new ApiError(400, 'validation_failed', 'Số liệu không hợp lệ.', [
      { path: 'items.1.value', message: 'Giá trị âm không hợp lệ.' },
      { path: 'items.0', message: 'Kỳ ngoài nhiệm kỳ.' },
      { path: 'other', message: 'x' },
    ]);
    const map = cellErrorsOf(error, ['a|2023', 'b|2023']);
    expect(map.get('b|2023')).toBe('Giá trị âm không hợp lệ.');
    expect(map.get('a|2023')).toBe('Kỳ ngoài nhiệm kỳ.');
    expect(map.size).toBe(2);
  });
});

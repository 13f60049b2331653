import { describe, expect, it } from 'vitest';
import { inFieldOrder, type Field } from './model';

describe('inFieldOrder', () => {
  it('lists targets field by field in the reports order, each field in its own order', () => {
    const targets: { id: string; field: Field }[] = [
      { id: 'a', field: 'kinh-te' },
      { id: 'b', field: 'van-hoa-xa-hoi' },
      { id: 'c', field: 'kinh-te' }, // moved to the economy during set-up
      { id: 'd', field: 'xay-dung-dang' },
      { id: 'e', field: 'van-hoa-xa-hoi' },
    ];
    expect(inFieldOrder(targets).map((t) => t.id)).toEqual(['a', 'c', 'b', 'e', 'd']);
  });
});

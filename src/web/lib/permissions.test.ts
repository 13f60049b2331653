import { describe, expect, it } from 'vitest';
import { canOn } from './permissions';

describe('canOn', () => {
  const units = [
    { code: '38', role: 'viewer' as const },
    { code: '380', role: 'editor' as const },
    { code: '381', role: 'approver' as const },
    { code: '30', role: 'admin' as const },
    { code: '290', role: null },
  ];

  it('follows the role order viewer < editor < approver < admin', () => {
    const table = units.map((u) => [
      u.code,
      canOn(units, 'edit', u.code),
      canOn(units, 'approve', u.code),
      canOn(units, 'administer', u.code),
    ]);
    expect(table).toEqual([
      ['38', false, false, false],
      ['380', true, false, false],
      ['381', true, true, false],
      ['30', true, true, true],
      ['290', false, false, false],
    ]);
  });

  it('allows nothing on a unit the user does not see', () => {
    expect(canOn(units, 'edit', '999')).toBe(false);
  });
});

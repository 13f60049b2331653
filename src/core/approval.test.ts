import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPROVAL_ACTIONS,
  APPROVAL_STATES,
  approvalLevel,
  changedSinceApprovalVi,
  correctionPeriod,
  isLockedState,
  lockingPeriod,
  needsReason,
  nextApprovalState,
  type ApprovalState,
} from './approval';

describe('approval steps', () => {
  it('follows submit → approve → accept, with return and reopen', () => {
    expect(nextApprovalState('open', 'submit')).toBe('submitted');
    expect(nextApprovalState('submitted', 'approve')).toBe('approved');
    expect(nextApprovalState('approved', 'accept')).toBe('accepted');
    expect(nextApprovalState('submitted', 'return')).toBe('returned');
    expect(nextApprovalState('returned', 'submit')).toBe('submitted');
    expect(nextApprovalState('accepted', 'reopen')).toBe('reopened');
    expect(nextApprovalState('open', 'approve')).toBeNull();
    expect(nextApprovalState('approved', 'submit')).toBeNull();
    expect(approvalLevel('approve')).toBe('parent');
    expect(approvalLevel('accept')).toBe('grandparent');
    expect(needsReason('return') && needsReason('reopen') && !needsReason('approve')).toBe(true);
  });

  it('only an approver can unlock a locked period (property over any sequence of steps)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...APPROVAL_ACTIONS), { maxLength: 30 }), (actions) => {
        let state: ApprovalState = 'open';
        for (const action of actions) {
          const next = nextApprovalState(state, action);
          if (next === null) continue;
          if (isLockedState(state) && !isLockedState(next) && approvalLevel(action) !== 'parent')
            return false;
          if (!isLockedState(state) && isLockedState(next) && approvalLevel(action) === 'unit') return false;
          state = next;
        }
        return (APPROVAL_STATES as readonly string[]).includes(state);
      }),
    );
  });

  it('locks the figures inside an approved period, not the year of an approved quarter', () => {
    const approvals = [
      { period: '2023', state: 'approved' as const },
      { period: '2024-Q1', state: 'approved' as const },
    ];
    expect(lockingPeriod('2023-Q2', approvals)).toBe('2023');
    expect(lockingPeriod('2023', approvals)).toBe('2023');
    expect(lockingPeriod('2024-02', approvals)).toBe('2024-Q1');
    expect(lockingPeriod('2024', approvals)).toBeUndefined();
    expect(lockingPeriod('2023', [{ period: '2023', state: 'reopened' }])).toBeUndefined();
    expect(correctionPeriod('2023-Q1', [{ period: '2023', state: 'reopened', everApproved: true }])).toBe(
      '2023',
    );
  });

  it('says how many figures changed since approval', () => {
    expect(changedSinceApprovalVi(3)).toBe('đã sửa 3 số liệu sau khi phê duyệt');
    expect(changedSinceApprovalVi(0)).toBe('');
  });
});

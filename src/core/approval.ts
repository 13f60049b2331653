/**
 * Approval of a unit's figures for a period (DHIS2's model, made explicit): the unit submits,
 * the level above approves or returns it with a reason, the next level may accept it; an
 * approved (or accepted) period is locked: no figure inside it can be saved, deleted or imported
 * until the approver reopens it, and a correction after reopening is a revision with a reason.
 *
 *   open ──submit──▶ submitted ──approve──▶ approved ──accept──▶ accepted
 *    ▲                  │                     │                    │
 *    │               return (reason)       reopen (reason)      reopen (reason)
 *    │                  ▼                     ▼                    ▼
 *   returned / reopened ──submit──▶ submitted …
 *
 * Who: the unit's editor submits; an approver of the unit's parent approves, returns and reopens;
 * an approver of the grandparent (for a unit right below the top, an admin of the parent) accepts.
 * A lock covers every figure whose period lies inside the approved period (approving 2023 locks
 * its quarters and months too; approving a quarter leaves the year's figure open).
 */
import type { PeriodCode } from './model';
import { isPeriodCode, isPeriodInside } from './periods';

/** States of a unit's period. 'open': nothing recorded yet. */
export const APPROVAL_STATES = ['open', 'submitted', 'approved', 'accepted', 'returned', 'reopened'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** Steps. */
export const APPROVAL_ACTIONS = ['submit', 'approve', 'accept', 'return', 'reopen'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

/** Who may take a step, relative to the unit. */
export type ApprovalLevel = 'unit' | 'parent' | 'grandparent';

const TRANSITIONS: Record<
  ApprovalAction,
  { from: readonly ApprovalState[]; to: ApprovalState; level: ApprovalLevel }
> = {
  submit: { from: ['open', 'returned', 'reopened'], to: 'submitted', level: 'unit' },
  approve: { from: ['submitted'], to: 'approved', level: 'parent' },
  accept: { from: ['approved'], to: 'accepted', level: 'grandparent' },
  return: { from: ['submitted'], to: 'returned', level: 'parent' },
  reopen: { from: ['approved', 'accepted'], to: 'reopened', level: 'parent' },
};

/** The state after the step, or null when the step is not allowed from `state`. */
export function nextApprovalState(state: ApprovalState, action: ApprovalAction): ApprovalState | null {
  const t = TRANSITIONS[action];
  return t.from.includes(state) ? t.to : null;
}

/** Who takes the step. */
export function approvalLevel(action: ApprovalAction): ApprovalLevel {
  return TRANSITIONS[action].level;
}

/** Steps that need a reason. */
export function needsReason(action: ApprovalAction): boolean {
  return action === 'return' || action === 'reopen';
}

/** Whether figures of a period in that state are locked. */
export function isLockedState(state: ApprovalState): boolean {
  return state === 'approved' || state === 'accepted';
}

/** A period's current approval state. */
export interface PeriodApprovalState {
  period: PeriodCode;
  state: ApprovalState;
  /** Whether it was approved at least once (a correction then needs a reason). */
  everApproved?: boolean;
}

/** The approved period that locks a figure of `period`, if any. */
export function lockingPeriod(
  period: PeriodCode,
  approvals: readonly PeriodApprovalState[],
): PeriodCode | undefined {
  if (!isPeriodCode(period)) return undefined;
  return approvals.find(
    (a) => isLockedState(a.state) && isPeriodCode(a.period) && isPeriodInside(period, a.period),
  )?.period;
}

/** The reopened period (approved before) whose figures need a reason to be corrected, if any. */
export function correctionPeriod(
  period: PeriodCode,
  approvals: readonly PeriodApprovalState[],
): PeriodCode | undefined {
  if (!isPeriodCode(period)) return undefined;
  return approvals.find(
    (a) =>
      a.everApproved && !isLockedState(a.state) && isPeriodCode(a.period) && isPeriodInside(period, a.period),
  )?.period;
}

/** Vietnamese names of the states, as the province view shows them. */
export const APPROVAL_STATE_VI: Record<ApprovalState, string> = {
  open: 'chưa gửi',
  submitted: 'đã gửi, chờ phê duyệt',
  approved: 'đã phê duyệt',
  accepted: 'đã phê duyệt và tiếp nhận',
  returned: 'bị trả lại',
  reopened: 'đã mở lại để sửa',
};

/** "đã sửa 3 số liệu sau khi phê duyệt"; empty when none. */
export function changedSinceApprovalVi(count: number): string {
  return count > 0 ? `đã sửa ${count} số liệu sau khi phê duyệt` : '';
}

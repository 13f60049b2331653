/** The province view's calls and answer types (types from the server's response schemas). */
import type { z } from 'zod';
import type {
  approvalStepAnswer,
  bulkApprovalAnswer,
  provinceViewAnswer,
  unitApprovalsAnswer,
} from '../../../schema/api/province.schema';
import { api } from '../../lib/api';
import { buildPath } from '../../lib/router';

export type ProvinceViewAnswer = z.output<typeof provinceViewAnswer>;
export type ProvinceRow = ProvinceViewAnswer['rows'][number];
export type ProvinceColumn = ProvinceViewAnswer['columns'][number];
export type UnitApprovals = z.output<typeof unitApprovalsAnswer>;
export type StepAction = 'submit' | 'approve' | 'accept' | 'return' | 'reopen';

/** GET the province view. */
export function loadProvinceView(
  code: string,
  query: { asOf?: string; period?: string; level?: string; field?: string; approvedOnly?: boolean },
): Promise<ProvinceViewAnswer> {
  return api<ProvinceViewAnswer>(
    'GET',
    buildPath(`/api/units/${encodeURIComponent(code)}/province-view`, {
      asOf: query.asOf,
      period: query.period,
      level: query.level,
      field: query.field,
      approvedOnly: query.approvedOnly ? 'true' : undefined,
    }),
  );
}

/** One approval step. */
export function takeStep(resolutionId: string, period: string, action: StepAction, reason?: string) {
  return api<z.output<typeof approvalStepAnswer>>('POST', `/api/resolutions/${resolutionId}/approvals`, {
    period,
    action,
    ...(reason ? { reason } : {}),
  });
}

/** Bulk approval of units directly below `code`. */
export function approveMany(code: string, period: string, resolutionIds: string[]) {
  return api<z.output<typeof bulkApprovalAnswer>>(
    'POST',
    `/api/units/${encodeURIComponent(code)}/approvals/bulk`,
    {
      period,
      resolutionIds,
    },
  );
}

/** Sets the deadline of a period. */
export function putDeadline(code: string, period: string, dueDate: string) {
  return api('PUT', `/api/units/${encodeURIComponent(code)}/deadlines/${encodeURIComponent(period)}`, {
    dueDate,
  });
}

/** Asks a unit for its figures. */
export function askUnit(code: string, period: string, resolutionId?: string) {
  return api('POST', `/api/units/${encodeURIComponent(code)}/requests`, {
    period,
    ...(resolutionId ? { resolutionId } : {}),
  });
}

/** A unit's approvals, steps and requests. */
export function loadUnitApprovals(code: string): Promise<UnitApprovals> {
  return api<UnitApprovals>('GET', `/api/units/${encodeURIComponent(code)}/approvals`);
}

/**
 * What the signed-in user may do on a unit, so that each screen offers only that: the role order
 * is the server's own (`src/server/accounts/roles.ts`), the role on a unit is the one
 * `GET /api/units` answers (the highest role covering it). The server checks every request anyway.
 */
import { roleAtLeast, type Role } from '../../server/accounts/roles';

/** What a screen offers, with the least role the API asks for it (docs/API.md, "Roles and access"). */
export const ACTION_ROLES = {
  /** Figures, targets, plans, new resolutions, imports. */
  edit: 'editor',
  /** Adjustments by a decision, dropping a target, final labels (overrides). */
  approve: 'approver',
  /** Accounts and the audit log. */
  administer: 'admin',
} as const satisfies Record<string, Role>;

export type Action = keyof typeof ACTION_ROLES;

/** Whether the role held on `unitCode` (from the user's units) allows `action`. */
export function canOn(
  units: readonly { code: string; role?: Role | null }[],
  action: Action,
  unitCode: string,
): boolean {
  const held = units.find((unit) => unit.code === unitCode)?.role;
  return held ? roleAtLeast(held, ACTION_ROLES[action]) : false;
}

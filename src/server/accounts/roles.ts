/** Roles, ordered: each includes the rights of those before it. */
export const ROLES = ['viewer', 'editor', 'approver', 'admin'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Vietnamese names of the roles, for messages and the CLI. */
export const ROLE_LABELS_VI: Record<Role, string> = {
  viewer: 'xem',
  editor: 'nhập liệu',
  approver: 'phê duyệt',
  admin: 'quản trị',
};

/** Whether `held` gives at least the rights of `needed`. */
export function roleAtLeast(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** A role held on a unit and every unit below it. */
export interface RoleAssignment {
  unitCode: string;
  role: Role;
}

/**
 * The demo accounts created by `vedich serve --demo`: one per role on the demo units, with a
 * fixed password printed at start. For demonstration databases only.
 */
import type { Database } from '../../db/database';
import { SYSTEM_ACTOR } from '../../services/app-error';
import type { RoleAssignment } from './roles';
import { createUser, findUser } from './users.service';

/** The password of every demo account (printed at start; never use on real data). */
export const DEMO_PASSWORD = 'demo-2025-vedich';

/** One demo account. */
export interface DemoAccount {
  username: string;
  displayName: string;
  roles: RoleAssignment[];
}

/** Province 38 (Thanh Hóa) admin and approver, editors of 380 and 381, a viewer of Chí Linh (290). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: 'Quản trị tỉnh Thanh Hóa', roles: [{ unitCode: '38', role: 'admin' }] },
  {
    username: 'tinh.approver',
    displayName: 'Phê duyệt cấp tỉnh',
    roles: [{ unitCode: '38', role: 'approver' }],
  },
  {
    username: 'thanhhoa.editor',
    displayName: 'Nhập liệu thành phố Thanh Hóa',
    roles: [{ unitCode: '380', role: 'editor' }],
  },
  {
    username: 'bimson.editor',
    displayName: 'Nhập liệu thị xã Bỉm Sơn',
    roles: [{ unitCode: '381', role: 'editor' }],
  },
  {
    username: 'chilinh.viewer',
    displayName: 'Xem số liệu Chí Linh',
    roles: [{ unitCode: '290', role: 'viewer' }],
  },
];

/** Creates the demo accounts that do not exist yet; returns all of them (created or not). */
export async function ensureDemoAccounts(
  db: Database,
): Promise<{ account: DemoAccount; created: boolean }[]> {
  const out: { account: DemoAccount; created: boolean }[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const exists = (await findUser(db, account.username)) !== null;
    if (!exists) await createUser(db, SYSTEM_ACTOR, { ...account, password: DEMO_PASSWORD });
    out.push({ account, created: !exists });
  }
  return out;
}

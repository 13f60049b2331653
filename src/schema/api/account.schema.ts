/** Answers about accounts: the signed-in user, roles, users of a unit. */
import { z } from 'zod';
import { ROLES } from '../../server/accounts/roles';

/** `{ ok: true }`: a write with nothing else to tell. */
export const okAnswer = z.strictObject({ ok: z.literal(true) });

/** A role: viewer < editor < approver < admin. */
export const roleOut = z.enum(ROLES);

/** A user as answered (never the password hash). */
export const userOut = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
});

/** A role held on a unit and everything below it. */
export const roleGrantOut = z.strictObject({ unitCode: z.string(), role: roleOut });

/** The current user, roles and CSRF token (login and /api/auth/me). */
export const meAnswer = z.strictObject({
  user: userOut,
  roles: z.array(roleGrantOut),
  csrfToken: z.string(),
});

/** A user with every role they hold. */
export const userWithRolesOut = userOut.extend({ roles: z.array(roleGrantOut) });

/** GET /api/users. */
export const usersAnswer = z.strictObject({ users: z.array(userWithRolesOut) });

/** POST /api/users: the generated password is there only when none was given. */
export const createdUserAnswer = z.strictObject({
  user: userOut,
  roles: z.array(roleGrantOut),
  password: z.string().optional().describe('Mật khẩu tạo ngẫu nhiên, chỉ trả một lần'),
});

/** POST /api/users/:id/roles. */
export const rolesAnswer = z.strictObject({ roles: z.array(roleGrantOut) });

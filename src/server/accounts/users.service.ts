/**
 * Local accounts: create users, grant roles, read them back. Usernames are stored lower-case.
 */
import { randomUUID } from 'node:crypto';
import { noteChange } from '../../db/change-feed';
import type { Database, Sql } from '../../db/database';
import { AppError, type Actor } from '../../services/app-error';
import { recordAuthEvent } from './auth-audit';
import { hashPassword, verifyPassword } from './password';
import { passwordIssues, type PasswordContext } from './password-policy';
import type { Role, RoleAssignment } from './roles';

/** A user as the API shows it (never the hash). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
}

/** What is needed to create an account. */
export interface NewUser {
  username: string;
  displayName?: string;
  password: string;
  roles?: RoleAssignment[];
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  disabled: boolean;
  password_hash: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Normalises a username: trimmed, lower-case. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

function toUser(row: UserRow): User {
  return { id: row.id, username: row.username, displayName: row.display_name, disabled: row.disabled };
}

/** Creates an account with its roles in one transaction; `conflict` when the username exists. */
export async function createUser(db: Database, actor: Actor, input: NewUser): Promise<User> {
  const username = normaliseUsername(input.username);
  if (!USERNAME.test(username)) {
    throw new AppError('validation_failed', 'Tên đăng nhập không hợp lệ.', {
      issues: [
        {
          path: 'username',
          message: 'Chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 64).',
        },
      ],
    });
  }
  const displayName = input.displayName?.trim() || username;
  const unitNames = await unitNamesOf(
    db,
    (input.roles ?? []).map((r) => r.unitCode),
  );
  refuseWeakPassword(input.password, { username, displayName, unitNames }, 'password');
  const hash = await hashPassword(input.password);
  const created = await db.transaction(async (tx) => {
    const existing = await tx.query('select 1 from users where username = $1', [username]);
    if (existing.length > 0) throw new AppError('conflict', `Tên đăng nhập "${username}" đã tồn tại.`);
    const id = randomUUID();
    await tx.query('insert into users (id, username, display_name, password_hash) values ($1, $2, $3, $4)', [
      id,
      username,
      displayName,
      hash,
    ]);
    await recordAuthEvent(tx, actor, 'user.created', { userId: id, username });
    for (const role of input.roles ?? []) await grantRole(tx, actor, id, role);
    return { id, username, displayName, disabled: false };
  });
  noteChange(db, 'accounts');
  return created;
}

/** Grants a role on a unit (and everything below it); granting twice changes nothing. */
export async function grantRole(
  db: Sql,
  actor: Actor,
  userId: string,
  assignment: RoleAssignment,
): Promise<void> {
  const rows = await db.query(
    `insert into user_roles (user_id, unit_code, role, granted_by) values ($1, $2, $3, $4)
     on conflict do nothing returning user_id`,
    [userId, assignment.unitCode, assignment.role, actor.userId ?? actor.username ?? null],
  );
  if (rows.length > 0) await recordAuthEvent(db, actor, 'role.granted', { userId, ...assignment });
}

/** The user with that username, with the hash (for sign-in only). */
export async function findUserForLogin(
  db: Sql,
  username: string,
): Promise<(User & { passwordHash: string }) | null> {
  const rows = await db.query<UserRow>(
    'select id, username, display_name, disabled, password_hash from users where username = $1',
    [normaliseUsername(username)],
  );
  const row = rows[0];
  return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
}

/** The user by name, or null. */
export async function findUser(db: Sql, username: string): Promise<User | null> {
  const found = await findUserForLogin(db, username);
  if (!found) return null;
  const { passwordHash: _hash, ...user } = found;
  return user;
}

/** The roles a user holds. */
export async function rolesOf(db: Sql, userId: string): Promise<RoleAssignment[]> {
  const rows = await db.query<{ unit_code: string; role: Role }>(
    'select unit_code, role from user_roles where user_id = $1 order by unit_code, role',
    [userId],
  );
  return rows.map((r) => ({ unitCode: r.unit_code, role: r.role }));
}

/** The user with that id, or null. */
export async function findUserById(db: Sql, id: string): Promise<User | null> {
  const rows = await db.query<UserRow>(
    'select id, username, display_name, disabled, password_hash from users where id::text = $1',
    [id],
  );
  return rows[0] ? toUser(rows[0]) : null;
}

/** Users holding a role on any of the units, each with their roles on those units only (roles
 * elsewhere belong to other administrators and are not shown). */
export async function listUsersOfUnits(
  db: Sql,
  unitCodes: string[],
): Promise<(User & { roles: RoleAssignment[] })[]> {
  const rows = await db.query<UserRow & { roles: RoleAssignment[] }>(
    `select u.id, u.username, u.display_name, u.disabled, '' as password_hash,
            coalesce(json_agg(json_build_object('unitCode', r.unit_code, 'role', r.role)
                     order by r.unit_code, r.role), '[]') as roles
       from users u join user_roles r on r.user_id = u.id and r.unit_code = any($1::text[])
      group by u.id order by u.username`,
    [unitCodes],
  );
  return rows.map((r) => ({ ...toUser(r), roles: r.roles }));
}

/** Sets a new password; ends every session of the user except `keepTokenHash`. */
export async function setPassword(
  db: Database,
  actor: Actor,
  userId: string,
  password: string,
  keepTokenHash?: string,
): Promise<void> {
  const current = await findUserById(db, userId);
  if (!current) throw new AppError('not_found', 'Không tìm thấy người dùng.');
  const roles = await rolesOf(db, userId);
  const unitNames = await unitNamesOf(
    db,
    roles.map((r) => r.unitCode),
  );
  refuseWeakPassword(password, { ...current, unitNames }, 'newPassword');
  const [stored] = await db.query<{ password_hash: string }>(
    'select password_hash from users where id = $1',
    [userId],
  );
  if (stored && (await verifyPassword(stored.password_hash, password))) {
    throw new AppError('validation_failed', 'Mật khẩu mới phải khác mật khẩu hiện tại.', {
      issues: [{ path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' }],
    });
  }
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.query('update users set password_hash = $2, updated_at = now() where id = $1', [userId, hash]);
    await tx.query('delete from sessions where user_id = $1 and token_hash <> $2', [
      userId,
      keepTokenHash ?? '',
    ]);
    await recordAuthEvent(tx, actor, 'password.changed', { userId });
  });
  noteChange(db, 'accounts');
}

/** Disables (or enables again) an account; disabling ends its sessions at once. */
export async function setDisabled(
  db: Database,
  actor: Actor,
  userId: string,
  disabled: boolean,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('update users set disabled = $2, updated_at = now() where id = $1', [userId, disabled]);
    if (disabled) await tx.query('delete from sessions where user_id = $1', [userId]);
    await recordAuthEvent(tx, actor, disabled ? 'user.disabled' : 'user.enabled', { userId });
  });
  noteChange(db, 'accounts');
}

/** Throws `validation_failed` (issue at `path`) unless the password passes the rule. */
function refuseWeakPassword(password: string, context: PasswordContext, path: string): void {
  const issues = passwordIssues(password, context, path);
  if (issues.length > 0)
    throw new AppError('validation_failed', issues[0]?.message ?? 'Mật khẩu quá dễ đoán.', { issues });
}

/** The names of the units with these codes (every name a code has had). */
async function unitNamesOf(db: Sql, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.query<{ name: string }>(
    'select distinct name from units where code = any($1::text[])',
    [codes],
  );
  return rows.map((r) => r.name);
}

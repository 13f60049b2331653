/**
 * Sign-in with throttling: after `maxFailuresPerUser` failures of one username within the
 * window the username is locked until the window has passed; after `maxFailuresPerIp` failures
 * from one address within the window that address is refused. Attempts are stored in the
 * database, so the limits hold across server instances.
 *
 * An attempt is reserved before its password is hashed: under transaction-scoped advisory locks on
 * the username and the address, the failures are counted and the attempt is written as a failure
 * in one transaction; a success turns it into a success afterwards. Parallel guesses therefore
 * cannot all be checked before the first failure is counted. Every attempt spends one argon2
 * verification (against a dummy hash for an unknown or disabled account), so the time taken does
 * not tell which accounts exist or are disabled.
 */
import type { Database, Sql } from '../../db/database';
import { AppError } from '../../services/app-error';
import type { ServerConfig } from '../config';
import { recordAuthEvent } from './auth-audit';
import { verifyAgainstDummy, verifyPassword } from './password';
import type { RoleAssignment } from './roles';
import { createSession } from './sessions.service';
import { findUserForLogin, normaliseUsername, rolesOf, type User } from './users.service';

/** A successful sign-in: the user, the cookie token and the CSRF token. */
export interface SignedIn {
  user: User;
  roles: RoleAssignment[];
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

type LoginConfig = Pick<
  ServerConfig,
  | 'now'
  | 'sessionIdleMs'
  | 'sessionAbsoluteMs'
  | 'maxFailuresPerUser'
  | 'maxFailuresPerIp'
  | 'lockoutWindowMs'
>;

const BAD_CREDENTIALS = 'Sai tên đăng nhập hoặc mật khẩu.';

/** Checks the password and opens a session, or throws `unauthenticated`, `locked` or
 * `rate_limited`. Every attempt is recorded. */
export async function signIn(
  db: Database,
  config: LoginConfig,
  input: { username: string; password: string; ip: string; userAgent?: string },
): Promise<SignedIn> {
  const username = normaliseUsername(input.username).slice(0, 64);
  const actor = { userId: null, username, origin: input.ip };
  const attempt = await reserveAttempt(db, config, username, input.ip);

  const found = await findUserForLogin(db, username);
  const ok = found && !found.disabled ? await verifyPassword(found.passwordHash, input.password) : false;
  if (!found || found.disabled) await verifyAgainstDummy(input.password);
  if (!found || !ok) {
    await recordAuthEvent(db, actor, 'login.failed', { username });
    throw new AppError('unauthenticated', BAD_CREDENTIALS);
  }
  await markSucceeded(db, attempt);
  const { passwordHash: _hash, ...user } = found;
  const session = await createSession(db, config, user.id, { ip: input.ip, userAgent: input.userAgent });
  await recordAuthEvent(db, { userId: user.id, username, origin: input.ip }, 'login', { userId: user.id });
  return { user, roles: await rolesOf(db, user.id), ...session };
}

/** Counts the failures of the username and the address and, unless one is over its limit
 * (`locked`, `rate_limited`), writes this attempt as a failure, all under locks on both keys so
 * that concurrent attempts count each other. Returns the attempt's id. */
async function reserveAttempt(
  db: Database,
  config: LoginConfig,
  username: string,
  ip: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    // Always the username first, then the address: two attempts never wait on each other in a cycle.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`vedich.login.user:${username}`]);
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`vedich.login.ip:${ip}`]);
    await refuseWhenThrottled(tx, config, username, ip);
    const [row] = await tx.query<{ id: string }>(
      `insert into login_attempts (username, ip, succeeded, attempted_at) values ($1, $2, false, $3)
       returning id::text as id`,
      [username, ip, config.now()],
    );
    if (!row) throw new AppError('internal', 'login attempt not written');
    return row.id;
  });
}

/** Turns a reserved attempt into a success (which ends the username's run of failures). */
async function markSucceeded(db: Sql, attemptId: string): Promise<void> {
  await db.query('update login_attempts set succeeded = true where id = $1::bigint', [attemptId]);
}

/** Throws `rate_limited` or `locked` when the address or the username has failed too often. */
async function refuseWhenThrottled(
  db: Sql,
  config: LoginConfig,
  username: string,
  ip: string,
): Promise<void> {
  const since = new Date(config.now().getTime() - config.lockoutWindowMs);
  const [ipFailures] = await db.query<{ n: number }>(
    'select count(*)::int as n from login_attempts where ip = $1 and not succeeded and attempted_at > $2',
    [ip, since],
  );
  if ((ipFailures?.n ?? 0) >= config.maxFailuresPerIp) {
    throw new AppError(
      'rate_limited',
      'Quá nhiều lần đăng nhập sai từ địa chỉ này. Hãy thử lại sau 15 phút.',
    );
  }
  // Failures since the last success within the window lock the username.
  const [userFailures] = await db.query<{ n: number }>(
    `select count(*)::int as n from login_attempts
      where username = $1 and not succeeded and attempted_at > $2
        and attempted_at > coalesce((select max(attempted_at) from login_attempts
                                      where username = $1 and succeeded), '-infinity')`,
    [username, since],
  );
  if ((userFailures?.n ?? 0) >= config.maxFailuresPerUser) {
    throw new AppError(
      'locked',
      'Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút.',
    );
  }
}

/** Checks the signed-in user's current password (before a change), under the same throttling
 * as sign-in: a wrong one counts as a failed attempt. Throws `validation_failed` when wrong. */
export async function verifyCurrentPassword(
  db: Database,
  config: LoginConfig,
  input: { username: string; password: string; ip: string },
): Promise<void> {
  const attempt = await reserveAttempt(db, config, input.username, input.ip);
  const found = await findUserForLogin(db, input.username);
  const ok = found !== null && (await verifyPassword(found.passwordHash, input.password));
  if (!ok) {
    throw new AppError('validation_failed', 'Mật khẩu hiện tại không đúng.', {
      issues: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }],
    });
  }
  await markSucceeded(db, attempt);
}

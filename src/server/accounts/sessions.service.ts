/**
 * Sessions kept in the database, so every server instance on the same database knows them.
 * The cookie carries a random token; only its SHA-256 is stored. Each session has its own CSRF
 * token. A session ends at sign-out, after the idle time, or at its absolute expiry.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../../db/database';
import type { ServerConfig } from '../config';
import { readThrough } from '../read-cache';
import { noteChange } from '../../db/change-feed';
import type { RoleAssignment } from './roles';
import { rolesOf, type User } from './users.service';

/** A live session with its user and roles. */
export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
  user: User;
  roles: RoleAssignment[];
  expiresAt: Date;
}

type Clocked = Pick<ServerConfig, 'now' | 'sessionIdleMs' | 'sessionAbsoluteMs'>;

/** SHA-256 (hex) of a session token: what the database keeps. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two strings in constant time (false when lengths differ). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Opens a session for the user; returns the cookie token (shown once) and the CSRF token. */
export async function createSession(
  db: Sql,
  config: Clocked,
  userId: string,
  client: { ip: string; userAgent?: string },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = config.now();
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteMs);
  await db.query(
    `insert into sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, ip, user_agent)
     values ($1, $2, $3, $4, $4, $5, $6, $7)`,
    [hashToken(token), userId, csrfToken, now, expiresAt, client.ip, client.userAgent?.slice(0, 300) ?? null],
  );
  return { token, csrfToken, expiresAt };
}

interface SessionRow {
  token_hash: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  username: string;
  display_name: string;
  disabled: boolean;
}

interface StoredSession {
  row: SessionRow;
  roles: RoleAssignment[];
}

async function selectSession(db: Sql, tokenHash: string): Promise<StoredSession | null> {
  const rows = await db.query<SessionRow>(
    `select s.token_hash, s.csrf_token, s.last_seen_at, s.expires_at, u.id as user_id, u.username,
            u.display_name, u.disabled
       from sessions s join users u on u.id = s.user_id
      where s.token_hash = $1`,
    [tokenHash],
  );
  const row = rows[0];
  return row ? { row, roles: await rolesOf(db, row.user_id) } : null;
}

/**
 * The live session of a cookie token, or null (unknown, expired, or user disabled). Expired
 * sessions found this way are deleted; a live one has its last-seen time moved forward.
 *
 * A session is read from the database once and then kept in memory until a session, a user or
 * a role changes on any instance (the change feed; read-cache.ts), so a request asks the
 * database nothing. A session that looks expired by its kept last-seen time is read again
 * first: another instance may have seen it since.
 */
export async function resolveSession(db: Sql, config: Clocked, token: string): Promise<SessionInfo | null> {
  const tokenHash = hashToken(token);
  const key = `session|${tokenHash}`;
  const stored = await readThrough(db, key, () => selectSession(db, tokenHash), {
    space: 'access',
    stale: false,
    dependsOn: 'accounts',
  });
  if (!stored) return null;
  const now = config.now().getTime();
  const expired = (s: StoredSession) =>
    s.row.disabled ||
    now >= s.row.expires_at.getTime() ||
    now >= s.row.last_seen_at.getTime() + config.sessionIdleMs;
  if (expired(stored)) {
    const current = await selectSession(db, tokenHash);
    if (!current || expired(current)) {
      await deleteSession(db, tokenHash);
      return null;
    }
    Object.assign(stored, current);
  }
  // Write the last-seen time at most once a minute: enough for the idle expiry, fewer writes.
  if (now - stored.row.last_seen_at.getTime() > 60_000) {
    await db.query('update sessions set last_seen_at = $2 where token_hash = $1', [tokenHash, new Date(now)]);
    stored.row.last_seen_at = new Date(now);
  }
  const { row, roles } = stored;
  return {
    tokenHash,
    csrfToken: row.csrf_token,
    user: { id: row.user_id, username: row.username, displayName: row.display_name, disabled: row.disabled },
    roles,
    expiresAt: row.expires_at,
  };
}

/** Ends a session (sign-out). */
export async function deleteSession(db: Sql, tokenHash: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [tokenHash]);
  noteChange(db, 'accounts');
}

/** Removes sessions past their absolute expiry (housekeeping at start). */
export async function purgeExpiredSessions(db: Sql, now: Date): Promise<number> {
  const rows = await db.query('delete from sessions where expires_at <= $1 returning 1', [now]);
  return rows.length;
}

/** Removes sign-in attempts older than `keepMs` (they only matter within the lock-out window). */
export async function purgeOldLoginAttempts(db: Sql, now: Date, keepMs = 24 * 60 * 60_000): Promise<number> {
  const rows = await db.query('delete from login_attempts where attempted_at < $1 returning 1', [
    new Date(now.getTime() - keepMs),
  ]);
  return rows.length;
}

/**
 * Account events (sign-in, failed sign-in, sign-out, user created, role granted) into the audit
 * log. Kept behind this one function so the accounts code does not depend on the audit table's
 * shape.
 */
import type { Sql } from '../../db/database';
import type { Actor } from '../../services/app-error';

/** Kinds of account event recorded. */
export type AuthEvent = 'login' | 'login.failed' | 'logout' | 'user.created' | 'role.granted';

/** Records an account event; never stores a password. */
export async function recordAuthEvent(
  _db: Sql,
  _actor: Actor,
  _event: AuthEvent,
  _data: Record<string, unknown>,
): Promise<void> {
  // Wired to the audit service once it exists (see the report); nothing to do until then.
}

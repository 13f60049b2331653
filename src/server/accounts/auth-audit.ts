/**
 * Account events (sign-in, failed sign-in, sign-out, user created, role granted) into the audit
 * log, through the storage layer's append-only audit table. Never a password.
 */
import type { Sql } from '../../db/database';
import { insertAudit } from '../../db/audit.repository';
import type { Actor } from '../../services/app-error';

/** Kinds of account event recorded. */
export type AuthEvent =
  | 'login'
  | 'login.failed'
  | 'logout'
  | 'user.created'
  | 'role.granted'
  | 'password.changed'
  | 'user.disabled'
  | 'user.enabled';

/** Records an account event (`auth.login`, `auth.role.granted`…); `unitCode` when it has one. */
export async function recordAuthEvent(
  db: Sql,
  actor: Actor,
  event: AuthEvent,
  data: { userId?: string; username?: string; unitCode?: string; role?: string },
): Promise<void> {
  await insertAudit(db, actor, {
    action: `auth.${event}`,
    entity: 'user',
    entityId: data.userId ?? null,
    unitCode: data.unitCode ?? null,
    after: data,
  });
}

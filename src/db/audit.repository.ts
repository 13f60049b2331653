/** SQL of the audit log: insert and read only (the table refuses UPDATE and DELETE). */
import type { Sql } from './database';
import { jsonParam, toIso } from './values';

/** One change as written to the audit log. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  unitCode?: string | null;
  before?: unknown;
  after?: unknown;
}

/** One audit row as read back. */
export interface AuditRecord {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  origin: string;
  action: string;
  entity: string;
  entityId: string | null;
  unitCode: string | null;
  before: unknown;
  after: unknown;
}

/** Who did it, as stored. */
export interface AuditActor {
  userId: string | null;
  username?: string;
  origin: string;
}

/** Appends one row. Call it inside the transaction of the change it records. */
export async function insertAudit(sql: Sql, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await sql.query(
    `insert into audit_log (actor_user_id, actor_name, origin, action, entity, entity_id, unit_code, before, after)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9::text::jsonb)`,
    [
      actor.userId,
      actor.username ?? null,
      actor.origin,
      entry.action,
      entry.entity,
      entry.entityId ?? null,
      entry.unitCode ?? null,
      jsonParam(entry.before ?? undefined),
      jsonParam(entry.after ?? undefined),
    ],
  );
}

/** Filter for {@link selectAudit}; all conditions combine with AND. */
export interface AuditFilter {
  unitCodes?: string[];
  entity?: string;
  entityId?: string;
  /** Only rows with id below this (paging backwards). */
  beforeId?: number;
  limit?: number;
}

/** Reads audit rows, newest first. */
export async function selectAudit(sql: Sql, filter: AuditFilter = {}): Promise<AuditRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.unitCodes) {
    params.push(filter.unitCodes);
    where.push(`unit_code = any($${params.length}::text[])`);
  }
  if (filter.entity) {
    params.push(filter.entity);
    where.push(`entity = $${params.length}`);
  }
  if (filter.entityId) {
    params.push(filter.entityId);
    where.push(`entity_id = $${params.length}`);
  }
  if (filter.beforeId !== undefined) {
    params.push(filter.beforeId);
    where.push(`id < $${params.length}`);
  }
  params.push(Math.min(Math.max(filter.limit ?? 200, 1), 5000));
  const rows = await sql.query<Record<string, unknown>>(
    `select * from audit_log ${where.length ? `where ${where.join(' and ')}` : ''} order by id desc limit $${params.length}`,
    params,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: toIso(r.at) ?? '',
    actorUserId: (r.actor_user_id as string | null) ?? null,
    actorName: (r.actor_name as string | null) ?? null,
    origin: String(r.origin),
    action: String(r.action),
    entity: String(r.entity),
    entityId: (r.entity_id as string | null) ?? null,
    unitCode: (r.unit_code as string | null) ?? null,
    before: r.before ?? null,
    after: r.after ?? null,
  }));
}

/** Reading the audit log. There is no function to change it, and the table refuses UPDATE/DELETE. */
import type { Sql } from '../db/database';
import { selectAudit, type AuditRecord } from '../db/audit.repository';
import { selectSubtreeCodes } from '../db/unit.repository';

export type { AuditRecord };

/** What to read from the audit log. */
export interface AuditQuery {
  /** Rows of this unit (with `subtree`, of it and every unit below it). */
  unitCode?: string;
  subtree?: boolean;
  entity?: string;
  entityId?: string;
  /** Paging: rows with an id below this one. */
  beforeId?: number;
  /** At most this many rows (default 200, at most 5.000). */
  limit?: number;
}

/** Audit rows, newest first. */
export async function listAudit(db: Sql, query: AuditQuery = {}): Promise<AuditRecord[]> {
  const unitCodes = query.unitCode
    ? query.subtree
      ? await selectSubtreeCodes(db, query.unitCode)
      : [query.unitCode]
    : undefined;
  if (unitCodes && unitCodes.length === 0) unitCodes.push(query.unitCode as string);
  return selectAudit(db, { ...query, unitCodes });
}

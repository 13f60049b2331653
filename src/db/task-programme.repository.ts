/**
 * SQL of the programmes, breakthroughs, key works and projects of a resolution. Every change is a
 * revision that carries its decision (document, date, reason): created, renamed, changed,
 * dropped. A dropped programme stays, with its history.
 */
import type { Sql } from './database';
import type { By } from './task.repository';
import { jsonParam, newId, numericParam, toIso, toNumber } from './values';

export const PROGRAMME_KINDS = ['chuong-trinh', 'dot-pha', 'cong-trinh-du-an', 'de-an', 'ke-hoach'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** A milestone of a programme: due and, once reached, when. */
export interface Milestone {
  name: string;
  dueOn?: string | null;
  reachedOn?: string | null;
}

/** A programme's fields. */
export interface ProgrammeFields {
  kind: ProgrammeKind;
  code?: string | null;
  name: string;
  description?: string | null;
  leadUnit?: string | null;
  investment?: number | null;
  investmentUnit?: string | null;
  startYear?: number | null;
  endYear?: number | null;
  milestones: Milestone[];
  illustrative?: boolean;
}

/** The decision that made a revision. */
export interface ProgrammeDecision {
  change: 'create' | 'rename' | 'change' | 'drop';
  decision?: string | null;
  decidedOn?: string | null;
  reason?: string | null;
}

/** A programme revision as stored. */
export interface ProgrammeRecord extends ProgrammeFields, ProgrammeDecision {
  id: string;
  unitCode: string;
  resolutionId: string | null;
  revision: number;
  status: 'active' | 'dropped';
  recordedAt: string;
  recordedByName: string | null;
}

export async function insertProgramme(
  sql: Sql,
  unitCode: string,
  resolutionId: string | null,
  fields: ProgrammeFields,
  decision: ProgrammeDecision,
  by: By,
): Promise<string> {
  const id = newId();
  await sql.query('insert into programmes (id, unit_code, resolution_id) values ($1, $2, $3)', [
    id,
    unitCode,
    resolutionId,
  ]);
  await insertProgrammeRevision(sql, id, 1, fields, 'active', decision, by);
  return id;
}

export async function insertProgrammeRevision(
  sql: Sql,
  id: string,
  revision: number,
  f: ProgrammeFields,
  status: 'active' | 'dropped',
  d: ProgrammeDecision,
  by: By,
): Promise<void> {
  await sql.query(
    `insert into programme_revisions (programme_id, revision, kind, code, name, description, lead_unit, investment,
       investment_unit, start_year, end_year, milestones, status, change, decision, decided_on, reason, illustrative,
       recorded_by, recorded_by_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text::numeric, $9, $10, $11, $12::text::jsonb, $13, $14, $15, $16, $17,
       $18, $19, $20)`,
    [
      id,
      revision,
      f.kind,
      f.code ?? null,
      f.name,
      f.description ?? null,
      f.leadUnit ?? null,
      numericParam(f.investment),
      f.investmentUnit ?? null,
      f.startYear ?? null,
      f.endYear ?? null,
      jsonParam(f.milestones),
      status,
      d.change,
      d.decision ?? null,
      d.decidedOn ?? null,
      d.reason ?? null,
      f.illustrative ?? false,
      by.id,
      by.name ?? null,
    ],
  );
}

function toProgramme(r: Record<string, unknown>): ProgrammeRecord {
  return {
    id: String(r.id),
    unitCode: String(r.unit_code),
    resolutionId: (r.resolution_id as string | null) ?? null,
    revision: Number(r.revision),
    kind: r.kind as ProgrammeKind,
    code: (r.code as string | null) ?? null,
    name: String(r.name),
    description: (r.description as string | null) ?? null,
    leadUnit: (r.lead_unit as string | null) ?? null,
    investment: toNumber(r.investment) ?? null,
    investmentUnit: (r.investment_unit as string | null) ?? null,
    startYear: (r.start_year as number | null) ?? null,
    endYear: (r.end_year as number | null) ?? null,
    milestones: (r.milestones as Milestone[]) ?? [],
    status: r.status as 'active' | 'dropped',
    change: r.change as ProgrammeDecision['change'],
    decision: (r.decision as string | null) ?? null,
    decidedOn: (r.decided_on as string | null) ?? null,
    reason: (r.reason as string | null) ?? null,
    illustrative: Boolean(r.illustrative),
    recordedAt: toIso(r.recorded_at) ?? '',
    recordedByName: (r.recorded_by_name as string | null) ?? null,
  };
}

/** The current revision of a programme, or null. */
export async function selectProgramme(
  sql: Sql,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProgrammeRecord | null> {
  if (options.forUpdate) await sql.query('select id from programmes where id = $1 for update', [id]);
  const rows = await sql.query<Record<string, unknown>>(
    `select p.id, p.unit_code, p.resolution_id, r.* from programmes p
     join lateral (select * from programme_revisions x where x.programme_id = p.id order by revision desc limit 1) r on true
     where p.id = $1`,
    [id],
  );
  return rows[0] ? toProgramme(rows[0]) : null;
}

/** Current programmes of a unit (or of one resolution), in code then name order. */
export async function selectProgrammes(
  sql: Sql,
  scope: { unitCode: string } | { resolutionId: string },
): Promise<ProgrammeRecord[]> {
  const byUnit = 'unitCode' in scope;
  const rows = await sql.query<Record<string, unknown>>(
    `select p.id, p.unit_code, p.resolution_id, r.* from programmes p
     join lateral (select * from programme_revisions x where x.programme_id = p.id order by revision desc limit 1) r on true
     where ${byUnit ? 'p.unit_code' : 'p.resolution_id'} = $1
     order by r.kind, r.code nulls last, r.name`,
    [byUnit ? scope.unitCode : scope.resolutionId],
  );
  return rows.map(toProgramme);
}

/** Every revision of a programme, oldest first. */
export async function selectProgrammeHistory(sql: Sql, id: string): Promise<ProgrammeRecord[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select p.id, p.unit_code, p.resolution_id, r.* from programmes p
     join programme_revisions r on r.programme_id = p.id where p.id = $1 order by r.revision`,
    [id],
  );
  return rows.map(toProgramme);
}

/** SQL of committees, congresses and resolutions. */
import type { Congress, Issuer, IsoDate, UnitLevel, UnitRef } from '../core';
import type { Sql } from './database';
import { newId, toIso } from './values';

/** A resolution's own record (without targets and figures). */
export interface ResolutionRecord {
  id: string;
  unit: UnitRef;
  unitId: string;
  issuer: Issuer;
  congress: Congress;
  title: string;
  createdAt: string;
}

/** A line of the list of resolutions of a unit. */
export interface ResolutionSummary {
  id: string;
  title: string;
  unitCode: string;
  unitName: string;
  committee: string;
  congressNumber: number;
  term: string;
  targetCount: number;
  createdAt: string;
}

/** The committee of that unit with that name, created when missing; returns its id. */
export async function ensureCommittee(sql: Sql, unitId: string, name: string): Promise<string> {
  const found = await sql.query<{ id: string }>(
    'select id from committees where unit_id = $1 and name = $2',
    [unitId, name],
  );
  if (found[0]) return found[0].id;
  const id = newId();
  await sql.query('insert into committees (id, unit_id, name) values ($1, $2, $3)', [id, unitId, name]);
  return id;
}

/** The congress of that committee with that number, created when missing; returns its id. */
export async function ensureCongress(
  sql: Sql,
  committeeId: string,
  congress: { number: number; term: string; date?: IsoDate },
): Promise<string> {
  const found = await sql.query<{ id: string }>(
    'select id from congresses where committee_id = $1 and number = $2',
    [committeeId, congress.number],
  );
  if (found[0]) return found[0].id;
  const id = newId();
  await sql.query(
    'insert into congresses (id, committee_id, number, term, held_on) values ($1, $2, $3, $4, $5)',
    [id, committeeId, congress.number, congress.term, congress.date ?? null],
  );
  return id;
}

/** The id of the resolution with that title of that congress, if any. */
export async function findResolutionId(sql: Sql, congressId: string, title: string): Promise<string | null> {
  const rows = await sql.query<{ id: string }>(
    'select id from resolutions where congress_id = $1 and title = $2',
    [congressId, title],
  );
  return rows[0]?.id ?? null;
}

/** Inserts a resolution; returns its id. */
export async function insertResolution(
  sql: Sql,
  r: { unitId: string; congressId: string; title: string; issuer: Issuer; createdBy: string | null },
): Promise<string> {
  const id = newId();
  await sql.query(
    `insert into resolutions (id, unit_id, congress_id, title, issuer_kind, issuer_superior, issuer_name, issuer_place,
       issuer_symbol, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      r.unitId,
      r.congressId,
      r.title,
      r.issuer.kind,
      r.issuer.superior ?? null,
      r.issuer.name,
      r.issuer.place,
      r.issuer.symbol ?? null,
      r.createdBy,
    ],
  );
  return id;
}

/** A resolution with its unit, issuer and congress, or null. */
export async function selectResolution(sql: Sql, id: string): Promise<ResolutionRecord | null> {
  const rows = await sql.query<Record<string, unknown>>(
    `select r.*, u.code as unit_code, u.name as unit_name, u.level as unit_level, p.code as parent_code,
            c.number, c.term, c.held_on, m.name as committee
     from resolutions r
     join units u on u.id = r.unit_id left join units p on p.id = u.parent_id
     join congresses c on c.id = r.congress_id join committees m on m.id = c.committee_id
     where r.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  const unit: UnitRef = {
    code: String(r.unit_code),
    name: String(r.unit_name),
    level: r.unit_level as UnitLevel,
  };
  if (r.parent_code != null) unit.parentCode = String(r.parent_code);
  const issuer: Issuer = {
    kind: r.issuer_kind as Issuer['kind'],
    name: String(r.issuer_name),
    place: String(r.issuer_place),
  };
  if (r.issuer_superior != null) issuer.superior = String(r.issuer_superior);
  if (r.issuer_symbol != null) issuer.symbol = String(r.issuer_symbol);
  const congress: Congress = {
    number: Number(r.number),
    term: String(r.term),
    committee: String(r.committee),
  };
  if (r.held_on != null) congress.date = String(r.held_on);
  return {
    id: String(r.id),
    unit,
    unitId: String(r.unit_id),
    issuer,
    congress,
    title: String(r.title),
    createdAt: toIso(r.created_at) ?? '',
  };
}

/** Resolutions of the units with those codes, newest congress first. */
export async function selectResolutionsOfUnits(sql: Sql, unitCodes: string[]): Promise<ResolutionSummary[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select r.id, r.title, r.created_at, u.code as unit_code, u.name as unit_name, m.name as committee, c.number, c.term,
            (select count(*) from targets t where t.resolution_id = r.id)::int as target_count
     from resolutions r join units u on u.id = r.unit_id
     join congresses c on c.id = r.congress_id join committees m on m.id = c.committee_id
     where u.code = any($1::text[])
     order by u.code, c.term desc, c.number desc, r.title`,
    [unitCodes],
  );
  return rows.map((r) => ({
    id: String(r.id),
    title: String(r.title),
    unitCode: String(r.unit_code),
    unitName: String(r.unit_name),
    committee: String(r.committee),
    congressNumber: Number(r.number),
    term: String(r.term),
    targetCount: Number(r.target_count),
    createdAt: toIso(r.created_at) ?? '',
  }));
}

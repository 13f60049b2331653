/** SQL of units and their lineage. Dates are 'YYYY-MM-DD'; validity is [valid_from, valid_to). */
import type { IsoDate, UnitLevel, UnitRef } from '../core';
import type { Sql } from './database';
import { newId, toNumber } from './values';

/** A unit with its validity, as stored. */
export interface Unit extends UnitRef {
  id: string;
  validFrom?: IsoDate;
  validTo?: IsoDate;
  /** Shown as an illustration (demo lineage), not an official record. */
  illustrative: boolean;
  note?: string;
}

export type LineageKind = 'merge' | 'split' | 'rename' | 'retype' | 'continue';

/** One link between an old unit and a new one. */
export interface LineageLink {
  id: string;
  fromCode: string;
  fromName: string;
  toCode: string;
  toName: string;
  kind: LineageKind;
  /** Share (0..1] of the old unit that went to the new one, for a partial split. */
  share?: number;
  effectiveDate: IsoDate;
  illustrative: boolean;
  notes?: string;
}

const UNIT_COLUMNS = `u.id, u.code, u.name, u.level, p.code as parent_code, u.valid_from, u.valid_to, u.illustrative, u.note`;
const FROM_UNITS = `from units u left join units p on p.id = u.parent_id`;

function toUnit(r: Record<string, unknown>): Unit {
  const unit: Unit = {
    id: String(r.id),
    code: String(r.code),
    name: String(r.name),
    level: r.level as UnitLevel,
    illustrative: Boolean(r.illustrative),
  };
  if (r.parent_code != null) unit.parentCode = String(r.parent_code);
  if (r.valid_from != null) unit.validFrom = String(r.valid_from);
  if (r.valid_to != null) unit.validTo = String(r.valid_to);
  if (r.note != null) unit.note = String(r.note);
  return unit;
}

/** SQL condition: the unit `u` is valid on the date in parameter `$n`. */
const validOn = (n: number) =>
  `(u.valid_from is null or u.valid_from <= $${n}::date) and (u.valid_to is null or u.valid_to > $${n}::date)`;

/** All units, or those valid on `on`, by code. */
export async function selectUnits(sql: Sql, on?: IsoDate): Promise<Unit[]> {
  const rows = on
    ? await sql.query<Record<string, unknown>>(
        `select ${UNIT_COLUMNS} ${FROM_UNITS} where ${validOn(1)} order by u.code, u.valid_from nulls first`,
        [on],
      )
    : await sql.query<Record<string, unknown>>(
        `select ${UNIT_COLUMNS} ${FROM_UNITS} order by u.code, u.valid_from nulls first`,
      );
  return rows.map(toUnit);
}

/** The unit with that code: the one valid on `on` when given, else the still-valid one, else the latest. */
export async function selectUnitByCode(sql: Sql, code: string, on?: IsoDate): Promise<Unit | null> {
  const rows = on
    ? await sql.query<Record<string, unknown>>(
        `select ${UNIT_COLUMNS} ${FROM_UNITS} where u.code = $2 and ${validOn(1)} limit 1`,
        [on, code],
      )
    : await sql.query<Record<string, unknown>>(
        `select ${UNIT_COLUMNS} ${FROM_UNITS} where u.code = $1
         order by (u.valid_to is null) desc, u.valid_from desc nulls last limit 1`,
        [code],
      );
  return rows[0] ? toUnit(rows[0]) : null;
}

/** The unit with that id. */
export async function selectUnitById(sql: Sql, id: string): Promise<Unit | null> {
  const rows = await sql.query<Record<string, unknown>>(
    `select ${UNIT_COLUMNS} ${FROM_UNITS} where u.id = $1`,
    [id],
  );
  return rows[0] ? toUnit(rows[0]) : null;
}

/** Units with that code whose validity overlaps [from, to). */
export async function selectOverlapping(
  sql: Sql,
  code: string,
  from?: IsoDate,
  to?: IsoDate,
): Promise<Unit[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select ${UNIT_COLUMNS} ${FROM_UNITS} where u.code = $1
       and (u.valid_to is null or $2::date is null or u.valid_to > $2::date)
       and ($3::date is null or u.valid_from is null or u.valid_from < $3::date)`,
    [code, from ?? null, to ?? null],
  );
  return rows.map(toUnit);
}

/** Inserts a unit; returns its id. */
export async function insertUnit(
  sql: Sql,
  unit: Omit<Unit, 'id' | 'parentCode'> & { parentId?: string | null },
): Promise<string> {
  const id = newId();
  await sql.query(
    `insert into units (id, code, name, level, parent_id, valid_from, valid_to, illustrative, note)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      unit.code,
      unit.name,
      unit.level,
      unit.parentId ?? null,
      unit.validFrom ?? null,
      unit.validTo ?? null,
      unit.illustrative,
      unit.note ?? null,
    ],
  );
  return id;
}

/** Codes of the unit and every unit below it (any validity), the unit's own code first. */
export async function selectSubtreeCodes(sql: Sql, code: string): Promise<string[]> {
  const rows = await sql.query<{ code: string; depth: number }>(
    `with recursive t(id, code, depth) as (
       select id, code, 0 from units where code = $1
       union
       select u.id, u.code, t.depth + 1 from units u join t on u.parent_id = t.id
     )
     select code, min(depth) as depth from t group by code order by min(depth), code`,
    [code],
  );
  return rows.map((r) => r.code);
}

/** Codes from the unit itself up to the root (any validity of the code). */
export async function selectAncestorCodes(sql: Sql, code: string): Promise<string[]> {
  const rows = await sql.query<{ code: string; depth: number }>(
    `with recursive t(id, code, parent_id, depth) as (
       select id, code, parent_id, 0 from units where code = $1
       union
       select u.id, u.code, u.parent_id, t.depth + 1 from units u join t on u.id = t.parent_id
     )
     select code, min(depth) as depth from t group by code order by min(depth), code`,
    [code],
  );
  return rows.map((r) => r.code);
}

/** Inserts one lineage link; returns its id. */
export async function insertLineage(
  sql: Sql,
  link: {
    fromId: string;
    toId: string;
    kind: LineageKind;
    share?: number;
    effectiveDate: IsoDate;
    illustrative: boolean;
    notes?: string;
  },
): Promise<string> {
  const id = newId();
  await sql.query(
    `insert into unit_lineage (id, from_unit_id, to_unit_id, kind, share, effective_date, illustrative, notes)
     values ($1, $2, $3, $4, $5::text::numeric, $6, $7, $8)`,
    [
      id,
      link.fromId,
      link.toId,
      link.kind,
      link.share === undefined ? null : String(link.share),
      link.effectiveDate,
      link.illustrative,
      link.notes ?? null,
    ],
  );
  return id;
}

/** Lineage links where a unit with that code is the old (`from`) or new (`to`) side. */
export async function selectLineage(sql: Sql, code: string, side: 'from' | 'to'): Promise<LineageLink[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select l.id, f.code as from_code, f.name as from_name, t.code as to_code, t.name as to_name, l.kind, l.share,
            l.effective_date, l.illustrative, l.notes
     from unit_lineage l join units f on f.id = l.from_unit_id join units t on t.id = l.to_unit_id
     where ${side === 'from' ? 'f' : 't'}.code = $1 order by l.effective_date, f.code, t.code`,
    [code],
  );
  return rows.map((r) => {
    const link: LineageLink = {
      id: String(r.id),
      fromCode: String(r.from_code),
      fromName: String(r.from_name),
      toCode: String(r.to_code),
      toName: String(r.to_name),
      kind: r.kind as LineageKind,
      effectiveDate: String(r.effective_date),
      illustrative: Boolean(r.illustrative),
    };
    const share = toNumber(r.share);
    if (share !== undefined) link.share = share;
    if (r.notes != null) link.notes = String(r.notes);
    return link;
  });
}

/** Whether a lineage link between those two units on that date exists. */
export async function lineageExists(
  sql: Sql,
  fromId: string,
  toId: string,
  effectiveDate: IsoDate,
): Promise<boolean> {
  const rows = await sql.query(
    'select 1 from unit_lineage where from_unit_id = $1 and to_unit_id = $2 and effective_date = $3',
    [fromId, toId, effectiveDate],
  );
  return rows.length > 0;
}

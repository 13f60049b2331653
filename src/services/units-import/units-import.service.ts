/**
 * `vedich units import`: writes a {@link UnitImportPlan} in one transaction with set-based
 * statements (one INSERT … SELECT FROM jsonb_to_recordset per table), so the whole country
 * (about 14.700 units and 14.000 links) loads in seconds on both backends. Units already stored
 * with the same code over an overlapping validity are kept (the demo's and tests' units become
 * the official ones) and get the source's type and flags; links already there are skipped. One
 * audit row records the import with its counts; every flagged source row is kept in
 * unit_source_flags.
 */
import type { Database, Sql } from '../../db/database';
import { insertAudit } from '../../db/audit.repository';
import { newId } from '../../db/values';
import type { Actor } from '../app-error';
import { planUnitImport, type UnitImportPlan } from './plan';
import { readUnitSources, type UnitSources } from './sources';

/** What the import did. */
export interface UnitImportResult {
  importId: string;
  unitsCreated: number;
  unitsKept: number;
  linksCreated: number;
  flagsRecorded: number;
  counts: UnitImportPlan['counts'];
  versions: UnitSources['versions'];
}

interface Existing {
  id: string;
  code: string;
  valid_from: string | null;
  valid_to: string | null;
}

const overlaps = (a: { from?: string; to?: string }, b: { from?: string; to?: string }) =>
  (a.to === undefined || b.from === undefined || b.from < a.to) &&
  (b.to === undefined || a.from === undefined || a.from < b.to);

/** Plans and writes the import (whole country, or one province from 1 July 2025 with `province`). */
export async function importOfficialUnits(
  db: Database,
  actor: Actor,
  options: { province?: string; sources?: UnitSources } = {},
): Promise<UnitImportResult> {
  const result = await db.transaction((tx) => importOfficialUnitsIn(tx, actor, options));
  // Fresh statistics for the planner (the embedded database has no autovacuum).
  await db.exec('analyze units, unit_lineage');
  return result;
}

/** {@link importOfficialUnits} inside an open transaction (the demo loader's). */
export function importOfficialUnitsIn(
  tx: Sql,
  actor: Actor,
  options: { province?: string; sources?: UnitSources } = {},
): Promise<UnitImportResult> {
  const sources = options.sources ?? readUnitSources();
  const plan = planUnitImport(sources, options.province ? { province: options.province } : {});
  return writePlan(tx, actor, plan, sources.versions);
}

async function writePlan(
  tx: Sql,
  actor: Actor,
  plan: UnitImportPlan,
  versions: UnitSources['versions'],
): Promise<UnitImportResult> {
  const importId = newId();
  const codes = [...new Set(plan.units.map((u) => u.code))];
  const existing = await tx.query<Existing>(
    `select id, code, valid_from::text as valid_from, valid_to::text as valid_to from units
     where code = any($1::text[])`,
    [codes],
  );
  const byCode = new Map<string, Existing[]>();
  for (const e of existing) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  const idOf = new Map<string, string>();
  const kept: { id: string; unit_type: string; source: string; flags: string[] }[] = [];
  const fresh: Record<string, unknown>[] = [];
  for (const u of plan.units) {
    const match = (byCode.get(u.code) ?? []).find((e) =>
      overlaps(
        { from: e.valid_from ?? undefined, to: e.valid_to ?? undefined },
        { from: u.validFrom, to: u.validTo },
      ),
    );
    if (match) {
      idOf.set(u.key, match.id);
      kept.push({ id: match.id, unit_type: u.unitType, source: u.source, flags: u.flags });
    } else idOf.set(u.key, newId());
  }
  const keptIds = new Set(kept.map((k) => k.id));
  for (const u of plan.units) {
    if (keptIds.has(idOf.get(u.key) ?? '')) continue;
    fresh.push({
      id: idOf.get(u.key),
      code: u.code,
      name: u.name,
      level: u.level,
      parent_id: u.parentKey ? (idOf.get(u.parentKey) ?? null) : null,
      valid_from: u.validFrom ?? null,
      valid_to: u.validTo ?? null,
      unit_type: u.unitType,
      source: u.source,
      flags: u.flags,
    });
  }
  // Parents before children: the plan lists provinces, then districts, then communes.
  if (fresh.length)
    await tx.query(
      `insert into units (id, code, name, level, parent_id, valid_from, valid_to, unit_type, source, flags)
       select x.id, x.code, x.name, x.level, x.parent_id, x.valid_from, x.valid_to, x.unit_type, x.source,
              array(select jsonb_array_elements_text(x.flags))
       from jsonb_to_recordset($1::text::jsonb) as x(id text, code text, name text, level text, parent_id text,
            valid_from date, valid_to date, unit_type text, source text, flags jsonb)`,
      [JSON.stringify(fresh)],
    );
  if (kept.length)
    await tx.query(
      `update units u set unit_type = coalesce(u.unit_type, x.unit_type), source = coalesce(u.source, x.source),
              flags = array(select distinct f from unnest(u.flags || array(select jsonb_array_elements_text(x.flags))) f order by f)
       from jsonb_to_recordset($1::text::jsonb) as x(id text, unit_type text, source text, flags jsonb)
       where u.id = x.id`,
      [JSON.stringify(kept)],
    );
  const links = plan.links.map((l) => ({
    id: newId(),
    from_unit_id: idOf.get(l.fromKey),
    to_unit_id: idOf.get(l.toKey),
    kind: l.kind,
    effective_date: l.effectiveDate,
    source: l.source,
  }));
  const inserted = links.length
    ? await tx.query<{ n: number }>(
        `with ins as (
           insert into unit_lineage (id, from_unit_id, to_unit_id, kind, effective_date, source)
           select x.id, x.from_unit_id, x.to_unit_id, x.kind, x.effective_date, x.source
           from jsonb_to_recordset($1::text::jsonb) as x(id text, from_unit_id text, to_unit_id text, kind text,
                effective_date date, source text)
           on conflict (from_unit_id, to_unit_id, effective_date) do nothing
           returning 1)
         select count(*)::int as n from ins`,
        [JSON.stringify(links)],
      )
    : [{ n: 0 }];
  // A repeated import that adds nothing records nothing (its flags are the first import's).
  if (fresh.length === 0 && (inserted[0]?.n ?? 0) === 0)
    return {
      importId,
      unitsCreated: 0,
      unitsKept: kept.length,
      linksCreated: 0,
      flagsRecorded: 0,
      counts: plan.counts,
      versions,
    };
  const flagRows = plan.flags.map((f) => ({
    id: newId(),
    import_id: importId,
    source: f.source,
    flag: f.flag,
    code: f.code ?? null,
    unit_id: f.unitKey ? (idOf.get(f.unitKey) ?? null) : null,
    detail: f.detail,
  }));
  if (flagRows.length)
    await tx.query(
      `insert into unit_source_flags (id, import_id, source, flag, code, unit_id, detail)
       select x.id, x.import_id, x.source, x.flag, x.code, x.unit_id, x.detail
       from jsonb_to_recordset($1::text::jsonb) as x(id text, import_id text, source text, flag text, code text,
            unit_id text, detail jsonb)`,
      [JSON.stringify(flagRows)],
    );
  const result: UnitImportResult = {
    importId,
    unitsCreated: fresh.length,
    unitsKept: kept.length,
    linksCreated: inserted[0]?.n ?? 0,
    flagsRecorded: flagRows.length,
    counts: plan.counts,
    versions,
  };
  await insertAudit(tx, actor, {
    action: 'units.import',
    entity: 'unit_import',
    entityId: importId,
    unitCode: null,
    after: result,
  });
  return result;
}

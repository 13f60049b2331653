/**
 * What `vedich units import` writes, decided from the two sources without touching the
 * database: the units before and after 1 July 2025 with their validity, the lineage between them
 * as dated facts, and a flag for every source row that does not fit (kept, never dropped).
 *
 * Rules:
 * - every old unit ends on 2025-07-01 (the district level is gone) except a province whose
 *   communes all went to the same new province and which took in no other (Thanh Hóa, Nghệ An…):
 *   it is the same unit and continues;
 * - a new province drawn from several old ones: 'merge' from each; an old province spread over
 *   several new ones: 'split' (share unknown); one old to one new with another name: 'rename';
 * - a new commune from several old communes: 'merge' from each; from one: 'continue' (same name),
 *   'retype' (xã → phường, same proper name), 'rename' (another name); an old commune in the rows
 *   of several new ones: 'split' with no share (entered later: population, area or a figure);
 * - every old district → each new commune its communes went to: 'split' with no share;
 * - old codes come from the statistics office's list; the rows give the new side. Doubtful rows
 *   are flagged: an empty old code, an old code unknown to the list (the unit is created from the
 *   row), an old commune with no row, two names for one code, another district name, a new
 *   commune without any row.
 */
import type { UnitLevel } from '../../core';
import type { MappingRow, OldUnitRow, UnitSources } from './sources';

/** The day the 2025 reorganisation took effect. */
export const REORGANISATION_DATE = '2025-07-01';

/** Kinds of lineage facts. */
export type ImportLinkKind = 'merge' | 'split' | 'rename' | 'retype' | 'continue';

/** Flags on doubtful source rows. */
export type SourceFlag =
  | 'old-code-missing'
  | 'not-in-old-list'
  | 'no-successor'
  | 'no-predecessor'
  | 'name-differs'
  | 'district-differs'
  | 'province-unknown'
  | 'new-code-unknown';

/** A unit to write; `key` is unique in the plan ("old:38", "new:14797"). */
export interface PlannedUnit {
  key: string;
  code: string;
  name: string;
  level: UnitLevel;
  unitType: string;
  parentKey?: string;
  validFrom?: string;
  validTo?: string;
  source: string;
  flags: SourceFlag[];
}

/** A lineage fact to write. */
export interface PlannedLink {
  fromKey: string;
  toKey: string;
  kind: ImportLinkKind;
  effectiveDate: string;
  source: string;
}

/** A flagged source row. */
export interface PlannedFlag {
  flag: SourceFlag;
  source: string;
  code?: string;
  unitKey?: string;
  detail: Record<string, unknown>;
}

/** The plan and its counts. */
export interface UnitImportPlan {
  units: PlannedUnit[];
  links: PlannedLink[];
  flags: PlannedFlag[];
  counts: {
    oldProvinces: number;
    oldDistricts: number;
    oldCommunes: number;
    newProvinces: number;
    newCommunes: number;
    mappingRows: number;
    links: Record<ImportLinkKind, number>;
    flags: Partial<Record<SourceFlag, number>>;
  };
}

const TYPE_WORDS: [RegExp, string][] = [
  [/^thành phố trung ương /i, 'thanh-pho-tw'],
  [/^tỉnh /i, 'tinh'],
  [/^thành phố /i, 'thanh-pho'],
  [/^thị xã /i, 'thi-xa'],
  [/^thị trấn /i, 'thi-tran'],
  [/^huyện /i, 'huyen'],
  [/^quận /i, 'quan'],
  [/^phường /i, 'phuong'],
  [/^xã /i, 'xa'],
  [/^đặc khu /i, 'dac-khu'],
];

/** "Thị xã Bỉm Sơn" → "thị xã Bỉm Sơn": the type word in lower case, as documents write it. */
export function displayName(name: string): string {
  for (const [re] of TYPE_WORDS) {
    const m = re.exec(name);
    if (m) return m[0].toLowerCase() + name.slice(m[0].length);
  }
  return name;
}

/** The proper name without its type word ("Phường Hạc Thành" → "Hạc Thành"). */
export function properName(name: string): string {
  for (const [re] of TYPE_WORDS) if (re.test(name)) return name.replace(re, '').trim();
  return name.trim();
}

function typeOfName(name: string, fallback: string): string {
  for (const [re, type] of TYPE_WORDS) if (re.test(name)) return type;
  return fallback;
}

const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Plans the import of the whole country, or with `province` (a code from 1 July 2025) of that
 * province only: its communes and the old provinces, districts and communes it was made of.
 */
export function planUnitImport(sources: UnitSources, options: { province?: string } = {}): UnitImportPlan {
  const OLD = `${sources.versions.old}`;
  const NEW = `${sources.versions.current}`;
  const oldProvinces = new Map(sources.old.provinces.map((u) => [u.code, u]));
  const oldDistricts = new Map(sources.old.districts.map((u) => [u.code, u]));
  const oldCommunes = new Map(sources.old.communes.map((u) => [u.code, u]));
  const newProvinces = new Map(sources.current.provinces.map((u) => [u.code, u]));
  const newCommunes = new Map(sources.current.communes.map((u) => [u.code, u]));
  const flags: PlannedFlag[] = [];

  const provinceOfOld = (code: string): string | undefined => {
    const commune = oldCommunes.get(code);
    const district = commune?.parentCode ? oldDistricts.get(commune.parentCode) : undefined;
    return district?.parentCode;
  };
  const oldProvinceByName = new Map(sources.old.provinces.map((p) => [p.name, p.code]));

  // Rows by new commune and by old code; old communes created from rows when the list lacks them.
  const rowsByNew = new Map<string, MappingRow[]>();
  const rowsByOld = new Map<string, MappingRow[]>();
  const fromRows = new Map<string, OldUnitRow & { provinceCode?: string; rowId: string }>();
  for (const row of sources.mapping) {
    if (!newCommunes.has(row.newCode))
      flags.push({
        flag: 'new-code-unknown',
        source: NEW,
        code: row.newCode,
        detail: { row: row.id, newCode: row.newCode, newName: row.newName, oldName: row.oldName },
      });
    if (!row.oldCode) {
      flags.push({
        flag: 'old-code-missing',
        source: NEW,
        code: row.newCode,
        unitKey: `new:${row.newCode}`,
        detail: { row: row.id, newCode: row.newCode, newName: row.newName, oldName: row.oldName },
      });
      continue;
    }
    add(rowsByNew, row.newCode, row);
    add(rowsByOld, row.oldCode, row);
    if (!oldCommunes.has(row.oldCode) && !fromRows.has(row.oldCode)) {
      const provinceCode = row.oldProvinceName ? oldProvinceByName.get(row.oldProvinceName) : undefined;
      const district = sources.old.districts.find(
        (d) => d.parentCode === provinceCode && d.name === row.oldDistrictName,
      );
      fromRows.set(row.oldCode, {
        code: row.oldCode,
        name: row.oldName ?? row.oldCode,
        type: typeOfName(row.oldName ?? '', 'xa'),
        ...(district ? { parentCode: district.code } : {}),
        ...(provinceCode ? { provinceCode } : {}),
        rowId: row.id,
      });
    }
  }
  const oldProvinceOf = (code: string) => provinceOfOld(code) ?? fromRows.get(code)?.provinceCode;

  // Provinces: which old ones each new one is made of.
  const oldOfNewProvince = new Map<string, Set<string>>();
  const newOfOldProvince = new Map<string, Set<string>>();
  for (const row of sources.mapping) {
    if (!row.oldCode) continue;
    const newProvince = newCommunes.get(row.newCode)?.provinceCode;
    const oldProvince = oldProvinceOf(row.oldCode);
    if (!newProvince || !oldProvince) continue;
    (oldOfNewProvince.get(newProvince) ?? oldOfNewProvince.set(newProvince, new Set()).get(newProvince))?.add(
      oldProvince,
    );
    (newOfOldProvince.get(oldProvince) ?? newOfOldProvince.set(oldProvince, new Set()).get(oldProvince))?.add(
      newProvince,
    );
  }
  const continues = (newCode: string): boolean => {
    const olds = oldOfNewProvince.get(newCode);
    return (
      olds?.size === 1 &&
      olds.has(newCode) &&
      newOfOldProvince.get(newCode)?.size === 1 &&
      oldProvinces.has(newCode)
    );
  };

  // The selection.
  const wantedNewProvinces = options.province ? [options.province] : [...newProvinces.keys()];
  const wantedOldProvinces = new Set<string>();
  for (const p of wantedNewProvinces)
    for (const o of oldOfNewProvince.get(p) ?? []) wantedOldProvinces.add(o);
  if (options.province && oldProvinces.has(options.province)) wantedOldProvinces.add(options.province);
  if (!options.province) for (const code of oldProvinces.keys()) wantedOldProvinces.add(code);

  const units: PlannedUnit[] = [];
  const ended = { validTo: REORGANISATION_DATE };
  const provinceKey = (oldCode: string) => (continues(oldCode) ? `cont:${oldCode}` : `old:${oldCode}`);

  for (const code of [...wantedOldProvinces].sort()) {
    const p = oldProvinces.get(code);
    if (!p) continue;
    units.push({
      key: provinceKey(code),
      code,
      name: displayName(p.name),
      level: 'province',
      unitType: p.type === 'thanh-pho' ? 'thanh-pho-tw' : 'tinh',
      ...(continues(code) ? {} : ended),
      source: OLD,
      flags: [],
    });
  }
  const wantedDistricts = sources.old.districts.filter(
    (d) => d.parentCode && wantedOldProvinces.has(d.parentCode),
  );
  const districtSet = new Set(wantedDistricts.map((d) => d.code));
  for (const d of wantedDistricts)
    units.push({
      key: `old:${d.code}`,
      code: d.code,
      name: displayName(d.name),
      level: 'district',
      unitType: d.type,
      parentKey: provinceKey(d.parentCode as string),
      ...ended,
      source: OLD,
      flags: [],
    });
  const oldUnitFlags = new Map<string, SourceFlag[]>();
  const flagOld = (code: string, flag: SourceFlag, detail: Record<string, unknown>) => {
    add(oldUnitFlags, code, flag);
    flags.push({ flag, source: flag === 'no-successor' ? OLD : NEW, code, unitKey: `old:${code}`, detail });
  };
  const wantedCommunes = sources.old.communes.filter((c) => c.parentCode && districtSet.has(c.parentCode));
  for (const c of wantedCommunes) {
    const rows = rowsByOld.get(c.code) ?? [];
    if (rows.length === 0) flagOld(c.code, 'no-successor', { name: c.name });
    const otherName = rows.find((r) => r.oldName && r.oldName !== c.name)?.oldName;
    if (otherName) flagOld(c.code, 'name-differs', { list: c.name, rows: otherName });
    const district = oldDistricts.get(c.parentCode as string);
    const otherDistrict = rows.find((r) => r.oldDistrictName && r.oldDistrictName !== district?.name);
    if (otherDistrict)
      flagOld(c.code, 'district-differs', { list: district?.name, rows: otherDistrict.oldDistrictName });
  }
  for (const c of wantedCommunes)
    units.push({
      key: `old:${c.code}`,
      code: c.code,
      name: displayName(c.name),
      level: 'commune',
      unitType: c.type,
      parentKey: `old:${c.parentCode as string}`,
      ...ended,
      source: OLD,
      flags: oldUnitFlags.get(c.code) ?? [],
    });
  for (const c of fromRows.values()) {
    if (!c.provinceCode) {
      if (!options.province)
        flags.push({
          flag: 'province-unknown',
          source: NEW,
          code: c.code,
          detail: { row: c.rowId, name: c.name },
        });
      continue;
    }
    if (!wantedOldProvinces.has(c.provinceCode)) continue;
    flags.push({
      flag: 'not-in-old-list',
      source: NEW,
      code: c.code,
      unitKey: `old:${c.code}`,
      detail: { row: c.rowId, name: c.name, district: c.parentCode ?? null },
    });
    units.push({
      key: `old:${c.code}`,
      code: c.code,
      name: displayName(c.name),
      level: 'commune',
      unitType: c.type,
      parentKey: c.parentCode ? `old:${c.parentCode}` : provinceKey(c.provinceCode),
      ...ended,
      source: NEW,
      flags: ['not-in-old-list'],
    });
  }

  // New provinces and communes.
  const newProvinceKey = (code: string) => (continues(code) ? `cont:${code}` : `new:${code}`);
  for (const code of wantedNewProvinces) {
    const p = newProvinces.get(code);
    if (!p || continues(code)) continue;
    const name = p.placeType === 'Tỉnh' ? `tỉnh ${p.name}` : displayName(p.name);
    units.push({
      key: `new:${code}`,
      code,
      name,
      level: 'province',
      unitType: p.placeType === 'Tỉnh' ? 'tinh' : 'thanh-pho-tw',
      validFrom: REORGANISATION_DATE,
      source: NEW,
      flags: [],
    });
  }
  const wantedNew = new Set(wantedNewProvinces);
  const newCommuneList = sources.current.communes.filter(
    (c) => c.provinceCode && wantedNew.has(c.provinceCode),
  );
  for (const c of newCommuneList) {
    const unitFlags: SourceFlag[] = [];
    if (!rowsByNew.has(c.code)) {
      unitFlags.push('no-predecessor');
      flags.push({
        flag: 'no-predecessor',
        source: NEW,
        code: c.code,
        unitKey: `new:${c.code}`,
        detail: { name: c.name },
      });
    }
    if (flags.some((f) => f.flag === 'old-code-missing' && f.code === c.code))
      unitFlags.push('old-code-missing');
    units.push({
      key: `new:${c.code}`,
      code: c.code,
      name: displayName(c.name),
      level: 'commune',
      unitType: typeOfName(c.name, 'xa'),
      parentKey: newProvinceKey(c.provinceCode as string),
      validFrom: REORGANISATION_DATE,
      source: NEW,
      flags: unitFlags,
    });
  }
  const keys = new Set(units.map((u) => u.key));

  // Lineage.
  const links: PlannedLink[] = [];
  const link = (fromKey: string, toKey: string, kind: ImportLinkKind, source: string) => {
    if (keys.has(fromKey) && keys.has(toKey) && fromKey !== toKey)
      links.push({ fromKey, toKey, kind, effectiveDate: REORGANISATION_DATE, source });
  };
  for (const code of wantedNewProvinces) {
    if (continues(code)) continue;
    const olds = [...(oldOfNewProvince.get(code) ?? [])].sort();
    for (const o of olds) {
      const spread = (newOfOldProvince.get(o)?.size ?? 0) > 1;
      const kind: ImportLinkKind = spread ? 'split' : olds.length > 1 ? 'merge' : 'rename';
      link(provinceKey(o), `new:${code}`, kind, NEW);
    }
  }
  for (const c of newCommuneList) {
    const rows = rowsByNew.get(c.code) ?? [];
    const olds = [...new Set(rows.map((r) => r.oldCode))];
    const districts = new Set<string>();
    for (const o of olds) {
      const old = oldCommunes.get(o) ?? fromRows.get(o);
      if (old?.parentCode) districts.add(old.parentCode);
      const spread = new Set((rowsByOld.get(o) ?? []).map((r) => r.newCode)).size > 1;
      let kind: ImportLinkKind;
      if (spread) kind = 'split';
      else if (olds.length > 1) kind = 'merge';
      else if (!old) kind = 'rename';
      else if (old.name === c.name) kind = 'continue';
      else if (properName(old.name) === properName(c.name)) kind = 'retype';
      else kind = 'rename';
      link(`old:${o}`, `new:${c.code}`, kind, NEW);
    }
    for (const d of [...districts].sort()) link(`old:${d}`, `new:${c.code}`, 'split', NEW);
  }

  const linkCounts: Record<ImportLinkKind, number> = {
    merge: 0,
    split: 0,
    rename: 0,
    retype: 0,
    continue: 0,
  };
  for (const l of links) linkCounts[l.kind]++;
  const flagCounts: Partial<Record<SourceFlag, number>> = {};
  // Whole country: every flag is kept (a row about a code the lists lack loses its unit, not its
  // flag); one province: only the flags of its units.
  const keptFlags = options.province
    ? flags.filter((f) => f.unitKey && keys.has(f.unitKey))
    : flags.map((f) => (f.unitKey && !keys.has(f.unitKey) ? { ...f, unitKey: undefined } : f));
  for (const f of keptFlags) flagCounts[f.flag] = (flagCounts[f.flag] ?? 0) + 1;
  return {
    units,
    links,
    flags: keptFlags,
    counts: {
      oldProvinces: units.filter((u) => u.level === 'province' && u.source === OLD).length,
      oldDistricts: wantedDistricts.length,
      oldCommunes: units.filter((u) => u.level === 'commune' && u.validTo).length,
      newProvinces: wantedNewProvinces.length,
      newCommunes: newCommuneList.length,
      mappingRows: sources.mapping.filter((r) =>
        wantedNew.has(newCommunes.get(r.newCode)?.provinceCode ?? ''),
      ).length,
      links: linkCounts,
      flags: flagCounts,
    },
  };
}

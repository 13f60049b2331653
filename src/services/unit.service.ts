/**
 * Units (statistics-office codes, level, parent, validity) and the lineage between old and new
 * units. Every write runs in one transaction with its audit row.
 */
import type { IsoDate, UnitLevel } from '../core';
import type { Database, Sql } from '../db/database';
import { insertAudit } from '../db/audit.repository';
import {
  insertLineage,
  insertUnit,
  lineageExists,
  selectAncestorCodes,
  selectLineage,
  selectOverlapping,
  selectSubtreeCodes,
  selectUnitByCode,
  selectUnits,
  type LineageKind,
  type LineageLink,
  type Unit,
} from '../db/unit.repository';
import { AppError, type Actor, type Issue } from './app-error';
import { isIsoDate } from './figure-checks';
import { nulIssues } from './text-checks';
import { conflictOnDuplicate } from './unique-violation';

export type { LineageKind, LineageLink, Unit };

const CODE_LENGTH: Record<UnitLevel, number> = { province: 2, district: 3, commune: 5 };

/** What is needed to create a unit. */
export interface UnitInput {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode?: string;
  validFrom?: IsoDate;
  validTo?: IsoDate;
  illustrative?: boolean;
  note?: string;
}

function checkOn(on: IsoDate | undefined): IsoDate | undefined {
  if (on !== undefined && !isIsoDate(on))
    throw new AppError('validation_failed', 'Ngày không hợp lệ.', {
      issues: [{ path: 'on', message: 'Ngày phải có dạng YYYY-MM-DD.' }],
    });
  return on;
}

/** All units (any validity), or only those valid on `options.on`, ordered by code. */
export async function listUnits(db: Sql, options: { on?: IsoDate } = {}): Promise<Unit[]> {
  return selectUnits(db, checkOn(options.on));
}

/** The unit with that code (valid on `on` if given, else the still-valid one), or null. */
export async function getUnit(db: Sql, code: string, options: { on?: IsoDate } = {}): Promise<Unit | null> {
  return selectUnitByCode(db, code, checkOn(options.on));
}

/** Codes of the unit and every unit below it, its own code first (empty if unknown). */
export function subtreeCodes(db: Sql, code: string): Promise<string[]> {
  return selectSubtreeCodes(db, code);
}

/** Codes from the unit itself up to its province (empty if unknown). */
export function ancestorCodes(db: Sql, code: string): Promise<string[]> {
  return selectAncestorCodes(db, code);
}

/** Whether `unitCode` is `scopeCode` or lies below it: the access rule of scoped roles. */
export async function isUnitWithin(db: Sql, unitCode: string, scopeCode: string): Promise<boolean> {
  if (unitCode === scopeCode) return (await selectUnitByCode(db, unitCode)) !== null;
  return (await selectAncestorCodes(db, unitCode)).includes(scopeCode);
}

/** Checks a unit input; returns the problems found (paths relative to `prefix`). */
export function checkUnitInput(input: UnitInput, prefix = ''): Issue[] {
  const issues: Issue[] = nulIssues(input, prefix);
  const at = (p: string) => (prefix ? `${prefix}.${p}` : p);
  const length = CODE_LENGTH[input.level];
  if (length === undefined)
    issues.push({ path: at('level'), message: 'Cấp đơn vị phải là tỉnh, huyện hoặc xã.' });
  else if (!new RegExp(`^\\d{${length}}$`).test(input.code))
    issues.push({ path: at('code'), message: `Mã đơn vị cấp này phải gồm ${length} chữ số.` });
  if (!input.name || !input.name.trim())
    issues.push({ path: at('name'), message: 'Tên đơn vị không được để trống.' });
  if (input.validFrom && !isIsoDate(input.validFrom))
    issues.push({ path: at('validFrom'), message: 'Ngày bắt đầu hiệu lực phải có dạng YYYY-MM-DD.' });
  if (input.validTo && !isIsoDate(input.validTo))
    issues.push({ path: at('validTo'), message: 'Ngày hết hiệu lực phải có dạng YYYY-MM-DD.' });
  if (input.validFrom && input.validTo && input.validTo <= input.validFrom)
    issues.push({ path: at('validTo'), message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.' });
  if (input.level === 'province' && input.parentCode)
    issues.push({ path: at('parentCode'), message: 'Đơn vị cấp tỉnh không có đơn vị cấp trên.' });
  if (input.level !== 'province' && !input.parentCode)
    issues.push({ path: at('parentCode'), message: 'Cần cho biết đơn vị cấp trên.' });
  return issues;
}

/** Creates a unit inside an open transaction (used by {@link createUnit} and dossier saving). */
export async function createUnitIn(tx: Sql, actor: Actor, input: UnitInput): Promise<Unit> {
  const issues = checkUnitInput(input);
  if (issues.length) throw new AppError('validation_failed', 'Thông tin đơn vị chưa hợp lệ.', { issues });
  let parentId: string | null = null;
  if (input.parentCode) {
    const parent = await selectUnitByCode(tx, input.parentCode, input.validFrom);
    const fallback = parent ?? (await selectUnitByCode(tx, input.parentCode));
    if (!fallback)
      throw new AppError('validation_failed', 'Không tìm thấy đơn vị cấp trên.', {
        issues: [{ path: 'parentCode', message: `Không có đơn vị mã ${input.parentCode}.` }],
      });
    parentId = fallback.id;
  }
  const overlapping = await selectOverlapping(tx, input.code, input.validFrom, input.validTo);
  if (overlapping.length)
    throw new AppError('conflict', `Mã đơn vị ${input.code} đã được dùng trong cùng thời gian hiệu lực.`, {
      details: { existing: overlapping },
    });
  const id = await insertUnit(tx, {
    code: input.code,
    name: input.name.trim(),
    level: input.level,
    parentId,
    validFrom: input.validFrom,
    validTo: input.validTo,
    illustrative: input.illustrative ?? false,
    note: input.note,
  });
  const unit: Unit = {
    id,
    code: input.code,
    name: input.name.trim(),
    level: input.level,
    illustrative: input.illustrative ?? false,
  };
  if (input.parentCode) unit.parentCode = input.parentCode;
  if (input.validFrom) unit.validFrom = input.validFrom;
  if (input.validTo) unit.validTo = input.validTo;
  if (input.note) unit.note = input.note;
  await insertAudit(tx, actor, {
    action: 'unit.create',
    entity: 'unit',
    entityId: id,
    unitCode: unit.code,
    after: unit,
  });
  return unit;
}

/** Creates a unit; throws validation_failed, or conflict when the code is taken for that validity. */
export function createUnit(db: Database, actor: Actor, input: UnitInput): Promise<Unit> {
  return conflictOnDuplicate(`Mã đơn vị ${input.code} vừa được dùng cho một đơn vị khác.`, () =>
    db.transaction((tx) => createUnitIn(tx, actor, input)),
  );
}

/** What is needed to record a lineage link (old unit → new unit). */
export interface LineageInput {
  fromCode: string;
  toCode: string;
  kind: LineageKind;
  /** For a partial split: the share (0..1] of the old unit that went to the new one. */
  share?: number;
  effectiveDate: IsoDate;
  illustrative?: boolean;
  notes?: string;
}

/** Records lineage links inside an open transaction; existing identical links are skipped. */
export async function recordLineageIn(tx: Sql, actor: Actor, links: LineageInput[]): Promise<number> {
  const nul = nulIssues(links, '');
  if (nul.length)
    throw new AppError('validation_failed', 'Thông tin sắp xếp đơn vị chưa hợp lệ.', { issues: nul });
  let written = 0;
  for (const [i, link] of links.entries()) {
    if (!isIsoDate(link.effectiveDate))
      throw new AppError('validation_failed', 'Ngày hiệu lực không hợp lệ.', {
        issues: [{ path: `${i}.effectiveDate`, message: 'Ngày hiệu lực phải có dạng YYYY-MM-DD.' }],
      });
    if (link.share !== undefined && !(Number.isFinite(link.share) && link.share > 0 && link.share <= 1))
      throw new AppError('validation_failed', 'Tỷ lệ chia tách không hợp lệ.', {
        issues: [{ path: `${i}.share`, message: 'Tỷ lệ phải lớn hơn 0 và không quá 1.' }],
      });
    const dayBefore = new Date(Date.parse(`${link.effectiveDate}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const from =
      (await selectUnitByCode(tx, link.fromCode, dayBefore)) ?? (await selectUnitByCode(tx, link.fromCode));
    const to =
      (await selectUnitByCode(tx, link.toCode, link.effectiveDate)) ??
      (await selectUnitByCode(tx, link.toCode));
    if (!from || !to)
      throw new AppError('not_found', `Không tìm thấy đơn vị mã ${from ? link.toCode : link.fromCode}.`);
    if (from.id === to.id) throw new AppError('validation_failed', 'Đơn vị cũ và đơn vị mới phải khác nhau.');
    if (await lineageExists(tx, from.id, to.id, link.effectiveDate)) continue;
    const id = await insertLineage(tx, {
      fromId: from.id,
      toId: to.id,
      kind: link.kind,
      share: link.share,
      effectiveDate: link.effectiveDate,
      illustrative: link.illustrative ?? false,
      notes: link.notes,
    });
    await insertAudit(tx, actor, {
      action: 'unit.lineage',
      entity: 'unit_lineage',
      entityId: id,
      unitCode: to.code,
      after: link,
    });
    written++;
  }
  return written;
}

/** Records lineage links (a merge is several links into one unit; a split several out of one). */
export function recordLineage(db: Database, actor: Actor, links: LineageInput[]): Promise<number> {
  return db.transaction((tx) => recordLineageIn(tx, actor, links));
}

/** The lineage of a unit: where it came from (predecessors) and where it went (successors). */
export async function unitLineage(
  db: Sql,
  code: string,
): Promise<{ predecessors: LineageLink[]; successors: LineageLink[] }> {
  return {
    predecessors: await selectLineage(db, code, 'to'),
    successors: await selectLineage(db, code, 'from'),
  };
}

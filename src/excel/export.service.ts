/**
 * Export of a unit (or of a unit and every unit below it): each unit's newest resolution, loaded
 * from storage and evaluated by the core as of the requested period, written as Excel, CSV or
 * the interchange JSON.
 */
import { evaluateDossier } from '../core';
import type { PeriodCode } from '../core';
import { defaultAsOf } from '../core';
import { parsePeriod } from '../core';
import { parsePeriodVi } from '../core';
import type { Sql } from '../db/database';
import { toInterchange } from '../schema';
import { AppError } from '../services/app-error';
import { loadDossier } from '../services/dossier.service';
import { listResolutions } from '../services/resolution.service';
import { getUnit } from '../services/unit.service';
import { writeExportCsv, type CsvExportOptions, type CsvTable } from './export-csv';
import { writeExportXlsx, type ExportSource } from './export-xlsx';

export type ExportFormat = 'xlsx' | 'csv' | 'json';

export interface ExportRequest {
  unitCode: string;
  subtree?: boolean;
  /** One resolution of the unit instead of the newest (not with `subtree`). */
  resolutionId?: string;
  /** The evaluation period (a code or Vietnamese text); default: the latest period with figures. */
  asOf?: string;
}

export { defaultAsOf };

/** Reads an as-of period given by a user (code or Vietnamese); validation_failed when bad. */
export function readAsOf(text: string | undefined): PeriodCode | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = parsePeriodVi(text);
  const code = parsed.ok ? parsed.code : parsePeriod(text).ok ? text : undefined;
  if (!code) {
    throw new AppError('validation_failed', `Kỳ đánh giá '${text.slice(0, 40)}' không hợp lệ.`, {
      issues: [{ path: 'asOf', message: 'Kỳ đánh giá không hợp lệ (ví dụ: 2023, 2023-Q2, quý II/2023).' }],
    });
  }
  return code;
}

/** The units' dossiers with their evaluation: one source per unit (its newest resolution). */
export async function collectExport(db: Sql, request: ExportRequest): Promise<ExportSource[]> {
  if (!(await getUnit(db, request.unitCode)))
    throw new AppError('not_found', `Không có đơn vị mã ${request.unitCode}.`);
  const asOf = readAsOf(request.asOf);
  let ids: string[];
  if (request.resolutionId && !request.subtree) ids = [request.resolutionId];
  else {
    const list = await listResolutions(db, request.unitCode, { subtree: request.subtree ?? false });
    const newest = new Map<string, string>();
    for (const r of list) if (!newest.has(r.unitCode)) newest.set(r.unitCode, r.id);
    ids = [...newest.values()];
  }
  const sources: ExportSource[] = [];
  for (const id of ids) {
    const dossier = await loadDossier(db, id);
    if (dossier.unit.code !== request.unitCode && !request.subtree) {
      throw new AppError('not_found', 'Nghị quyết không thuộc đơn vị này.');
    }
    sources.push({ dossier, evaluation: evaluateDossier(dossier, { asOf: asOf ?? defaultAsOf(dossier) }) });
  }
  return sources;
}

/** A written export: bytes, content type and file name. */
export interface ExportFile {
  bytes: Buffer;
  contentType: string;
  filename: string;
}

/** Collects and writes an export in one format. */
export async function exportUnit(
  db: Sql,
  request: ExportRequest,
  format: ExportFormat,
  csv: CsvExportOptions & { table?: CsvTable } = {},
): Promise<ExportFile> {
  const sources = await collectExport(db, request);
  const base = `ve-dich-${request.unitCode}${request.subtree ? '-va-cap-duoi' : ''}`;
  if (format === 'xlsx') {
    const asOf = readAsOf(request.asOf);
    return {
      bytes: await writeExportXlsx(sources, asOf ? { asOf } : {}),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${base}.xlsx`,
    };
  }
  if (format === 'csv') {
    const table = csv.table ?? 'danh-gia';
    return {
      bytes: Buffer.from(writeExportCsv(sources, table, csv), 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      filename: `${base}-${table}.csv`,
    };
  }
  const json = toInterchange(sources.map((s) => s.dossier));
  return {
    bytes: Buffer.from(`${JSON.stringify(json, null, 2)}\n`, 'utf8'),
    contentType: 'application/json; charset=utf-8',
    filename: `${base}.json`,
  };
}

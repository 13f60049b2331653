/**
 * Importing a file into a unit's resolution: parse (Excel, CSV or the interchange JSON), check
 * every row against the stored resolution, then write everything in ONE transaction through the
 * storage services, or nothing: any problem throws `import_invalid` with every issue located by
 * sheet, row and column, before anything is written.
 */
import type { ResolutionDossier } from '../core';
import type { Database } from '../db/database';
import { AppError, type Actor } from '../services/app-error';
import { findResolution, loadDossier } from '../services/dossier.service';
import { listResolutions } from '../services/resolution.service';
import { buildChangeSet, type ChangeSet } from './change-set';
import { IssueList } from './issues';
import { detectFormat, parseCsvFile, parseWorkbook, type ImportFormat } from './import-parse';
import { parseJsonFile } from './import-json';
import { LIMITS } from './layout';
import type { ParsedFile } from './parsed-file';
import type { CsvOptions } from './read-csv';
import { writeChangeSet } from './write-change-set';
import { yieldToEventLoop } from '../services/event-loop';
import { randomUUID } from 'node:crypto';

export interface ImportRequest {
  unitCode: string;
  /** The resolution to import into; default: the one the file names, else the unit's newest. */
  resolutionId?: string;
  bytes: Uint8Array;
  filename?: string;
  format?: ImportFormat;
  csv?: CsvOptions;
  /** The import's id (its job's): the audit row and the ids of the revisions written carry it. */
  importId?: string;
}

/** What an import wrote. */
export interface ImportResult {
  resolutionId: string;
  createdResolution: boolean;
  targetsAdded: number;
  targetsUpdated: number;
  plansSet: number;
  figuresRecorded: number;
  /** Rows equal to what was stored, not written again. */
  unchanged: number;
}

/** Stage and percentage (0-100) of an import, reported as it goes. */
export type ImportProgress = (stage: 'parse' | 'validate' | 'write' | 'done', percent: number) => void;

/** Refuses a file over the size limit (413 at the HTTP edge). */
export function checkFileSize(bytes: number): void {
  if (bytes > LIMITS.fileBytes) {
    throw new AppError(
      'payload_too_large',
      `Tệp quá lớn (${(bytes / 1048576).toFixed(1).replace('.', ',')} MB); giới hạn là ${LIMITS.fileBytes / 1048576} MB.`,
    );
  }
}

function invalid(issues: IssueList): never {
  const list = issues.list();
  throw new AppError(
    'import_invalid',
    `Tệp nhập có ${issues.items.length} lỗi; chưa có dữ liệu nào được ghi.`,
    {
      issues: list,
    },
  );
}

/** Parses, checks and writes a file; all or nothing. */
export async function importFile(
  db: Database,
  actor: Actor,
  request: ImportRequest,
  onProgress: ImportProgress = () => undefined,
): Promise<ImportResult> {
  checkFileSize(request.bytes.byteLength);
  const issues = new IssueList();
  onProgress('parse', 5);
  await yieldToEventLoop();
  const format = request.format ?? detectFormat(request.filename, request.bytes);
  let parsed: ParsedFile;
  let wholeDossier: ResolutionDossier | undefined;
  if (format === 'xlsx') parsed = await parseWorkbook(request.bytes, issues);
  else {
    const text = decodeText(request.bytes, issues);
    if (format === 'csv') parsed = parseCsvFile(text, issues, request.csv);
    else {
      const json = parseJsonFile(text, request.unitCode, issues);
      parsed = json.parsed;
      wholeDossier = json.dossier;
    }
  }
  // A file that could not be read at all stops here; otherwise every row is checked, so that
  // all errors are reported at once.
  if (issues.any && parsed.targets.length + parsed.figures.length + parsed.plans.length === 0)
    invalid(issues);
  onProgress('validate', 40);
  await yieldToEventLoop();

  const stored = await findStored(db, request, parsed);
  const change = buildChangeSet(parsed, stored?.dossier, request.unitCode, issues, randomUUID);
  if (issues.any) invalid(issues);
  onProgress('write', 60);
  await yieldToEventLoop();

  const result = await db.transaction((tx) =>
    writeChangeSet(
      tx,
      actor,
      change,
      stored?.id,
      wholeDossier,
      { plans: stored?.dossier.plans ?? [], benchmarks: stored?.dossier.benchmarks ?? [] },
      (done, total) => onProgress('write', 60 + Math.floor((39 * done) / Math.max(1, total))),
      {
        importId: request.importId ?? randomUUID(),
        ...(request.filename ? { filename: request.filename } : {}),
      },
    ),
  );
  onProgress('done', 100);
  return { ...result, unchanged: change.unchanged };
}

function decodeText(bytes: Uint8Array, issues: IssueList): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    issues.add({ sheet: '(tệp)', row: 0 }, 'tệp không phải văn bản UTF-8 (hãy lưu CSV dạng "CSV UTF-8")');
    return '';
  }
}

async function findStored(
  db: Database,
  request: ImportRequest,
  parsed: ParsedFile,
): Promise<{ id: string; dossier: ResolutionDossier } | undefined> {
  let id: string | null | undefined = request.resolutionId;
  if (id) {
    const dossier = await loadDossier(db, id, { revisions: 'current' });
    if (dossier.unit.code !== request.unitCode) {
      throw new AppError('validation_failed', `Nghị quyết này không thuộc đơn vị ${request.unitCode}.`);
    }
    return { id, dossier };
  }
  if (parsed.resolution) {
    id = await findResolution(
      db,
      request.unitCode,
      parsed.resolution.congress.number,
      parsed.resolution.title,
    );
    // A file naming a resolution that is not stored creates it.
    if (!id) return undefined;
  } else {
    id = (await listResolutions(db, request.unitCode))[0]?.id;
    if (!id) return undefined;
  }
  return { id, dossier: await loadDossier(db, id, { revisions: 'current' }) };
}

export type { ChangeSet };

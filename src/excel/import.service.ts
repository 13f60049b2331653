/**
 * Importing a file into a unit's resolution: parse (Excel, CSV or the interchange JSON), check
 * every row against the stored resolution, then write everything in ONE transaction through the
 * storage services, or nothing: any problem throws `import_invalid` with every issue located by
 * sheet, row and column, before anything is written.
 */
import type { Observation, ResolutionDossier, Target } from '../core';
import { selectTargetRevisionsAfter } from '../db/observation-bulk.repository';
import type { ObservationRevision } from '../db/observation.repository';
import type { Database, Sql } from '../db/database';
import { AppError, type Actor } from '../services/app-error';
import { findResolution, liveObservations, loadDossier } from '../services/dossier.service';
import { FIGURE_SLICES } from '../services/figure-import.service';
import { listResolutions } from '../services/resolution.service';
import type { ChangeSet } from './change-set';
import type { IssueReport } from './import-check';
import type { ImportFormat } from './import-parse';
import { startCheck } from './import-worker-pool';
import { LIMITS } from './layout';
import type { ResolutionInfo } from './parsed-file';
import type { CsvOptions } from './read-csv';
import { writeChangeSet } from './write-change-set';
import { inPages, turnBeforeEachStatement, yieldToEventLoop } from '../services/event-loop';
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

function invalid(issues: IssueReport): never {
  throw new AppError('import_invalid', `Tệp nhập có ${issues.count} lỗi; chưa có dữ liệu nào được ghi.`, {
    issues: issues.list,
  });
}

/**
 * Parses, checks and writes a file; all or nothing. The file is read and its rows checked in the
 * import worker thread (`import-worker-pool.ts`); this thread loads the stored resolution the
 * check needs and writes the result.
 */
export async function importFile(
  db: Database,
  actor: Actor,
  request: ImportRequest,
  onProgress: ImportProgress = () => undefined,
): Promise<ImportResult> {
  checkFileSize(request.bytes.byteLength);
  onProgress('parse', 5);
  const session = await startCheck({
    unitCode: request.unitCode,
    bytes: request.bytes,
    ...(request.filename ? { filename: request.filename } : {}),
    ...(request.format ? { format: request.format } : {}),
    ...(request.csv ? { csv: request.csv } : {}),
  });
  if (session.parsed.fatal) invalid(session.parsed.fatal);
  onProgress('validate', 40);
  let stored: { id: string; dossier: ResolutionDossier } | undefined;
  try {
    // The stored resolution is read one statement per turn of the event loop (see event-loop.ts).
    stored = await findStored(turnBeforeEachStatement(db), request, session.parsed.resolution);
  } catch (error) {
    session.cancel();
    throw error;
  }
  const { change, issues, wholeDossier } = await session.check(stored?.dossier);
  if (issues.count) invalid(issues);
  onProgress('write', 60);
  await yieldToEventLoop();

  const result = await db.transaction((tx) =>
    writeChangeSet(
      turnBeforeEachStatement(tx),
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

async function findStored(
  db: Sql,
  request: ImportRequest,
  resolution: ResolutionInfo | undefined,
): Promise<{ id: string; dossier: ResolutionDossier } | undefined> {
  let id: string | null | undefined = request.resolutionId;
  if (id) {
    const dossier = await loadDossier(db, id, { revisions: 'current', withoutObservations: true });
    if (dossier.unit.code !== request.unitCode) {
      throw new AppError('validation_failed', `Nghị quyết này không thuộc đơn vị ${request.unitCode}.`);
    }
    return { id, dossier: { ...dossier, observations: await figuresInForceOf(db, dossier.targets) } };
  }
  if (resolution) {
    id = await findResolution(db, request.unitCode, resolution.congress.number, resolution.title);
    // A file naming a resolution that is not stored creates it.
    if (!id) return undefined;
  } else {
    id = (await listResolutions(db, request.unitCode))[0]?.id;
    if (!id) return undefined;
  }
  const dossier = await loadDossier(db, id, { revisions: 'current', withoutObservations: true });
  return { id, dossier: { ...dossier, observations: await figuresInForceOf(db, dossier.targets) } };
}

/** Pages of revisions read from the database: sized like the slices of the figures' writing. */
const READ_PAGES = FIGURE_SLICES;

/**
 * The figures in force of the targets, as `loadDossier(…, { revisions: 'current' })` has them,
 * read target by target a page at a time: a resolution with many figures is not read in one
 * statement (on the embedded database one statement of 5.000 figures held this thread 0,3 s).
 */
export async function figuresInForceOf(db: Sql, targets: readonly Target[]): Promise<Observation[]> {
  const observations: Observation[] = [];
  for (const target of targets) {
    const revisions = await inPages<ObservationRevision>(
      (last, limit) => selectTargetRevisionsAfter(db, target.id, last, limit),
      READ_PAGES,
    );
    for (const o of liveObservations(revisions, 'current')) observations.push(o);
  }
  return observations;
}

export type { ChangeSet };

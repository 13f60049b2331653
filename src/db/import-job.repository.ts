/** SQL of import jobs (`import_jobs`): the upload, its stage, progress, errors and result. */
import type { Sql } from './database';
import { jsonParam, toIso } from './values';

/** An import job as stored, without its bytes. */
export interface ImportJobRow {
  id: string;
  unitCode: string;
  userId: string | null;
  filename?: string;
  actor: Record<string, unknown>;
  options: Record<string, unknown>;
  state: 'running' | 'succeeded' | 'failed';
  stage: 'parse' | 'validate' | 'write' | 'done';
  progress: number;
  errors: unknown[];
  code?: string;
  message?: string;
  result?: Record<string, unknown>;
  startedAt: string;
  finishedAt?: string;
}

/* The upload crosses as base64 text, decoded and encoded by the database: the embedded
 * database's own conversion of a bytea parameter and result runs in JavaScript on the server's
 * thread (about 1,4 s for 5 MB, against 0,1 s as base64). */

/** Stores a new job with its upload. */
export async function insertImportJob(
  sql: Sql,
  job: {
    id: string;
    unitCode: string;
    userId: string | null;
    filename?: string;
    actor: object;
    options: object;
    bytes: Uint8Array;
  },
): Promise<void> {
  await sql.query(
    `insert into import_jobs (id, unit_code, user_id, filename, actor, options, bytes)
     values ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb, decode($7, 'base64'))`,
    [
      job.id,
      job.unitCode,
      job.userId,
      job.filename ?? null,
      jsonParam(job.actor),
      jsonParam(job.options),
      Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength).toString('base64'),
    ],
  );
}

/** The job (without its bytes), or undefined. */
export async function selectImportJob(sql: Sql, id: string): Promise<ImportJobRow | undefined> {
  const rows = await sql.query<Record<string, unknown>>(
    `select id, unit_code, user_id, filename, actor, options, state, stage, progress, errors, code, message,
       result, started_at, finished_at from import_jobs where id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    id: String(r.id),
    unitCode: String(r.unit_code),
    userId: (r.user_id as string | null) ?? null,
    ...(r.filename != null ? { filename: String(r.filename) } : {}),
    actor: r.actor as Record<string, unknown>,
    options: r.options as Record<string, unknown>,
    state: r.state as ImportJobRow['state'],
    stage: r.stage as ImportJobRow['stage'],
    progress: Number(r.progress),
    errors: (r.errors as unknown[]) ?? [],
    ...(r.code != null ? { code: String(r.code) } : {}),
    ...(r.message != null ? { message: String(r.message) } : {}),
    ...(r.result != null ? { result: r.result as Record<string, unknown> } : {}),
    startedAt: toIso(r.started_at) ?? '',
    ...(r.finished_at != null ? { finishedAt: toIso(r.finished_at) } : {}),
  };
}

/** The upload of a job still running (undefined once it has ended). */
export async function selectImportBytes(sql: Sql, id: string): Promise<Uint8Array | undefined> {
  const rows = await sql.query<{ bytes: string | null }>(
    `select encode(bytes, 'base64') as bytes from import_jobs where id = $1 and state = 'running'`,
    [id],
  );
  const bytes = rows[0]?.bytes;
  return typeof bytes === 'string' ? new Uint8Array(Buffer.from(bytes, 'base64')) : undefined;
}

/** Records the stage and progress of a running job (progress never goes back). */
export async function updateImportProgress(
  sql: Sql,
  id: string,
  stage: ImportJobRow['stage'],
  progress: number,
): Promise<void> {
  await sql.query(
    `update import_jobs set stage = $2, progress = greatest(progress, $3) where id = $1 and state = 'running'`,
    [id, stage, progress],
  );
}

/** Ends a job: succeeded with its result or failed with its errors; the upload is dropped. */
export async function finishImportJob(
  sql: Sql,
  id: string,
  end:
    | { state: 'succeeded'; result: object }
    | { state: 'failed'; code: string; message: string; errors: unknown[] },
): Promise<void> {
  await sql.query(
    `update import_jobs set state = $2, finished_at = now(), bytes = null,
       stage = case when $2 = 'succeeded' then 'done' else stage end,
       progress = case when $2 = 'succeeded' then 100 else progress end,
       result = $3::text::jsonb, code = $4, message = $5, errors = coalesce($6::text::jsonb, '[]')
     where id = $1 and state = 'running'`,
    [
      id,
      end.state,
      end.state === 'succeeded' ? jsonParam(end.result) : null,
      end.state === 'failed' ? end.code : null,
      end.state === 'failed' ? end.message : null,
      end.state === 'failed' ? jsonParam(end.errors) : null,
    ],
  );
}

/** Forgets jobs that ended more than `hours` ago. */
export async function deleteOldImportJobs(sql: Sql, hours: number): Promise<void> {
  await sql.query(`delete from import_jobs where finished_at < now() - ($1 || ' hours')::interval`, [
    String(hours),
  ]);
}

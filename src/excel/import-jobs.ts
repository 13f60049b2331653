/**
 * Import jobs: an upload is answered at once with a job id, the import runs in the background
 * and reports its stage and progress (0-100), and the client polls the job. Jobs live in the
 * memory of the server process that took the upload (they are progress reports, not records:
 * what an import wrote is in the database and the audit log), and are forgotten after an hour.
 */
import { randomUUID } from 'node:crypto';
import { AppError, type Issue } from '../services/app-error';
import type { ImportResult } from './import.service';

export type ImportJobState = 'running' | 'succeeded' | 'failed';

export interface ImportJob {
  id: string;
  unitCode: string;
  /** Who started it: only they may read it. */
  userId: string | null;
  filename?: string;
  state: ImportJobState;
  stage: 'parse' | 'validate' | 'write' | 'done';
  progress: number;
  /** Every problem of a failed import (empty otherwise). */
  errors: Issue[];
  /** The Vietnamese summary of a failure. */
  message?: string;
  /** The stable error code of a failure (import_invalid, revision_conflict…). */
  code?: string;
  result?: ImportResult;
  startedAt: string;
  finishedAt?: string;
}

const KEEP_MS = 60 * 60 * 1000;
const MAX_JOBS = 500;

/** The jobs of one server process. */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Starts `work` as a job and returns the job at once; `work` reports progress through its callback. */
  start(
    owner: { unitCode: string; userId: string | null; filename?: string },
    work: (progress: (stage: ImportJob['stage'], percent: number) => void) => Promise<ImportResult>,
  ): ImportJob {
    this.forgetOld();
    const job: ImportJob = {
      id: randomUUID(),
      ...owner,
      state: 'running',
      stage: 'parse',
      progress: 0,
      errors: [],
      startedAt: this.now().toISOString(),
    };
    this.jobs.set(job.id, job);
    const done = work((stage, percent) => {
      job.stage = stage;
      job.progress = Math.max(job.progress, Math.min(100, Math.round(percent)));
    }).then(
      (result) => Object.assign(job, { state: 'succeeded', stage: 'done', progress: 100, result }),
      (error: unknown) => {
        const appError = error instanceof AppError ? error : undefined;
        Object.assign(job, {
          state: 'failed',
          errors: appError?.issues ?? [],
          code: appError?.code ?? 'internal',
          message:
            appError && appError.code !== 'internal'
              ? appError.message
              : 'Lỗi máy chủ khi nhập tệp; không có dữ liệu nào được ghi.',
        });
      },
    );
    void done.finally(() => (job.finishedAt = this.now().toISOString()));
    this.running.set(job.id, done);
    void done.finally(() => this.running.delete(job.id));
    return job;
  }

  private readonly running = new Map<string, Promise<unknown>>();

  /** Resolves when the job has finished (for clients that ask to wait, and for tests). */
  async settle(id: string): Promise<ImportJob | undefined> {
    await this.running.get(id);
    return this.jobs.get(id);
  }

  /** The job, if it exists and belongs to that user. */
  get(id: string, userId: string | null): ImportJob | undefined {
    const job = this.jobs.get(id);
    return job && job.userId === userId ? job : undefined;
  }

  private forgetOld(): void {
    const cutoff = this.now().getTime() - KEEP_MS;
    for (const [id, job] of this.jobs) {
      if (job.state !== 'running' && Date.parse(job.finishedAt ?? job.startedAt) < cutoff)
        this.jobs.delete(id);
    }
    while (this.jobs.size >= MAX_JOBS) {
      const oldest = [...this.jobs.values()].find((j) => j.state !== 'running');
      if (!oldest) break;
      this.jobs.delete(oldest.id);
    }
  }
}

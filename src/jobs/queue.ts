/**
 * A job queue kept in PostgreSQL, in the `jobs` table.
 *
 * Why not pg-boss or graphile-worker: both need a real `pg` connection pool (graphile-worker
 * LISTENs on a dedicated connection and runs its own schema migrations; pg-boss keeps several
 * connections busy with polling and maintenance). The embedded database (PGlite, the default) is
 * one in-process connection that runs one statement at a time: a queue library holding it would
 * block every request, and LISTEN/NOTIFY across instances does not exist there. A table claimed
 * with `FOR UPDATE SKIP LOCKED` works the same on both backends, survives restarts (jobs are
 * rows), and lets several server instances on one PostgreSQL share the work: each claim takes a
 * different row, a claim expires (`locked_until`) so a crashed instance's job runs again, and a
 * singleton key makes a scheduled run (the day's reminders) exist once.
 */
import type { Sql } from '../db/database';

/** A claimed job. */
export interface Job {
  id: number;
  queue: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/** Options of a new job. */
export interface EnqueueOptions {
  runAt?: Date;
  /** Only one job with this key ever exists (e.g. "task-reminders:2023-10-05"). */
  singletonKey?: string;
  maxAttempts?: number;
}

/** Adds a job; returns its id, or null when its singleton key exists already. */
export async function enqueue(
  sql: Sql,
  queue: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<number | null> {
  const rows = await sql.query<{ id: number }>(
    `insert into jobs (queue, payload, run_at, singleton_key, max_attempts)
     values ($1, $2::text::jsonb, coalesce($3::timestamptz, now()), $4, $5)
     on conflict (singleton_key) where singleton_key is not null do nothing returning id`,
    [
      queue,
      JSON.stringify(payload),
      options.runAt?.toISOString() ?? null,
      options.singletonKey ?? null,
      options.maxAttempts ?? 5,
    ],
  );
  return rows[0] ? Number(rows[0].id) : null;
}

/** Claims the next job due on these queues (or one whose claim expired), or null. Due means
 * as of the database's clock (one clock for every instance), or of `at` when given (tests). */
export async function claimJob(
  sql: Sql,
  queues: readonly string[],
  workerId: string,
  lockMs: number,
  at?: Date,
): Promise<Job | null> {
  const rows = await sql.query<Record<string, unknown>>(
    `update jobs set state = 'running', locked_by = $2,
       locked_until = coalesce($3::timestamptz, now()) + ($4 || ' milliseconds')::interval, attempts = attempts + 1
     where id = (
       select id from jobs
       where queue = any($1::text[]) and run_at <= coalesce($3::timestamptz, now())
         and (state = 'queued' or (state = 'running' and locked_until < coalesce($3::timestamptz, now())))
       order by run_at, id
       for update skip locked limit 1)
     returning id, queue, payload, attempts, max_attempts`,
    [queues, workerId, at?.toISOString() ?? null, String(lockMs)],
  );
  return rows[0] ? toJob(rows[0]) : null;
}

/** Claims the job with this id if it is waiting (or its claim expired), or null: a worker that
 * enqueued a job runs it at once, and another instance's worker takes it over only if this one
 * stops before the end. */
export async function claimJobById(
  sql: Sql,
  id: number,
  workerId: string,
  lockMs: number,
): Promise<Job | null> {
  const rows = await sql.query<Record<string, unknown>>(
    `update jobs set state = 'running', locked_by = $2,
       locked_until = now() + ($3 || ' milliseconds')::interval, attempts = attempts + 1
     where id = (
       select id from jobs
       where id = $1 and (state = 'queued' or (state = 'running' and locked_until < now()))
       for update skip locked)
     returning id, queue, payload, attempts, max_attempts`,
    [id, workerId, String(lockMs)],
  );
  return rows[0] ? toJob(rows[0]) : null;
}

function toJob(r: Record<string, unknown>): Job {
  return {
    id: Number(r.id),
    queue: String(r.queue),
    payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Record<string, unknown>,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
  };
}

/** Extends a running job's claim by `lockMs` from now; false when the claim is no longer this
 * worker's (it expired and another worker took the job). */
export async function renewClaim(sql: Sql, id: number, workerId: string, lockMs: number): Promise<boolean> {
  const rows = await sql.query(
    `update jobs set locked_until = now() + ($3 || ' milliseconds')::interval
     where id = $1 and locked_by = $2 and state = 'running' returning id`,
    [id, workerId, String(lockMs)],
  );
  return rows.length > 0;
}

/**
 * Runs `work` for a claimed job, renewing the claim every third of `lockMs` while it runs: a job
 * longer than its claim is not taken by another worker, and a crashed instance's job still runs
 * again once its claim expires. `onLost` hears if the claim was lost meanwhile.
 */
export async function whileClaimed<T>(
  sql: Sql,
  job: { id: number },
  workerId: string,
  lockMs: number,
  work: () => Promise<T>,
  onLost?: () => void,
): Promise<T> {
  const timer = setInterval(
    () => {
      renewClaim(sql, job.id, workerId, lockMs).then(
        (kept) => {
          if (!kept) onLost?.();
        },
        () => undefined,
      );
    },
    Math.max(1, Math.floor(lockMs / 3)),
  );
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/** Marks a job done. */
export async function completeJob(sql: Sql, id: number, workerId: string): Promise<void> {
  await sql.query(
    `update jobs set state = 'done', finished_at = now(), locked_until = null where id = $1 and locked_by = $2`,
    [id, workerId],
  );
}

/** Records a failure: retried later (backoff 30 s × 2^attempts) until its attempts run out. */
export async function failJob(sql: Sql, job: Job, workerId: string, error: string): Promise<void> {
  const last = job.attempts >= job.maxAttempts;
  const backoffMs = 30_000 * 2 ** Math.min(job.attempts, 10);
  await sql.query(
    `update jobs set state = $3, last_error = $4, locked_until = null, run_at = now() + ($5 || ' milliseconds')::interval,
       finished_at = case when $3 = 'failed' then now() end
     where id = $1 and locked_by = $2`,
    [job.id, workerId, last ? 'failed' : 'queued', error.slice(0, 2000), String(backoffMs)],
  );
}

/** Counts of jobs by queue and state (for the health of the chase). */
export async function jobCounts(sql: Sql): Promise<{ queue: string; state: string; n: number }[]> {
  return sql.query<{ queue: string; state: string; n: number }>(
    'select queue, state, count(*)::int as n from jobs group by queue, state order by queue, state',
  );
}

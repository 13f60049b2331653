/**
 * The worker of the job queue, started with the server: it polls the `jobs` table, runs the
 * handlers of the queues it knows, and enqueues the day's reminders (one job per day, whatever
 * the number of instances, thanks to the singleton key) at the hour set (07:00 in Vietnam by
 * default), and runs the imports another instance took but did not finish (`imports`). Every
 * instance may run a worker; each job runs once.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { IMPORT_QUEUE, runImportJob } from '../excel/import-jobs';
import type { ChannelRegistry } from './channels';
import { SEND_QUEUE, sendQueuedMessage } from './notify';
import { claimJob, completeJob, enqueue, failJob, whileClaimed, type Job } from './queue';
import { runReminders } from './reminders';
import { todayInVietnam, vietnamTime } from './today';

export const REMINDER_QUEUE = 'task-reminders';

/** Settings of a worker. */
export interface WorkerOptions {
  channels: ChannelRegistry;
  now?: () => Date;
  /** Poll every this many ms (default 2000). */
  pollMs?: number;
  /** Hour of the day (Vietnam) the reminders run (default 7). */
  reminderHour?: number;
  /** A claim expires after this long (default 5 min): a crashed instance's job runs again. */
  lockMs?: number;
  onError?: (error: unknown) => void;
}

/** A running worker. */
export interface Worker {
  readonly id: string;
  /** Runs what is due now until nothing is left; returns how many jobs ran. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/** Enqueues the day's reminders (once per day). */
export async function scheduleDailyReminders(db: Database, now: Date, hour = 7): Promise<void> {
  const today = todayInVietnam(now);
  await enqueue(
    db,
    REMINDER_QUEUE,
    { today },
    { singletonKey: `${REMINDER_QUEUE}:${today}`, runAt: vietnamTime(today, hour), maxAttempts: 3 },
  );
}

/** Runs one claimed job with its handler. */
async function runJob(db: Database, job: Job, channels: ChannelRegistry): Promise<void> {
  if (job.queue === SEND_QUEUE) return sendQueuedMessage(db, job, channels);
  if (job.queue === IMPORT_QUEUE) return runImportJob(db, String(job.payload.importId));
  if (job.queue === REMINDER_QUEUE) {
    await runReminders(db, { today: String(job.payload.today), jobId: job.id });
    return;
  }
  throw new Error(`unknown queue ${job.queue}`);
}

/** Starts polling; call `stop()` before closing the database. */
export function startWorker(db: Database, options: WorkerOptions): Worker {
  const id = `worker-${randomUUID()}`;
  const now = options.now ?? (() => new Date());
  const lockMs = options.lockMs ?? 5 * 60_000;
  let stopped = false;
  let running: Promise<number> | null = null;
  let scheduledDay = '';
  const drainOnce = async (): Promise<number> => {
    let ran = 0;
    // Once per day and instance is enough (the singleton key does the rest across instances).
    const day = todayInVietnam(now());
    if (day !== scheduledDay) {
      await scheduleDailyReminders(db, now(), options.reminderHour);
      scheduledDay = day;
    }
    while (!stopped) {
      const job = await claimJob(db, [SEND_QUEUE, REMINDER_QUEUE, IMPORT_QUEUE], id, lockMs);
      if (!job) break;
      try {
        await whileClaimed(db, job, id, lockMs, () => runJob(db, job, options.channels));
        await completeJob(db, job.id, id);
      } catch (error) {
        await failJob(db, job, id, error instanceof Error ? error.message : String(error));
        options.onError?.(error);
      }
      ran += 1;
    }
    return ran;
  };
  const drain = (): Promise<number> => {
    running ??= drainOnce().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    drain().catch((error) => options.onError?.(error));
  }, options.pollMs ?? 2000);
  timer.unref();
  return {
    id,
    drain,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}

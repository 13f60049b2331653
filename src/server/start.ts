/**
 * Starts the server for real: opens the database (DATABASE_URL wins over the data folder),
 * runs the migrations, optionally loads the demo, builds the app and listens.
 */
import { mkdir } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { ReadReplicas, type ReplicaStatus } from '../db/replicas';
import { channelsFromEnv } from '../jobs/channels';
import { startWorker } from '../jobs/worker';
import { purgeExpiredSessions, purgeOldLoginAttempts } from './accounts/sessions.service';
import { buildApp } from './app';
import { importWorkerReady } from '../excel/import-worker-pool';
import { installReadRouting } from './read-routing';
import type { ServerConfig } from './config';

/** How to start. */
export interface StartOptions {
  port: number;
  host: string;
  /** postgres://… of a server; when absent the embedded database in `dataDir` is used. */
  databaseUrl?: string;
  /** postgres://… of streaming replicas of that server, for the reading screens (DATABASE_READ_URL). */
  readUrls?: string[];
  /** A replica further behind the primary than this is not read from (default 500 ms). */
  replicaMaxLagMs?: number;
  dataDir: string;
  config?: Partial<ServerConfig>;
  /** Runs after migrations and before listening (e.g. loading the demo). */
  prepare?: (db: Database) => Promise<void>;
}

/** A running server. */
export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
  close(): Promise<void>;
}

/** What the log says when a replica's state changes. */
function replicaStateMessage(status: ReplicaStatus): string {
  const what: Record<ReplicaStatus['state'], string> = {
    current: 'theo kịp máy chủ chính, các màn hình đọc dùng bản sao',
    behind: 'chậm hơn máy chủ chính quá mức cho phép, đọc từ máy chủ chính cho đến khi theo kịp',
    unreachable: 'không kết nối được, đọc từ máy chủ chính; sẽ thử lại mỗi giây',
    'not-standby': 'không phải bản sao đang sao chép máy chủ chính (standby), không dùng để đọc',
  };
  return `Bản sao ${status.url}: ${what[status.state]}.`;
}

/** Opens, migrates, prepares and listens; closes the database again if anything fails. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  if (!options.databaseUrl) await mkdir(options.dataDir, { recursive: true });
  const db = await openDatabase(
    options.databaseUrl ? { url: options.databaseUrl } : { dataDir: options.dataDir },
  );
  let replicas: ReadReplicas | undefined;
  try {
    await migrate(db);
    await purgeExpiredSessions(db, new Date());
    await purgeOldLoginAttempts(db, new Date());
    if (options.prepare) await options.prepare(db);
    const app = await buildApp({ db, config: options.config });
    // Reading screens on the replicas when they are current; every write on the primary.
    replicas =
      options.databaseUrl && options.readUrls?.length
        ? await ReadReplicas.open(db, options.readUrls, {
            ...(options.replicaMaxLagMs === undefined ? {} : { maxLagMs: options.replicaMaxLagMs }),
            onChange: (status) => console.warn(replicaStateMessage(status)),
          })
        : undefined;
    installReadRouting(app, replicas);
    await app.listen({ port: options.port, host: options.host });
    // The import worker thread loads its modules now, so the first import does not wait for it.
    importWorkerReady().catch((error: unknown) => app.log.error(error));
    // The job queue's worker: reminders, escalation and outgoing messages (see src/jobs).
    const outgoing = channelsFromEnv();
    const worker = startWorker(db, {
      channels: outgoing.channels,
      ...(options.config?.now ? { now: options.config.now } : {}),
      onError: (error) => app.log.error(error),
    });
    const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
    return {
      app,
      db,
      url: `http://${shownHost}:${options.port}/`,
      close: async () => {
        await worker.stop();
        outgoing.close();
        await app.close();
        await replicas?.close();
        await db.close();
      },
    };
  } catch (error) {
    await replicas?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
}

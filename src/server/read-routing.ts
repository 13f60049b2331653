/**
 * Which database a request reads: the reading screens (dashboard, compare, province view,
 * exports, reports) ask {@link readSql}, which gives a streaming replica when one is current
 * enough (src/db/replicas.ts) and the primary otherwise; everything else, and every write, uses
 * `app.db`, the primary.
 *
 * Read-your-writes across instances: after every successful write the answer carries the
 * primary's WAL position in the cookie `vedich_read_after`; whichever instance the load balancer
 * sends the next read to uses a replica only if it has replayed that far. The cookie is set on
 * every PostgreSQL server deployment, replicas or not, so an instance without replicas still
 * tells the ones with replicas where its writes are. On the embedded database (no replicas, no
 * position) it says only that the user has written (`0/0`).
 *
 * The same cookie keeps a reader who has just written from getting a cached screen's previous
 * answer while a newer one loads (read-cache.ts serves it to other readers for at most a second).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database, Sql } from '../db/database';
import { writePosition, type ReadReplicas, type ReplicaStatus } from '../db/replicas';

/** The cookie holding the primary's WAL position after the user's last write. */
export const READ_AFTER_COOKIE = 'vedich_read_after';
/** How long the cookie lives, in seconds: far longer than a current replica may lag. */
const READ_AFTER_SECONDS = 60;

/** The cookie's value on the embedded database: written, at no position a replica could lack. */
const NO_POSITION = '0/0';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The replicas of each primary (by the app's database: the same object in every plugin's context). */
const replicasOf = new WeakMap<Database, ReadReplicas>();

/**
 * Sets the cookie after every successful write of the API, and lets the reading screens use the
 * replicas, if any. Call before the app listens.
 */
export function installReadRouting(app: FastifyInstance, replicas?: ReadReplicas): void {
  if (replicas && replicas.size > 0) replicasOf.set(app.db, replicas);
  app.addHook('onSend', async (request, reply, payload) => {
    if (
      SAFE_METHODS.has(request.method) ||
      reply.statusCode >= 400 ||
      !request.url.startsWith('/api/') ||
      // Signing in or out writes only the session, which is always read on the primary.
      request.url.startsWith('/api/auth/')
    )
      return payload;
    const position = app.db.kind === 'server' ? await writePosition(app.db).catch(() => null) : NO_POSITION;
    if (position)
      reply.setCookie(READ_AFTER_COOKIE, position, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.serverConfig.secureCookies,
        maxAge: READ_AFTER_SECONDS,
      });
    return payload;
  });
}

/** The state of the app's read replicas (none without DATABASE_READ_URL), for the health check. */
export function replicaStates(
  app: FastifyInstance,
): { state: ReplicaStatus['state']; lagMs: number | null }[] {
  return (replicasOf.get(app.db)?.status() ?? []).map((r) => ({ state: r.state, lagMs: r.lagMs }));
}

/** Whether the request comes from a user who wrote in the last minute (the cookie is there). */
export function wroteRecently(request: FastifyRequest): boolean {
  return request.cookies[READ_AFTER_COOKIE] !== undefined;
}

/** The database a reading screen's request reads from (never for a write). */
export function readSql(request: FastifyRequest): Promise<Sql> {
  const replicas = replicasOf.get(request.server.db);
  if (!replicas) return Promise.resolve(request.server.db);
  return replicas.forRead(request.cookies[READ_AFTER_COOKIE] ?? null);
}

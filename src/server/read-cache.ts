/**
 * The dashboard read kept between writes: a resolution loaded and evaluated once serves every
 * reader until anything is written. Every write records its audit row in its own transaction, so
 * the newest audit row's id is a version of the whole database that every server instance reads
 * alike (one indexed look-up instead of a dozen statements and an evaluation). An entry is also
 * never older than a second: a transaction that took an id before another one committed, and
 * committed after it, shows within that second.
 */
import type { Sql } from '../db/database';

/** How long an entry may serve without a newer version seen, in milliseconds. */
const MAX_AGE_MS = 1000;
/** Entries kept per database (resolution × as-of), the least recently used dropped first. */
const MAX_ENTRIES = 256;

interface Entry<T> {
  version: string;
  at: number;
  value: Promise<T>;
}

const caches = new WeakMap<Sql, Map<string, Entry<unknown>>>();

/** The current version of the database's content: the newest audit row. */
async function versionOf(db: Sql): Promise<string> {
  const rows = await db.query<{ v: string | number | null }>('select max(id) as v from audit_log');
  return String(rows[0]?.v ?? 0);
}

/** `load()`'s value for `key`, reused while nothing was written and for at most a second. */
export async function readThrough<T>(db: Sql, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const version = await versionOf(db);
  const now = Date.now();
  const hit = cache.get(key) as Entry<T> | undefined;
  if (hit && hit.version === version && now - hit.at < MAX_AGE_MS) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.value;
  }
  const value = load();
  cache.set(key, { version, at: now, value });
  value.catch(() => cache?.delete(key));
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return value;
}

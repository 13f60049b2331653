/**
 * Reads kept between writes: a resolution loaded and evaluated once serves every reader until
 * anything is written, by this server instance or another. The version of the data is the
 * database's change feed (src/db/change-feed.ts: NOTIFY at every commit, this process's own
 * commits at once), so a hit asks the database nothing. Without a live feed (its connection
 * lost, or none started) the version is the newest audit row, one indexed look-up.
 *
 * While a changed entry is being loaded again, readers that arrive meanwhile get the previous
 * answer, for at most {@link STALE_MS} after the change was seen: every answer is current within
 * a second, and a burst of saves never makes a queue of readers wait. The first reader after a
 * change waits for the new answer, so one who saves and then reads sees their figure.
 *
 * Answers kept here are shared between requests and must not be changed (shared-answers.ts
 * writes each one's JSON and its gzip once).
 */
import { changeFeedOf, type ChangeKind } from '../db/change-feed';
import type { Sql } from '../db/database';
import { unitVersion } from '../engine/unit-versions';

/** How long after a change a reader may still get the previous answer, in milliseconds. */
const STALE_MS = 1000;
/** Without a live change feed, how long an entry may serve without asking for the version. */
const MAX_AGE_WITHOUT_FEED_MS = 1000;
/** Options of {@link readThrough}. */
export interface ReadOptions {
  /** Which cache: each keeps its own least recently used entries (default 'screens'). */
  space?: 'screens' | 'access';
  /** Whether readers may get the previous answer while a newer one loads (default true); access
   * checks and sessions never do. */
  stale?: boolean;
  /** What the answer depends on: any data (default), or only sessions, users, roles and units
   * (kept across figure saves; without a live change feed, never kept). */
  dependsOn?: ChangeKind;
  /** The answer depends on the data of this unit only: kept while other units change (with a
   * live change feed; without one, like any answer). */
  unitCode?: string;
}

/** Entries kept per database and space, the least recently used dropped first. */
const MAX_ENTRIES: Record<NonNullable<ReadOptions['space']>, number> = { screens: 256, access: 20_000 };

interface Entry<T> {
  version: string;
  at: number;
  value: Promise<T>;
  /** The value once loaded, to serve while a newer one loads. */
  settled?: { value: T };
  /** The load of a newer version, while it runs, and when the change was first seen. */
  next?: { version: string; value: Promise<T>; seenAt: number };
}

interface Space {
  entries: Map<string, Entry<unknown>>;
  max: number;
}

const caches = new WeakMap<Sql, Record<string, Space>>();

/** The current version of the database's content. */
async function versionOf(db: Sql, dependsOn: ChangeKind, unitCode?: string): Promise<string> {
  const feed = changeFeedOf(db);
  if (feed?.live && unitCode !== undefined && dependsOn === 'data')
    return `feed:unit:${await unitVersion(db, unitCode)}`;
  if (feed?.live) return `feed:${dependsOn === 'accounts' ? feed.accountsVersion : feed.version}`;
  // Sign-outs are not audited: without the feed, what depends on accounts is read every time.
  if (dependsOn === 'accounts') return `uncached:${Math.random()}`;
  const rows = await db.query<{ v: string | number | null }>('select max(id) as v from audit_log');
  return `audit:${String(rows[0]?.v ?? 0)}`;
}

function cacheOf(db: Sql, space: NonNullable<ReadOptions['space']>): Space {
  let spaces = caches.get(db);
  if (!spaces) {
    spaces = {};
    caches.set(db, spaces);
  }
  return (spaces[space] ??= { entries: new Map(), max: MAX_ENTRIES[space] });
}

/** Starts loading `version` of the entry; settles the entry when done, drops it on failure. */
function startLoad<T>(cache: Space, key: string, version: string, load: () => Promise<T>): Entry<T> {
  const value = load();
  const entry: Entry<T> = { version, at: Date.now(), value };
  value.then(
    (loaded) => {
      entry.settled = { value: loaded };
    },
    () => {
      if (cache.entries.get(key) === entry) cache.entries.delete(key);
    },
  );
  return entry;
}

function remember(cache: Space, key: string, entry: Entry<unknown>): void {
  cache.entries.delete(key);
  cache.entries.set(key, entry);
  while (cache.entries.size > cache.max) {
    const oldest = cache.entries.keys().next().value;
    if (oldest === undefined) break;
    cache.entries.delete(oldest);
  }
}

/** `load()`'s value for `key`, reused while nothing was written (see the file's comment). */
export async function readThrough<T>(
  db: Sql,
  key: string,
  load: () => Promise<T>,
  options: ReadOptions = {},
): Promise<T> {
  const cache = cacheOf(db, options.space ?? 'screens');
  const version = await versionOf(db, options.dependsOn ?? 'data', options.unitCode);
  const now = Date.now();
  const hit = cache.entries.get(key) as Entry<T> | undefined;
  const fresh =
    hit && hit.version === version && (version.startsWith('feed:') || now - hit.at < MAX_AGE_WITHOUT_FEED_MS);
  if (hit && fresh) {
    remember(cache, key, hit);
    return hit.value;
  }
  if (options.stale === false) {
    const entry = startLoad(cache, key, version, load);
    remember(cache, key, entry);
    return entry.value;
  }
  if (hit?.next?.version === version && hit.settled && now - hit.next.seenAt < STALE_MS) {
    // A newer answer is on its way: the previous one, seen less than a second ago, serves meanwhile.
    return hit.settled.value;
  }
  if (hit?.next?.version === version) return hit.next.value;
  const entry = startLoad(cache, key, version, load);
  if (hit?.settled) {
    // Keep serving the previous answer to the readers who arrive while this one loads.
    hit.next = { version, value: entry.value, seenAt: now };
    void entry.value.then(
      () => remember(cache, key, entry),
      () => (hit.next = undefined),
    );
    return entry.value;
  }
  remember(cache, key, entry);
  return entry.value;
}

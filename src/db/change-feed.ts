/**
 * What this process knows of changes to the database, without asking it: a version number that
 * moves on every committed write of any server instance. PostgreSQL tells every instance through
 * NOTIFY on `vedich_changes` (sent at commit by the triggers of migration change-notify: audit
 * rows, sessions, users and roles); this process's own commits move it at once, before their
 * notification arrives, so a user reads their own write on the next request.
 *
 * Caches of reading screens and sessions key their entries by this version: an entry taken at
 * version v is good while the version is still v. When the listening connection is lost the feed
 * is not {@link ChangeFeed.live} and readers fall back to asking the database.
 */
import type { Database, Sql } from './database';

/** The channel the triggers notify. */
export const CHANGES_CHANNEL = 'vedich_changes';

/** A database's change version as seen by this process. */
export interface ChangeFeed {
  /** Moves on every change committed by any instance (never goes back). */
  readonly version: number;
  /** Moves when sessions, users, roles or units change (a subset of {@link version}'s moves):
   * what sign-in and access checks depend on. */
  readonly accountsVersion: number;
  /** The newest audit id announced (0 before any): how far a replica must have replayed. */
  readonly latestAuditId: number;
  /** False while notifications cannot be relied upon (no listening connection). */
  readonly live: boolean;
  /** Calls `listener` with the units whose data a committed change touched, as notified, or
   * 'all' when it cannot tell (a row without a unit, the unit tree changed, or notifications may
   * have been missed). Returns the remover. */
  onUnitsChanged(listener: (units: UnitsChanged) => void): () => void;
  /** Stops listening (through the release function of {@link watchChanges}). */
  close(): Promise<void>;
}

/** The units a change touched, or 'all'. */
export type UnitsChanged = ReadonlySet<string> | 'all';

/** What a change touched: the data, or also sessions, users, roles or units. */
export type ChangeKind = 'data' | 'accounts';

/**
 * Moves the version at once after a write committed by this process, so it does not wait for the
 * write's notification: needed after a write made outside a transaction (a commit moves the data
 * version by itself) and after any committed change of sessions, users or roles ('accounts').
 */
export function noteChange(db: Sql, kind: ChangeKind = 'data'): void {
  noted.get(db)?.(kind);
}

const noted = new WeakMap<Sql, (kind: ChangeKind) => void>();

interface Watched {
  feed: ChangeFeed;
  bump: (kind: ChangeKind) => void;
  users: number;
}

const watched = new WeakMap<Sql, Promise<Watched>>();
const started = new WeakMap<Sql, ChangeFeed>();

/** The feed of `db` while some {@link watchChanges} holds it, if any. */
export function changeFeedOf(db: Sql): ChangeFeed | undefined {
  return started.get(db);
}

/**
 * Follows the changes of `db` (one listening connection per database, however many callers) and
 * returns the function that lets go of it; the last one to let go stops listening.
 */
export async function watchChanges(db: Database): Promise<() => Promise<void>> {
  let pending = watched.get(db);
  if (!pending) {
    pending = startFeed(db).then(({ feed, bump }) => ({ feed, bump, users: 0 }));
    watched.set(db, pending);
    pending.catch(() => watched.delete(db));
  }
  const holder = await pending;
  holder.users++;
  started.set(db, holder.feed);
  noted.set(db, holder.bump);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    holder.users--;
    if (holder.users > 0) return;
    watched.delete(db);
    started.delete(db);
    noted.delete(db);
    await holder.feed.close();
  };
}

/** What a notification says (migrations change-notify and change-notify-units): "accounts" for
 * sessions, users and roles, "accounts:units" for the unit tree, "<audit id>|<units or *>" for
 * audit rows (a bare "<audit id>" from a database not yet migrated names no units). */
export function readChangePayload(payload: string): {
  kind: ChangeKind;
  auditId?: number;
  units?: UnitsChanged;
} {
  if (payload === 'accounts') return { kind: 'accounts' };
  if (payload === 'accounts:units') return { kind: 'accounts', units: 'all' };
  const [id = '', list] = payload.split('|');
  const auditId = id === '' ? undefined : Number(id);
  const units: UnitsChanged =
    list === undefined || list === '*' ? 'all' : new Set(list === '' ? [] : list.split(','));
  return { kind: 'data', ...(auditId !== undefined && Number.isFinite(auditId) ? { auditId } : {}), units };
}

async function startFeed(db: Database): Promise<{ feed: ChangeFeed; bump: (kind: ChangeKind) => void }> {
  const state = { version: 0, accountsVersion: 0, latestAuditId: 0, live: true };
  const bump = (kind: ChangeKind): void => {
    state.version++;
    if (kind === 'accounts') state.accountsVersion++;
  };
  const unitListeners = new Set<(units: UnitsChanged) => void>();
  const tellUnits = (units: UnitsChanged) => {
    for (const listener of unitListeners) listener(units);
  };
  const removeCommitListener = db.afterCommit(() => bump('data'));
  const stop = await db.listen(
    CHANGES_CHANNEL,
    (payload) => {
      const said = readChangePayload(payload);
      bump(said.kind);
      if (said.auditId !== undefined && said.auditId > state.latestAuditId)
        state.latestAuditId = said.auditId;
      if (said.units) tellUnits(said.units);
    },
    (connected) => {
      // Lost or back: anything may have changed meanwhile.
      state.live = connected;
      bump('accounts');
      tellUnits('all');
    },
  );
  const feed: ChangeFeed = {
    get version() {
      return state.version;
    },
    get accountsVersion() {
      return state.accountsVersion;
    },
    get latestAuditId() {
      return state.latestAuditId;
    },
    get live() {
      return state.live;
    },
    onUnitsChanged: (listener) => {
      unitListeners.add(listener);
      return () => unitListeners.delete(listener);
    },
    close: async () => {
      state.live = false;
      removeCommitListener();
      // A database already closed has nobody listening any more.
      await stop().catch(() => undefined);
    },
  };
  return { feed, bump };
}

/**
 * Which units' data changed since the read engine last looked, so it re-evaluates those units and
 * nothing else. The truth is the change feed's notifications, which name the units of every
 * committed audit row of any server instance (migration change-notify-units). This process's own
 * commits move the feed's version before their notification arrives: then the audit rows written
 * since the last look are read at once (one range read of the primary key), so whoever saves
 * reads their own figure; a row committed out of id order by another transaction is still
 * reported by its own notification.
 *
 * Without a live feed (a command-line run, or the listening connection lost) any new audit row
 * means 'all': nothing is kept on a guess.
 */
import { changeFeedOf, type UnitsChanged } from '../db/change-feed';
import type { Sql } from '../db/database';
import { perDatabase } from './per-database';

/** Receives the units that changed. */
export type UnitsListener = (units: UnitsChanged) => void;

/** Follows one database's changes for the listeners given to {@link UnitChanges.subscribe}. */
export class UnitChanges {
  private readonly listeners = new Set<UnitsListener>();
  private seenVersion = -1;
  private seenAuditId: number | undefined;
  private removeFeedListener: (() => void) | undefined;
  private syncing: Promise<void> | undefined;

  constructor(private readonly db: Sql) {}

  /** Adds a listener; returns the remover. */
  subscribe(listener: UnitsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Brings every listener up to date with what is committed now. Costs nothing while the feed is
   * live and its version has not moved; calls made while one runs wait for it.
   */
  async sync(): Promise<void> {
    while (this.syncing) await this.syncing;
    const feed = changeFeedOf(this.db);
    if (feed?.live && feed.version === this.seenVersion) return;
    this.syncing = this.catchUp().finally(() => (this.syncing = undefined));
    await this.syncing;
  }

  private async catchUp(): Promise<void> {
    const feed = changeFeedOf(this.db);
    if (feed?.live && !this.removeFeedListener) {
      this.removeFeedListener = feed.onUnitsChanged((units) => {
        // After 'all' (the tree changed, a restore, a lost connection) the log is read afresh.
        if (units === 'all') this.seenAuditId = undefined;
        this.tell(units);
      });
    }
    const version = feed?.version ?? -1;
    const since = this.seenAuditId;
    const rows = await this.db.query<{ id: string | number; unit_code: string | null }>(
      since === undefined
        ? 'select max(id) as id, null as unit_code from audit_log'
        : 'select id, vedich_changed_unit(entity, unit_code) as unit_code from audit_log where id > $1 order by id',
      since === undefined ? [] : [since],
    );
    if (since === undefined) {
      this.seenAuditId = Number(rows[0]?.id ?? 0);
    } else if (rows.length > 0) {
      this.seenAuditId = Number(rows[rows.length - 1]?.id);
      const units = new Set<string>();
      let all = !feed?.live;
      for (const r of rows) {
        if (r.unit_code === '*') all = true;
        else if (r.unit_code !== null) units.add(r.unit_code);
      }
      this.tell(all ? 'all' : units);
    } else if (!feed?.live) {
      // No new row, but without notifications a restore may have replaced the log.
      const newest = await this.db.query<{ id: string | number | null }>(
        'select max(id) as id from audit_log',
      );
      if (Number(newest[0]?.id ?? 0) !== since) {
        this.seenAuditId = Number(newest[0]?.id ?? 0);
        this.tell('all');
      }
    }
    this.seenVersion = version;
  }

  private tell(units: UnitsChanged): void {
    for (const listener of this.listeners) listener(units);
  }

  /** Stops following the feed. */
  close(): void {
    this.removeFeedListener?.();
    this.removeFeedListener = undefined;
  }
}

/** The one tracker of a database in this process. */
export const unitChangesOf = perDatabase((db) => new UnitChanges(db));

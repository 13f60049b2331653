/**
 * The read engine's review of every unit × target as of a period, kept in memory as columns
 * (review-columns.ts) beside PostgreSQL, the system of record. It is built on first use from the
 * database (units in force, each unit's resolution in force, its dossier, the core's evaluation)
 * and then kept current one unit at a time: a committed change names its units (unit-changes.ts,
 * from any server instance), and only those are evaluated again before the next answer. A change
 * of the unit tree, or notifications that may have been missed, rebuild it.
 *
 * At most {@link MAX_PERIODS} as-of periods are held per database, the least recently used
 * dropped first.
 */
import type { PeriodCode } from '../core';
import type { UnitsChanged } from '../db/change-feed';
import type { Sql } from '../db/database';
import { selectResolutionsOfUnits, type ResolutionSummary } from '../db/resolution.repository';
import { resolutionInForce, validAtEnd } from '../services/in-force';
import { listUnits } from '../services/unit.service';
import { turnEvery } from '../services/event-loop';
import { endYear } from '../core';
import { evaluationCacheOf } from './evaluation-cache';
import { ReviewColumns, type ReviewTotals } from './review-columns';
import { unitChangesOf } from './unit-changes';
import { perDatabase } from './per-database';

const MAX_PERIODS = 4;
/** Dossiers loaded at a time while building (memory stays bounded). */
const LOAD_CHUNK = 250;

interface Held {
  columns: ReviewColumns;
  /** Units evaluated again before the next answer, or 'all' to rebuild. */
  dirty: Set<string> | 'all';
}

/** One database's review columns by as-of period. */
export class ReviewEngine {
  private readonly held = new Map<PeriodCode, Held>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Units evaluated by the core since this engine started (builds included): what a change
   * costs, for tests and measurements. */
  unitsEvaluated = 0;
  /** Units changed while a build runs (its columns are not held yet). */
  private changedDuringBuild: Set<string> | 'all' | undefined;

  constructor(private readonly db: Sql) {
    unitChangesOf(db).subscribe((units) => this.markDirty(units));
  }

  /** Every unit's totals (itself and every unit below it) as of `asOf`, current with every
   * change committed before the call. */
  async totals(asOf: PeriodCode): Promise<Map<string, ReviewTotals>> {
    await unitChangesOf(this.db).sync();
    const run = this.queue.then(() => this.current(asOf));
    this.queue = run.catch(() => undefined);
    const columns = await run;
    return new Map(columns.rollUp().map((t) => [t.code, t]));
  }

  /** The columns of `asOf`, built or brought up to date. */
  private async current(asOf: PeriodCode): Promise<ReviewColumns> {
    let held = this.held.get(asOf);
    if (!held || held.dirty === 'all') {
      this.changedDuringBuild = new Set();
      try {
        const columns = await this.build(asOf);
        held = { columns, dirty: this.changedDuringBuild };
      } finally {
        this.changedDuringBuild = undefined;
      }
      this.held.delete(asOf);
      this.held.set(asOf, held);
      for (const [oldest] of this.held) if (this.held.size > MAX_PERIODS) this.held.delete(oldest);
    } else if (held.dirty.size > 0) {
      const dirty = held.dirty;
      held.dirty = new Set();
      try {
        await this.evaluate(
          held.columns,
          [...dirty].filter((c) => held?.columns.has(c)),
        );
      } catch (error) {
        held.dirty = 'all';
        throw error;
      }
    }
    return held.columns;
  }

  private async build(asOf: PeriodCode): Promise<ReviewColumns> {
    const units = (await listUnits(this.db)).filter((u) => validAtEnd(u, asOf));
    const columns = new ReviewColumns(asOf, units);
    await this.evaluate(
      columns,
      units.map((u) => u.code),
    );
    return columns;
  }

  /** Evaluates the units' resolutions in force again (clears those that have none). */
  private async evaluate(columns: ReviewColumns, unitCodes: readonly string[]): Promise<void> {
    const year = endYear(columns.asOf);
    const resolutions = await selectResolutionsOfUnits(this.db, [...unitCodes]);
    const byUnit = new Map<string, ResolutionSummary[]>();
    for (const r of resolutions) byUnit.set(r.unitCode, [...(byUnit.get(r.unitCode) ?? []), r]);
    const inForce: ResolutionSummary[] = [];
    for (const code of unitCodes) {
      const r = resolutionInForce(byUnit.get(code) ?? [], year);
      if (r) inForce.push(r);
      else columns.clear(code);
    }
    const cache = evaluationCacheOf(this.db);
    // A first build evaluates every unit: other requests get a turn every few tens of ms.
    const turn = turnEvery();
    for (let i = 0; i < inForce.length; i += LOAD_CHUNK) {
      const chunk = inForce.slice(i, i + LOAD_CHUNK);
      const dossiers = await cache.dossiers(chunk);
      for (const r of chunk) {
        const dossier = dossiers.get(r.id);
        if (dossier) columns.put(r.unitCode, dossier);
        this.unitsEvaluated++;
        await turn();
      }
    }
  }

  private markDirty(units: UnitsChanged): void {
    if (this.changedDuringBuild !== undefined) {
      if (units === 'all' || this.changedDuringBuild === 'all') this.changedDuringBuild = 'all';
      else for (const code of units) this.changedDuringBuild.add(code);
    }
    for (const held of this.held.values()) {
      if (units === 'all' || held.dirty === 'all') held.dirty = 'all';
      else for (const code of units) held.dirty.add(code);
    }
  }
}

/** The one review engine of a database in this process. */
export const reviewEngineOf = perDatabase((db) => new ReviewEngine(db));

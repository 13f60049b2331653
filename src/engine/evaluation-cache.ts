/**
 * The read engine's memory of resolutions: each dossier loaded once and each evaluation the core
 * made of it (per as-of and variant), kept until a committed change names the resolution's unit
 * (unit-changes.ts). A figure saved in one commune re-evaluates that commune only; the other
 * units of a province view are answered from memory. Entries are dropped least recently used
 * first beyond a budget of figures (`VEDICH_ENGINE_MAX_FIGURES`, default 600.000: a province's
 * communes), so memory stays bounded whatever the size of the database.
 *
 * Kept answers are shared between requests and must not be changed.
 */
import type { DossierEvaluation, ResolutionDossier } from '../core';
import { batchingSql } from '../db/batching-sql';
import type { Sql } from '../db/database';
import type { UnitsChanged } from '../db/change-feed';
import { loadDossier } from '../services/dossier.service';
import { unitChangesOf } from './unit-changes';
import { perDatabase } from './per-database';

interface Entry {
  unitCode: string;
  dossier: ResolutionDossier;
  /** The core's evaluations of the dossier, by the caller's key (as-of and variant). */
  evaluations: Map<string, DossierEvaluation>;
  figures: number;
}

const DEFAULT_MAX_FIGURES = 600_000;

/** One database's kept resolutions. */
export class EvaluationCache {
  private readonly entries = new Map<string, Entry>();
  private figures = 0;
  /** Resolutions being loaded, with the generation they were asked in. */
  private readonly loading = new Map<string, Promise<ResolutionDossier>>();
  /** Moves on every change, so a load that started before a change is not kept after it. */
  private generation = 0;

  constructor(
    private readonly db: Sql,
    private readonly maxFigures = Number(process.env.VEDICH_ENGINE_MAX_FIGURES ?? DEFAULT_MAX_FIGURES),
  ) {
    unitChangesOf(db).subscribe((units) => this.forget(units));
  }

  /** The dossiers of `ids` (of the given units), loaded together for those not kept. */
  async dossiers(
    resolutions: readonly { id: string; unitCode: string }[],
  ): Promise<Map<string, ResolutionDossier>> {
    await unitChangesOf(this.db).sync();
    const out = new Map<string, ResolutionDossier>();
    const missing: { id: string; unitCode: string }[] = [];
    for (const r of resolutions) {
      const entry = this.touch(r.id);
      if (entry) out.set(r.id, entry.dossier);
      else if (!out.has(r.id)) missing.push(r);
    }
    if (missing.length === 0) return out;
    const generation = this.generation;
    const batched = batchingSql(this.db, new Set(missing.map((r) => r.id)));
    const loaded = await Promise.all(
      missing.map((r) => this.loading.get(r.id) ?? this.startLoad(batched, r.id)),
    );
    missing.forEach((r, i) => {
      const dossier = loaded[i] as ResolutionDossier;
      out.set(r.id, dossier);
      if (generation === this.generation) this.keep(r.id, r.unitCode, dossier);
    });
    return out;
  }

  /** The core's evaluation of a kept dossier under `key`, made by `evaluate` when not kept. */
  evaluation(resolutionId: string, key: string, evaluate: () => DossierEvaluation): DossierEvaluation {
    const entry = this.entries.get(resolutionId);
    const kept = entry?.evaluations.get(key);
    if (kept) return kept;
    const made = evaluate();
    entry?.evaluations.set(key, made);
    return made;
  }

  /** How many resolutions and figures are kept. */
  get size(): { resolutions: number; figures: number } {
    return { resolutions: this.entries.size, figures: this.figures };
  }

  private startLoad(sql: Sql, id: string): Promise<ResolutionDossier> {
    const load = loadDossier(sql, id).finally(() => this.loading.delete(id));
    this.loading.set(id, load);
    return load;
  }

  private touch(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    // Least recently used first: a Map keeps insertion order.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry;
  }

  private keep(id: string, unitCode: string, dossier: ResolutionDossier): void {
    this.drop(id);
    const figures = dossier.observations.length + dossier.plans.length + dossier.targets.length;
    this.entries.set(id, { unitCode, dossier, evaluations: new Map(), figures });
    this.figures += figures;
    for (const [oldest] of this.entries) {
      if (this.figures <= this.maxFigures || oldest === id) break;
      this.drop(oldest);
    }
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.figures -= entry.figures;
  }

  private forget(units: UnitsChanged): void {
    this.generation++;
    this.loading.clear();
    if (units === 'all') {
      this.entries.clear();
      this.figures = 0;
      return;
    }
    for (const [id, entry] of this.entries) if (units.has(entry.unitCode)) this.drop(id);
  }
}

/** The one cache of a database in this process. */
export const evaluationCacheOf = perDatabase((db) => new EvaluationCache(db));

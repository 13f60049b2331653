/**
 * Core evaluation speed. Baseline: one pass that reads every figure of the same data once
 * (the least any evaluation must do), measured in the same run.
 */
import { evaluateDossier } from '../src/core';
import type { ResolutionDossier } from '../src/core';
import { compare, medianMs, type BenchResult } from './measure';
import { syntheticDossier } from './synthetic';

function scanFigures(dossiers: readonly ResolutionDossier[]): number {
  let sum = 0;
  for (const d of dossiers) for (const o of d.observations) if (typeof o.value === 'number') sum += o.value;
  return sum;
}

/** One 40-target resolution with 20 quarters of figures, narrative included. */
export async function benchOneResolution(): Promise<BenchResult[]> {
  const dossier = syntheticDossier('00001');
  return [
    await compare(
      'core: evaluate 40 targets x 20 quarters (with narrative)',
      () => evaluateDossier(dossier, { asOf: '2025-Q4' }),
      'scan of the same figures',
      () => scanFigures([dossier]),
      30,
    ),
  ];
}

/**
 * National scale: communes x 40 targets x 20 quarters. Measured on a sample of communes
 * (BENCH_COMMUNES, default 1.060 = a tenth of 10.600) and projected linearly to 10.600.
 */
export async function benchNationalScale(): Promise<BenchResult[]> {
  const communes = Number(process.env.BENCH_COMMUNES ?? 1060);
  const dossiers = Array.from({ length: communes }, (_, i) =>
    syntheticDossier(String(i).padStart(5, '0'), 40, 20, i + 1),
  );
  const heapBefore = process.memoryUsage().heapUsed;
  // The scan takes a few milliseconds: many runs, so that its median is not one run's noise on a
  // busy machine (the ratio divides by it).
  const baselineMs = await medianMs(() => scanFigures(dossiers), 31, 3);
  const subjectMs = await medianMs(
    () => dossiers.map((d) => evaluateDossier(d, { asOf: '2025-Q4', narrative: false })),
    3,
    1,
  );
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  return [
    {
      name: `core: ${communes} communes x 40 targets x 20 quarters (no narrative)`,
      baselineName: 'scan of the same figures',
      ratio: subjectMs / baselineMs,
      details: {
        subjectMs: Math.round(subjectMs),
        baselineMs: Math.round(baselineMs * 1000) / 1000,
        projectedMsFor10600: Math.round((subjectMs * 10_600) / communes),
        evaluationsPerSecond: Math.round((communes * 40 * 1000) / subjectMs),
        heapDeltaMb: Math.round(heapMb),
      },
    },
  ];
}

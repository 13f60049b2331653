/**
 * Benchmark helpers. Speed is reported as a ratio against a baseline measured in the same run
 * on the same machine, so figures compare across machines; absolute times are shown beside.
 */

/** One benchmark's outcome. */
export interface BenchResult {
  name: string;
  /** What the ratio is against, measured in the same run. */
  baselineName: string;
  /** median(subject) / median(baseline). */
  ratio: number;
  details: Record<string, number | string>;
}

/** Median wall time in milliseconds of `fn` over `iterations` runs, after `warmup` runs. */
export async function medianMs(fn: () => unknown, iterations = 20, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Measures subject and baseline alternately in one run and returns their ratio. */
export async function compare(
  name: string,
  subject: () => unknown,
  baselineName: string,
  baseline: () => unknown,
  iterations = 20,
): Promise<BenchResult> {
  const baselineMs = await medianMs(baseline, iterations);
  const subjectMs = await medianMs(subject, iterations);
  return {
    name,
    baselineName,
    ratio: subjectMs / baselineMs,
    details: { subjectMs: round(subjectMs), baselineMs: round(baselineMs), iterations },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Synthetic dossiers for benchmarks: a commune-sized resolution with targets of every measured
 * kind and quarterly figures over the term. Deterministic (seeded), no I/O.
 */
import type { Observation, ResolutionDossier, Target, TargetKind } from '../src/core';
import { seededRandom } from '../src/services/demo/seeded-random';

const KINDS: { kind: TargetKind; unit: string; goal: number; direction: Target['direction'] }[] = [
  { kind: 'average-growth', unit: '%', goal: 12, direction: 'higher-is-better' },
  { kind: 'end-level', unit: 'triệu đồng', goal: 100, direction: 'higher-is-better' },
  { kind: 'cumulative-total', unit: 'tỷ đồng', goal: 180_000, direction: 'higher-is-better' },
  { kind: 'ratio', unit: '%', goal: 65, direction: 'higher-is-better' },
  { kind: 'ratio', unit: '%', goal: 1, direction: 'lower-is-better' },
  { kind: 'count', unit: 'người', goal: 640, direction: 'higher-is-better' },
  { kind: 'annual-threshold', unit: '%', goal: 90, direction: 'higher-is-better' },
];

/** A dossier of `targetCount` targets with figures for `quarters` quarters from 2021-Q1. */
export function syntheticDossier(code: string, targetCount = 40, quarters = 20, seed = 1): ResolutionDossier {
  const rand = seededRandom(seed);
  const targets: Target[] = [];
  const observations: Observation[] = [];
  for (let i = 0; i < targetCount; i++) {
    const spec = KINDS[i % KINDS.length]!;
    const id = `${code}-t${i + 1}`;
    const growthSeries = spec.kind === 'average-growth';
    targets.push({
      id,
      code: String(i + 1),
      name: `Chỉ tiêu ${i + 1}`,
      field: 'kinh-te',
      kind: spec.kind,
      direction: spec.direction,
      qualifier: spec.direction === 'lower-is-better' ? 'at-most' : 'at-least',
      unit: spec.unit,
      precision: 2,
      goal: { type: 'number', value: spec.goal },
      baseYear: 2020,
      baseValue: growthSeries ? 1000 : spec.goal * 0.6,
      targetYear: 2025,
      ...(growthSeries ? { seriesBasis: 'level' as const } : {}),
      ...(spec.kind === 'count' ? { accumulation: 'additions' as const } : {}),
    });
    for (let q = 0; q < quarters; q++) {
      const year = 2021 + Math.floor(q / 4);
      const quarter = (q % 4) + 1;
      const level = growthSeries ? 1000 * Math.pow(1.1, q / 4) : spec.goal * (0.6 + 0.5 * rand());
      observations.push({
        targetId: id,
        period: `${year}-Q${quarter}`,
        value: level,
        status: q < quarters - 2 ? 'official' : 'estimate',
        revision: 1,
      });
      if (quarter === 4) {
        observations.push({
          targetId: id,
          period: String(year),
          value: level,
          status: 'official',
          revision: 1,
        });
      }
    }
  }
  return {
    unit: { code, name: `xã ${code}`, level: 'commune' },
    issuer: { kind: 'party', name: `ĐẢNG ỦY XÃ ${code}`, place: 'Thanh Hóa' },
    congress: { number: 1, term: '2020-2025', committee: `Đảng bộ xã ${code}` },
    title: 'Nghị quyết Đại hội',
    targets,
    observations,
    plans: [],
    benchmarks: [],
    adjustments: [],
    scenarios: [],
    overrides: [],
  };
}

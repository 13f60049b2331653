/**
 * The core's answers over a fixed set of dossiers, written as one JSON file to compare before and
 * after a change meant to keep them (a speed-up): `node bin/run-ts.js bench/core-golden.ts
 * OUT.json` before and after, then `cmp` the two files. The dossiers: the benchmark's synthetic
 * communes, the examples, the demo's neighbours and province, the reports' hand-made dossier,
 * and three seeded variants of each (figures dropped, revised, re-statused, rounded, zero or
 * negative; plans, benchmarks, adjustments, scenarios and overrides added; qualifiers,
 * precisions and roundings changed), each evaluated at a dozen as-of periods, with and without
 * narrative, with the default config and another. Not a benchmark: `npm run bench` skips it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { evaluateDossier } from '../src/core';
import type { Observation, ResolutionDossier, ValueStatus } from '../src/core';
import { parseInterchangeText } from '../src/schema';
import { syntheticDossier } from './synthetic';
import { DEMO_NEIGHBOURS } from '../src/services/demo/demo-neighbours';
import { provinceDemoDossiers } from '../src/services/demo/demo-province';
import { HAND_DOSSIER } from '../src/reports/fixtures/hand-made';
import { seededRandom } from '../src/services/demo/seeded-random';

const STATUSES: ValueStatus[] = ['estimate', 'preliminary', 'official'];

/** A variant of a dossier: figures dropped, revised, re-statused, rounded; plans, benchmarks,
 * adjustments, scenarios, overrides added; qualifiers and precisions changed. */
function mutate(d: ResolutionDossier, seed: number): ResolutionDossier {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const observations: Observation[] = [];
  for (const o of d.observations) {
    if (r() < 0.12) continue;
    let value = o.value;
    if (typeof value === 'number') {
      const roll = r();
      if (roll < 0.2) value = Math.round(value * 100) / 100;
      else if (roll < 0.3) value = Math.round(value * 2) / 2;
      else if (roll < 0.33) value = 0;
      else if (roll < 0.35) value = -value;
    }
    observations.push({ ...o, value });
    if (r() < 0.15)
      observations.push({
        ...o,
        value: typeof o.value === 'number' ? o.value * (0.9 + r() * 0.2) : o.value,
        status: pick(STATUSES),
        revision: o.revision + Math.floor(r() * 3),
        recordedAt: `2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}T00:00:00Z`,
      });
  }
  // a few extra periods: halves, 9M, months, months-to-date, terms
  for (const t of d.targets) {
    if (r() < 0.3) {
      const y = 2021 + Math.floor(r() * 5);
      const period = pick([
        `${y}-H1`,
        `${y}-H2`,
        `${y}-9M`,
        `${y}-0${1 + Math.floor(r() * 9)}`,
        `${y}-8M`,
        `${y}-Q3`,
        `2021-2022`,
        String(y),
      ]);
      observations.push({
        targetId: t.id,
        period,
        value: 50 + r() * 100,
        status: pick(STATUSES),
        revision: 1,
      });
    }
  }
  const targets = d.targets.map((t) => {
    const x = { ...t };
    if (r() < 0.2)
      x.qualifier = pick(['at-least', 'more-than', 'less-than', 'at-most', 'about', 'none'] as const);
    if (r() < 0.15) x.precision = Math.floor(r() * 4);
    if (r() < 0.1 && x.goal.type === 'number')
      x.goal = { type: 'number', value: Math.round(x.goal.value * 1000 * (0.5 + r())) / 1000 };
    if (r() < 0.1) x.percentDecimals = Math.floor(r() * 3);
    if (r() < 0.1) x.rounding = 'truncate';
    if (r() < 0.05) x.dropped = { decision: 'NQ 2', date: '2024-01-15', reason: 'không còn phù hợp' };
    return x;
  });
  const plans = [...d.plans];
  const benchmarks = [...d.benchmarks];
  const adjustments = [...d.adjustments];
  const scenarios = [...d.scenarios];
  const overrides = [...d.overrides];
  for (const t of targets) {
    if (r() < 0.25)
      plans.push({
        targetId: t.id,
        period: pick(['2022', '2023', '2024', '2023-Q2', '2025']),
        kind: pick(['annual-plan', 'budget-estimate'] as const),
        source: 'ke-hoach-nam',
        label: 'kế hoạch năm',
        value: pick([0, 10, 100, 1234.5, 80]),
        ...(r() < 0.3 ? { percentDecimals: 0 } : {}),
      });
    if (r() < 0.2)
      benchmarks.push({
        targetId: t.id,
        period: pick(['2022', '2023', '2023-Q4', '2025-Q4', '2025']),
        label: 'bình quân chung của tỉnh',
        value: pick([0, 5, 100, 77.7]),
      });
    if (r() < 0.1 && t.goal.type === 'number')
      adjustments.push({
        targetId: t.id,
        oldGoal: t.goal,
        newGoal: { type: 'number', value: t.goal.value * 1.1 },
        decision: 'NQ 1',
        date: pick(['2022-06-30', '2023-12-01', '2024-03-15']),
      });
    if (r() < 0.15)
      scenarios.push(
        r() < 0.5
          ? { targetId: t.id, growthRate: 5 + r() * 10 }
          : {
              targetId: t.id,
              values: [
                { period: '2024', value: 100 + r() * 50 },
                { period: '2025', value: 150 + r() * 50 },
              ],
            },
      );
    if (r() < 0.05)
      overrides.push({ targetId: t.id, scheme: 'verdict', label: 'meet', reason: 'ý kiến thường trực' });
  }
  return { ...d, targets, observations, plans, benchmarks, adjustments, scenarios, overrides };
}

function examples(): { name: string; dossier: ResolutionDossier }[] {
  const dir = 'examples';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const parsed = parseInterchangeText(readFileSync(`${dir}/${f}`, 'utf8'));
      if (!parsed.ok) throw new Error(f);
      return parsed.dossiers.map((dossier, i) => ({ name: `${f}#${i}`, dossier }));
    });
}

const cases: { name: string; dossier: ResolutionDossier }[] = [];
for (let s = 1; s <= 4; s++)
  cases.push({ name: `synthetic-${s}`, dossier: syntheticDossier(`0000${s}`, 40, 20, s) });
cases.push({ name: 'synthetic-short', dossier: syntheticDossier('00009', 14, 7, 9) });
cases.push({ name: 'synthetic-long', dossier: syntheticDossier('00010', 21, 27, 10) });
cases.push(...examples());
DEMO_NEIGHBOURS.forEach((d, i) => cases.push({ name: `neighbour-${i}`, dossier: d }));
provinceDemoDossiers(
  [
    { code: '380', name: 'a', scale: 1 },
    { code: '381', name: 'b', scale: 0.5 },
    { code: '382', name: 'c', scale: 0.7 },
    { code: '383', name: 'd', scale: 0.3 },
    { code: '384', name: 'e', scale: 0.9 },
  ],
  [
    { code: '16000', name: 'x', scale: 0.2 },
    { code: '16001', name: 'y', scale: 0.35 },
  ],
).forEach((d, i) => cases.push({ name: `province-${i}`, dossier: d }));
cases.push({ name: 'hand', dossier: HAND_DOSSIER });
const base = [...cases];
base.forEach((c, i) => {
  for (let k = 0; k < 3; k++)
    cases.push({ name: `${c.name}~m${k}`, dossier: mutate(c.dossier, 1000 * i + k + 7) });
});

const AS_OFS = [
  '2021-Q2',
  '2022',
  '2023-H1',
  '2024-9M',
  '2025-Q4',
  '2025',
  '2023-8M',
  '2024-07',
  '2023-Q3',
  '2026-H1',
  '2027',
  '2020-2025',
];
const configs = [
  undefined,
  { forecastMethod: 'linear' as const, percentDecimals: 1, proposeAdjustBelowPercent: 70 },
];
const answers: Record<string, unknown> = {};
let n = 0;
for (const c of cases) {
  for (const asOf of AS_OFS) {
    for (const [ci, config] of configs.entries()) {
      if (ci > 0 && !['2023', '2025-Q4', '2024-9M'].includes(asOf) && !c.name.includes('~m0')) continue;
      for (const narrative of [false, true]) {
        const key = `${c.name}|${asOf}|c${ci}|${narrative ? 'n' : 'x'}`;
        try {
          answers[key] = evaluateDossier(c.dossier, { asOf, narrative, ...(config ? { config } : {}) });
        } catch (e) {
          answers[key] = { error: String(e) };
        }
        n++;
      }
    }
  }
}
const text = JSON.stringify(answers, null, 1);
const file = process.argv[2];
if (!file) throw new Error('Cách dùng: run-ts.js bench/core-golden.ts OUT.json');
writeFileSync(file, text);
console.log(
  `${n} evaluations, ${cases.length} dossiers, ${text.length} chars, sha1 ${createHash('sha1').update(text).digest('hex')}`,
);

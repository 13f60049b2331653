/**
 * The faster ways of the evaluation give the answers of the plain ones, over many random inputs:
 * the flow ledger's slot arrays and walks up its trees against a search over maps, the one-pass
 * latest figure and year figures against filtering per period, and an evaluation without
 * narrative against the same evaluation with it (less the views).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDossier } from './evaluate';
import { FlowLedger } from './flow-ledger';
import type { Observation, PeriodCode, ResolutionDossier, Target, ValueStatus } from './model';
import { endMonthIndex, isWithinAsOf, parsePeriod, periodOf, startMonthIndex } from './periods';
import { bestFor, selectLatest, toUsedValue, yearValues } from './values';
import { makeDossier } from './test-builders';

const STATUS_RANK: Record<ValueStatus, number> = { estimate: 0, preliminary: 1, official: 2 };

/** Reference: the ledger as a forest kept in maps, a path found by a depth-first search. */
class ReferenceLedger {
  private readonly adjacent = new Map<number, Edge[]>();
  private readonly root = new Map<number, number>();

  constructor(observations: readonly Observation[]) {
    const edges: Edge[] = [];
    for (const period of new Set(observations.map((o) => o.period))) {
      const parsed = parsePeriod(period);
      const figure = bestFor(observations, period);
      if (!parsed.ok || !figure || typeof figure.value !== 'number' || !Number.isFinite(figure.value))
        continue;
      const from = startMonthIndex(parsed.period);
      const to = endMonthIndex(parsed.period) + 1;
      edges.push({ from, to, value: figure.value, status: figure.status, period: parsed.code });
    }
    edges.sort(
      (a, b) =>
        STATUS_RANK[b.status] - STATUS_RANK[a.status] || b.to - b.from - (a.to - a.from) || a.from - b.from,
    );
    for (const e of edges) {
      const ra = this.find(e.from);
      const rb = this.find(e.to);
      if (ra === rb) continue;
      this.root.set(rb, ra);
      for (const node of [e.from, e.to]) this.adjacent.set(node, [...(this.adjacent.get(node) ?? []), e]);
    }
  }

  private find(x: number): number {
    let r = x;
    while (this.root.has(r) && this.root.get(r) !== r) r = this.root.get(r) as number;
    return r;
  }

  amount(
    fromMonth: number,
    toMonth: number,
  ): { value: number; status: ValueStatus; parts: string[] } | undefined {
    const start = fromMonth;
    const end = toMonth + 1;
    if (end <= start || this.find(start) !== this.find(end)) return undefined;
    const seen = new Set<number>([start]);
    const stack: { node: number; path: { edge: Edge; sign: number }[] }[] = [{ node: start, path: [] }];
    while (stack.length > 0) {
      const { node, path } = stack.pop() as (typeof stack)[number];
      if (node === end) {
        let value = 0;
        let weakest = 2;
        for (const { edge, sign } of path) {
          value += sign * edge.value;
          weakest = Math.min(weakest, STATUS_RANK[edge.status]);
        }
        const status = (['estimate', 'preliminary', 'official'] as const)[weakest] ?? 'estimate';
        return { value, status, parts: path.map((p) => p.edge.period) };
      }
      for (const edge of this.adjacent.get(node) ?? []) {
        const forward = edge.from === node;
        const next = forward ? edge.to : edge.from;
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push({ node: next, path: [...path, { edge, sign: forward ? 1 : -1 }] });
      }
    }
    return undefined;
  }

  reach(fromMonth: number, limitMonth: number): number | undefined {
    const r = this.find(fromMonth);
    let best: number | undefined;
    for (const node of this.adjacent.keys())
      if (
        node > fromMonth &&
        node <= limitMonth + 1 &&
        this.find(node) === r &&
        (best === undefined || node > best)
      )
        best = node;
    return best === undefined ? undefined : best - 1;
  }

  nextFigureMonth(afterMonth: number, limitMonth: number): number | undefined {
    let best: number | undefined;
    for (const [node, edges] of this.adjacent)
      for (const e of edges)
        if (
          node === e.from &&
          e.from > afterMonth &&
          e.from <= limitMonth &&
          (best === undefined || e.from < best)
        )
          best = e.from;
    return best;
  }
}

interface Edge {
  from: number;
  to: number;
  value: number;
  status: ValueStatus;
  period: PeriodCode;
}

/** Reference: the latest period ended by the as-of compared pairwise, then the figure in force. */
function referenceSelectLatest(
  observations: readonly Observation[],
  asOf: PeriodCode,
  accept: (o: Observation) => boolean = () => true,
): Observation | undefined {
  const later = (a: PeriodCode, b: PeriodCode): boolean => {
    const byEnd = endMonthIndex(periodOf(a)) - endMonthIndex(periodOf(b));
    return byEnd !== 0 ? byEnd > 0 : startMonthIndex(periodOf(a)) < startMonthIndex(periodOf(b));
  };
  let period: PeriodCode | undefined;
  for (const o of observations) {
    if (!parsePeriod(o.period).ok || !accept(o) || !isWithinAsOf(o.period, asOf)) continue;
    if (period === undefined || later(o.period, period)) period = o.period;
  }
  return period === undefined ? undefined : bestFor(observations.filter(accept), period);
}

/** Reference: each period's year figure found by its own pass. */
function referenceYearValues(observations: readonly Observation[], asOf: PeriodCode): Map<number, unknown> {
  const out = new Map<number, unknown>();
  for (const period of new Set(observations.map((o) => o.period))) {
    const p = parsePeriod(period);
    if (!p.ok || p.period.kind !== 'year' || !isWithinAsOf(period, asOf)) continue;
    const used = toUsedValue(bestFor(observations, period));
    if (used) out.set(p.period.year, used);
  }
  return out;
}

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];
/** Few years, so that figures of one year often overlap and contradict each other. */
const NEAR_YEARS = [2022, 2023];
const periodArb = (years: readonly number[] = YEARS): fc.Arbitrary<string> => {
  return fc.oneof(
    fc.constantFrom(...years).map(String),
    fc.tuple(fc.constantFrom(...years), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
    fc.tuple(fc.constantFrom(...years), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
    fc.constantFrom(...years).map((y) => `${y}-9M`),
    fc.tuple(fc.constantFrom(...years), fc.constantFrom(2, 4, 5, 8, 11)).map(([y, m]) => `${y}-${m}M`),
    fc
      .tuple(fc.constantFrom(...years), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc.constantFrom('2021-2022', '2021-2023', '2020-2025', '2023-h1', 'bad', '2023-13'),
  );
};
const asOfArb = fc.constantFrom(
  '2021-Q2',
  '2022',
  '2023-H1',
  '2024-9M',
  '2025-Q4',
  '2025',
  '2023-8M',
  '2026',
);

function observationArb(targetIds: readonly string[], years = YEARS): fc.Arbitrary<Observation> {
  return fc.record({
    targetId: fc.constantFrom(...targetIds),
    period: periodArb(years),
    value: fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -50, max: 5000, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(0, 100, Number.NaN, true, 'Tốt') },
    ),
    status: fc.constantFrom<ValueStatus>('estimate', 'preliminary', 'official'),
    revision: fc.integer({ min: 1, max: 3 }),
  });
}

describe('flow ledger: slot arrays and walks up its trees', () => {
  /** Every boundary a figure starts or ends at, and a month on each side. */
  function boundaries(observations: readonly Observation[]): number[] {
    const out = new Set<number>();
    for (const o of observations) {
      const p = parsePeriod(o.period);
      if (!p.ok) continue;
      for (const b of [startMonthIndex(p.period), endMonthIndex(p.period) + 1])
        [b - 1, b, b + 1].forEach((x) => out.add(x));
    }
    return [...out].sort((a, b) => a - b);
  }

  it('gives the amounts, reach and next figures of a search over the whole forest', () => {
    fc.assert(
      fc.property(fc.array(observationArb(['t1'], NEAR_YEARS), { maxLength: 30 }), (observations) => {
        const ledger = new FlowLedger(observations);
        const reference = new ReferenceLedger(observations);
        const months = boundaries(observations);
        for (const from of months)
          for (const end of months) {
            if (end < from) continue;
            const got = ledger.amount(from, end - 1);
            const want = reference.amount(from, end - 1);
            expect(got && { value: got.value, status: got.status, parts: got.parts }).toEqual(want);
            expect(ledger.reach(from, end)).toBe(reference.reach(from, end));
            expect(ledger.nextFigureMonth(from, end)).toBe(reference.nextFigureMonth(from, end));
          }
      }),
      { numRuns: 500 },
    );
  });

  it('adds each year of quarters and parts by difference like the search', () => {
    const observations: Observation[] = [];
    for (const year of [2021, 2022, 2023])
      for (const q of [1, 2, 3, 4])
        observations.push({
          targetId: 't1',
          period: `${year}-Q${q}`,
          value: q * 10,
          status: 'official',
          revision: 1,
        });
    observations.push({ targetId: 't1', period: '2022-9M', value: 61, status: 'estimate', revision: 1 });
    const ledger = new FlowLedger(observations);
    expect(ledger.amount(2021 * 12, 2023 * 12 + 11)?.value).toBe(300);
    expect(ledger.amountOf('2022-9M')).toMatchObject({ value: 60, parts: ['2022-Q1', '2022-Q2', '2022-Q3'] });
    expect(ledger.reach(2021 * 12, 2030 * 12)).toBe(2023 * 12 + 11);
  });
});

describe('one pass over the figures', () => {
  it('selectLatest and yearValues give what a pass per period gives', () => {
    fc.assert(
      fc.property(
        fc.array(observationArb(['t1']), { maxLength: 30 }),
        asOfArb,
        fc.integer({ min: 2020, max: 2026 }),
        (observations, asOf, year) => {
          expect(selectLatest(observations, asOf)).toBe(referenceSelectLatest(observations, asOf));
          const ofYear = (o: Observation) => o.period.startsWith(String(year));
          expect(selectLatest(observations, asOf, ofYear)).toBe(
            referenceSelectLatest(observations, asOf, ofYear),
          );
          expect(yearValues(observations, asOf)).toEqual(referenceYearValues(observations, asOf));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('an invalid as-of only throws when a figure is compared with it, as before', () => {
    expect(selectLatest([], 'not-a-period')).toBeUndefined();
    expect(() =>
      selectLatest([{ targetId: 't1', period: '2023', value: 1, status: 'official', revision: 1 }], 'x'),
    ).toThrow(RangeError);
  });
});

const KINDS: Pick<Target, 'kind' | 'unit' | 'direction' | 'qualifier'>[] = [
  { kind: 'average-growth', unit: '%', direction: 'higher-is-better', qualifier: 'at-least' },
  { kind: 'end-level', unit: 'tỷ đồng', direction: 'higher-is-better', qualifier: 'none' },
  { kind: 'cumulative-total', unit: 'tỷ đồng', direction: 'higher-is-better', qualifier: 'at-least' },
  { kind: 'ratio', unit: '%', direction: 'lower-is-better', qualifier: 'less-than' },
  { kind: 'count', unit: 'người', direction: 'higher-is-better', qualifier: 'about' },
  { kind: 'annual-threshold', unit: '%', direction: 'higher-is-better', qualifier: 'more-than' },
];

const dossierArb: fc.Arbitrary<ResolutionDossier> = fc
  .array(
    fc.record({
      spec: fc.constantFrom(...KINDS),
      goal: fc.double({ min: 0.5, max: 2000, noNaN: true }),
      baseValue: fc.option(fc.double({ min: 1, max: 1000, noNaN: true }), { nil: undefined }),
      precision: fc.integer({ min: 0, max: 3 }),
      additions: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .chain((specs) => {
    const targets: Target[] = specs.map((s, i) => ({
      id: `t${i + 1}`,
      code: String(i + 1),
      name: `Chỉ tiêu ${i + 1}`,
      field: i % 2 === 0 ? 'kinh-te' : 'van-hoa-xa-hoi',
      ...s.spec,
      precision: s.precision,
      goal: { type: 'number', value: s.goal },
      ...(s.baseValue !== undefined ? { baseValue: s.baseValue } : {}),
      ...(s.spec.kind === 'count' && s.additions ? { accumulation: 'additions' as const } : {}),
    }));
    return fc
      .array(observationArb(targets.map((t) => t.id)), { maxLength: 60 })
      .map((observations) => makeDossier({ targets, observations }));
  });

describe('evaluation without narrative', () => {
  it('is the evaluation with narrative, less the narrative and the views', () => {
    fc.assert(
      fc.property(dossierArb, asOfArb, (dossier, asOf) => {
        const bare = evaluateDossier(dossier, { asOf, narrative: false });
        const full = evaluateDossier(dossier, { asOf });
        const withoutViews = full.targets.map(({ view: _view, ...rest }) => rest);
        expect(JSON.stringify(bare.targets)).toBe(JSON.stringify(withoutViews));
        expect(bare.summary).toEqual(full.summary);
        expect(bare.narrative).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

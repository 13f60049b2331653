/**
 * Amounts of a flow (revenue, production value, investment: see `Aggregation` in model.ts) over
 * any span of months, from figures entered for spans of any length: a year, its quarters, the
 * year to date ("9 tháng"), a month alone, several whole years at once.
 *
 * Each figure says how much flowed between two month boundaries, so the figures are the edges of
 * a graph on the boundaries and an amount is a path: quarters add up to their year (Q1 + Q2 + Q3
 * + Q4), a part is the difference of two year-to-date figures (quý III = 9 tháng - 6 tháng), and
 * a year with a missing quarter has no amount. The figures in force are taken strongest first
 * (official before estimate, then the longer span), and a figure that would close a loop (the
 * fourth quarter beside the year and three quarters) is not used: the amount is never the
 * average or a mix of two contradicting sources. Nothing is filled in: an amount that no chain of
 * figures covers is undefined, and {@link FlowLedger.reach} tells how far the figures go.
 */
import type { Observation, PeriodCode, ValueStatus } from './model';
import { endMonthIndex, formatPeriod, parsePeriod, startMonthIndex, yearToDate } from './periods';
import { bestFor } from './values';

const STATUS_RANK: Record<ValueStatus, number> = { estimate: 0, preliminary: 1, official: 2 };
const STATUSES: readonly ValueStatus[] = ['estimate', 'preliminary', 'official'];

/** An amount over a span of months, with the weakest status of the figures it rests on. */
export interface FlowAmount {
  /** The code of the span when it has one ("2023-9M", "2023", "2021-2023"), else the period of
   * the last figure used. */
  period: PeriodCode;
  value: number;
  status: ValueStatus;
  /** Absolute month indexes (year × 12 + month - 1) of the first and last month covered. */
  fromMonth: number;
  toMonth: number;
  /** The periods of the figures added or subtracted, in the order of the path. */
  parts: PeriodCode[];
}

interface Edge {
  from: number;
  to: number;
  value: number;
  status: ValueStatus;
  period: PeriodCode;
}

/** The code of a span of months when one exists: a year to date, a quarter, a month, a year, a
 * run of whole years. */
export function spanCode(fromMonth: number, toMonth: number): PeriodCode | undefined {
  const year = Math.floor(fromMonth / 12);
  const months = toMonth - fromMonth + 1;
  if (fromMonth % 12 === 0 && (toMonth + 1) % 12 === 0 && months > 12)
    return `${year}-${Math.floor(toMonth / 12)}`;
  if (Math.floor(toMonth / 12) !== year) return undefined;
  if (fromMonth % 12 === 0) return formatPeriod(yearToDate(year, months));
  if (months === 1) return formatPeriod({ kind: 'month', year, month: (fromMonth % 12) + 1 });
  if (months === 3 && fromMonth % 3 === 0)
    return formatPeriod({ kind: 'quarter', year, quarter: ((fromMonth % 12) / 3 + 1) as 1 | 2 | 3 | 4 });
  if (months === 6 && fromMonth % 12 === 6) return formatPeriod({ kind: 'half', year, half: 2 });
  return undefined;
}

/** The flow figures of one target, ready to answer amounts over spans. */
export class FlowLedger {
  /** Accepted edges by boundary (a forest: at most one path between two boundaries). */
  private readonly adjacent = new Map<number, Edge[]>();
  private readonly root = new Map<number, number>();

  /** Builds the ledger from a target's figures (every revision; the figure in force per period
   * is chosen by the core's one rule). */
  constructor(observations: readonly Observation[]) {
    const periods = new Set(observations.map((o) => o.period));
    const edges: Edge[] = [];
    for (const period of periods) {
      const parsed = parsePeriod(period);
      const figure = bestFor(observations, period);
      if (!parsed.ok || !figure || typeof figure.value !== 'number' || !Number.isFinite(figure.value))
        continue;
      edges.push({
        from: startMonthIndex(parsed.period),
        to: endMonthIndex(parsed.period) + 1,
        value: figure.value,
        status: figure.status,
        period: parsed.code,
      });
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
      this.link(e.from, e);
      this.link(e.to, e);
    }
  }

  private find(x: number): number {
    let r = x;
    while (this.root.has(r) && this.root.get(r) !== r) r = this.root.get(r) as number;
    // Path compression keeps look-ups flat.
    let y = x;
    while (y !== r) {
      const next = this.root.get(y) as number;
      this.root.set(y, r);
      y = next;
    }
    return r;
  }

  private link(node: number, e: Edge): void {
    const list = this.adjacent.get(node);
    if (list) list.push(e);
    else this.adjacent.set(node, [e]);
  }

  /** The amount from the start of month `fromMonth` to the end of month `toMonth`, or undefined
   * when the figures do not cover it. */
  amount(fromMonth: number, toMonth: number): FlowAmount | undefined {
    const start = fromMonth;
    const end = toMonth + 1;
    if (end <= start || this.find(start) !== this.find(end)) return undefined;
    const path = this.path(start, end);
    if (!path) return undefined;
    let value = 0;
    let weakest = 2;
    const parts: PeriodCode[] = [];
    for (const { edge, sign } of path) {
      value += sign * edge.value;
      weakest = Math.min(weakest, STATUS_RANK[edge.status]);
      parts.push(edge.period);
    }
    const last = parts[parts.length - 1] as PeriodCode;
    return {
      period: spanCode(fromMonth, toMonth) ?? last,
      value,
      status: STATUSES[weakest] ?? 'estimate',
      fromMonth,
      toMonth,
      parts,
    };
  }

  /** The amount of a period ("2023", "2023-9M", "2023-Q3"), or undefined. */
  amountOf(period: PeriodCode): FlowAmount | undefined {
    const parsed = parsePeriod(period);
    if (!parsed.ok) return undefined;
    return this.amount(startMonthIndex(parsed.period), endMonthIndex(parsed.period));
  }

  /** The last month (absolute index) up to `limitMonth` that the figures cover without a break
   * from the start of `fromMonth`; undefined when not even the first month is covered. */
  reach(fromMonth: number, limitMonth: number): number | undefined {
    const r = this.find(fromMonth);
    let best: number | undefined;
    for (const node of this.adjacent.keys()) {
      if (
        node > fromMonth &&
        node <= limitMonth + 1 &&
        this.find(node) === r &&
        (best === undefined || node > best)
      )
        best = node;
    }
    return best === undefined ? undefined : best - 1;
  }

  /** The first month after `afterMonth` and up to `limitMonth` where some figure starts or ends,
   * i.e. where figures exist that the chain from the start does not reach. */
  nextFigureMonth(afterMonth: number, limitMonth: number): number | undefined {
    let best: number | undefined;
    for (const [node, edges] of this.adjacent) {
      for (const e of edges) {
        const m = e.from;
        if (node === m && m > afterMonth && m <= limitMonth && (best === undefined || m < best)) best = m;
      }
    }
    return best;
  }

  private path(start: number, end: number): { edge: Edge; sign: 1 | -1 }[] | undefined {
    const seen = new Set<number>([start]);
    const stack: { node: number; path: { edge: Edge; sign: 1 | -1 }[] }[] = [{ node: start, path: [] }];
    while (stack.length > 0) {
      const { node, path } = stack.pop() as (typeof stack)[number];
      if (node === end) return path;
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
}

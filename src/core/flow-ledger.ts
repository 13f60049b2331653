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
import { inForceByPeriod } from './values';

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

/** A boundary's edge towards the root of its tree (none at the root), the slot of the boundary
 * it leads to, and its depth. */
interface Step {
  edge?: Edge;
  parent: number;
  depth: number;
}

interface Edge {
  from: number;
  to: number;
  value: number;
  status: ValueStatus;
  /** {@link STATUS_RANK} of the status: official figures are taken first. */
  rank: number;
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

/** The figure in force of every period with a finite number, as an edge between its boundaries. */
function figureEdges(observations: readonly Observation[]): Edge[] {
  const edges: Edge[] = [];
  for (const [period, figure] of inForceByPeriod(observations)) {
    const parsed = parsePeriod(period);
    if (!parsed.ok || typeof figure.value !== 'number' || !Number.isFinite(figure.value)) continue;
    edges.push({
      from: startMonthIndex(parsed.period),
      to: endMonthIndex(parsed.period) + 1,
      value: figure.value,
      status: figure.status,
      rank: STATUS_RANK[figure.status],
      period: parsed.code,
    });
  }
  return edges;
}

/** The flow figures of one target, ready to answer amounts over spans. Boundaries are kept in
 * slots of plain arrays, slot 0 being the first boundary any figure touches: a target's figures
 * span a few dozen months, and every evaluation of a flow builds one ledger. */
export class FlowLedger {
  /** The boundary (absolute month index) of slot 0. */
  private readonly first: number;
  /** Accepted edges by slot (a forest: at most one path between two boundaries). */
  private readonly adjacent: (Edge[] | undefined)[] = [];
  /** Union-find parent of each slot. */
  private readonly root: number[] = [];
  /** Each touched slot's way towards the root of its tree, so that a path is two walks up. */
  private readonly up: (Step | undefined)[] = [];

  /** Builds the ledger from a target's figures (every revision; the figure in force per period
   * is chosen by the core's one rule). */
  constructor(observations: readonly Observation[]) {
    const edges = figureEdges(observations);
    edges.sort((a, b) => b.rank - a.rank || b.to - b.from - (a.to - a.from) || a.from - b.from);
    let first = Infinity;
    let last = -Infinity;
    for (const e of edges) {
      first = Math.min(first, e.from);
      last = Math.max(last, e.to);
    }
    this.first = edges.length > 0 ? first : 0;
    const size = edges.length > 0 ? last - first + 1 : 0;
    for (let slot = 0; slot < size; slot++) this.root.push(slot);
    for (const e of edges) {
      const a = e.from - this.first;
      const b = e.to - this.first;
      const ra = this.find(a);
      const rb = this.find(b);
      if (ra === rb) continue;
      this.root[rb] = ra;
      this.link(a, e);
      this.link(b, e);
    }
    for (let slot = 0; slot < size; slot++) if (this.adjacent[slot] && !this.up[slot]) this.hang(slot);
  }

  private find(slot: number): number {
    let r = slot;
    while (this.root[r] !== r) r = this.root[r] as number;
    // Path compression keeps look-ups flat.
    let y = slot;
    while (y !== r) {
      const next = this.root[y] as number;
      this.root[y] = r;
      y = next;
    }
    return r;
  }

  private link(slot: number, e: Edge): void {
    const list = this.adjacent[slot];
    if (list) list.push(e);
    else this.adjacent[slot] = [e];
  }

  /** The slot of a boundary some figure touches, or undefined. */
  private slotOf(boundary: number): number | undefined {
    const slot = boundary - this.first;
    return this.adjacent[slot] ? slot : undefined;
  }

  /** Records, for every slot of the tree holding `root`, the edge towards `root`. */
  private hang(root: number): void {
    this.up[root] = { parent: root, depth: 0 };
    const stack = [root];
    while (stack.length > 0) {
      const slot = stack.pop() as number;
      const depth = (this.up[slot] as Step).depth + 1;
      for (const edge of this.adjacent[slot] ?? []) {
        const next = (edge.from === slot + this.first ? edge.to : edge.from) - this.first;
        if (this.up[next]) continue;
        this.up[next] = { edge, parent: slot, depth };
        stack.push(next);
      }
    }
  }

  /** The amount from the start of month `fromMonth` to the end of month `toMonth`, or undefined
   * when the figures do not cover it. */
  amount(fromMonth: number, toMonth: number): FlowAmount | undefined {
    const start = this.slotOf(fromMonth);
    const end = this.slotOf(toMonth + 1);
    if (start === undefined || end === undefined || end <= start || this.find(start) !== this.find(end))
      return undefined;
    let value = 0;
    let weakest = 2;
    const parts: PeriodCode[] = [];
    for (const { edge, sign } of this.path(start, end)) {
      value += sign * edge.value;
      weakest = Math.min(weakest, edge.rank);
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
    const start = this.slotOf(fromMonth);
    if (start === undefined) return undefined;
    const r = this.find(start);
    let best: number | undefined;
    const limit = Math.min(limitMonth + 1 - this.first, this.adjacent.length - 1);
    for (let slot = start + 1; slot <= limit; slot++)
      if (this.adjacent[slot] && this.find(slot) === r) best = slot;
    return best === undefined ? undefined : best + this.first - 1;
  }

  /** The first month after `afterMonth` and up to `limitMonth` where some figure starts or ends,
   * i.e. where figures exist that the chain from the start does not reach. */
  nextFigureMonth(afterMonth: number, limitMonth: number): number | undefined {
    const limit = Math.min(limitMonth - this.first, this.adjacent.length - 1);
    for (let slot = Math.max(0, afterMonth + 1 - this.first); slot <= limit; slot++) {
      const month = slot + this.first;
      if (this.adjacent[slot]?.some((e) => e.from === month)) return month;
    }
    return undefined;
  }

  /** The one path between two slots of the same tree, in order from `start`: up from each to
   * where their ways meet. */
  private path(start: number, end: number): { edge: Edge; sign: 1 | -1 }[] {
    const fromStart: { edge: Edge; sign: 1 | -1 }[] = [];
    const towardsEnd: { edge: Edge; sign: 1 | -1 }[] = [];
    let a = start;
    let b = end;
    while (a !== b) {
      const stepA = this.up[a] as Step;
      const stepB = this.up[b] as Step;
      if (stepA.depth >= stepB.depth) {
        const edge = stepA.edge as Edge;
        fromStart.push({ edge, sign: edge.from === a + this.first ? 1 : -1 });
        a = stepA.parent;
      } else {
        const edge = stepB.edge as Edge;
        towardsEnd.push({ edge, sign: edge.to === b + this.first ? 1 : -1 });
        b = stepB.parent;
      }
    }
    return fromStart.concat(towardsEnd.reverse());
  }
}

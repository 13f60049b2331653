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

/** Sorts a short list in place, stably (by insertion): the order of `Array.prototype.sort` with
 * the same comparison, without the copy it makes of every list it sorts. */
function sortFew<T>(items: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(items[j] as T, item) > 0; j--) items[j + 1] = items[j] as T;
    items[j + 1] = item;
  }
}

/** The figure in force of every period with a finite number, as an edge between its boundaries. */
function figureEdges(inForce: ReadonlyMap<PeriodCode, Observation>): Edge[] {
  const edges: Edge[] = [];
  for (const figure of inForce.values()) {
    const parsed = parsePeriod(figure.period);
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
  /** The accepted edges (a forest: at most one path between two boundaries) touching each slot,
   * as a chain: `firstTouching[slot]` is an index into `touchingEdge`, each followed by
   * `nextTouching[index]`, -1 ending the chain. Plain arrays sized once: lists per slot would be
   * grown by copying for nearly every figure. */
  private readonly firstTouching: number[];
  private readonly touchingEdge: Edge[];
  private readonly nextTouching: number[];
  private touchings = 0;
  /** Union-find parent of each slot. */
  private readonly root: number[];
  /** Each touched slot's way towards the root of its tree, so that a path is two walks up. */
  private readonly up: (Step | undefined)[];

  /** Builds the ledger from a target's figures (every revision; the figure in force per period
   * is chosen by the core's one rule), or from the figures in force when the caller has them. */
  constructor(
    observations: readonly Observation[],
    inForce: ReadonlyMap<PeriodCode, Observation> = inForceByPeriod(observations),
  ) {
    const edges = figureEdges(inForce);
    // Strongest first: official before estimate, then the longer span, then the earlier.
    sortFew(edges, (a, b) => b.rank - a.rank || b.to - b.from - (a.to - a.from) || a.from - b.from);
    let first = Infinity;
    let last = -Infinity;
    for (const e of edges) {
      first = Math.min(first, e.from);
      last = Math.max(last, e.to);
    }
    this.first = edges.length > 0 ? first : 0;
    const size = edges.length > 0 ? last - first + 1 : 0;
    // Sized once: growing them slot by slot would copy them again and again.
    this.firstTouching = new Array<number>(size).fill(-1);
    this.touchingEdge = new Array<Edge>(2 * edges.length);
    this.nextTouching = new Array<number>(2 * edges.length);
    this.up = new Array<Step | undefined>(size);
    this.root = new Array<number>(size);
    for (let slot = 0; slot < size; slot++) this.root[slot] = slot;
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
    for (let slot = 0; slot < size; slot++) if (this.isTouched(slot) && !this.up[slot]) this.hang(slot);
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
    const index = this.touchings++;
    this.touchingEdge[index] = e;
    this.nextTouching[index] = this.firstTouching[slot] as number;
    this.firstTouching[slot] = index;
  }

  /** Whether an accepted edge touches a slot (false outside the slots). */
  private isTouched(slot: number): boolean {
    return this.firstAt(slot) >= 0;
  }

  /** The first of the accepted edges touching a slot (an index, -1 for none). */
  private firstAt(slot: number): number {
    return this.firstTouching[slot] ?? -1;
  }

  /** The accepted edge touching the same slot after the one at `index` (-1 for none). */
  private nextAfter(index: number): number {
    return this.nextTouching[index] as number;
  }

  /** The slot of a boundary some figure touches, or undefined. */
  private slotOf(boundary: number): number | undefined {
    const slot = boundary - this.first;
    return this.isTouched(slot) ? slot : undefined;
  }

  /** Records, for every slot of the tree holding `root`, the edge towards `root`. */
  private hang(root: number): void {
    this.up[root] = { parent: root, depth: 0 };
    const stack = [root];
    while (stack.length > 0) {
      const slot = stack.pop() as number;
      const depth = (this.up[slot] as Step).depth + 1;
      for (let i = this.firstAt(slot); i >= 0; i = this.nextAfter(i)) {
        const edge = this.touchingEdge[i] as Edge;
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
    this.walk(start, end, (edge, sign) => {
      value += sign * edge.value;
      weakest = Math.min(weakest, edge.rank);
      parts.push(edge.period);
    });
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
    // The last boundary reached: looked for from the limit down.
    for (let slot = Math.min(limitMonth + 1 - this.first, this.root.length - 1); slot > start; slot--)
      if (this.isTouched(slot) && this.find(slot) === r) return slot + this.first - 1;
    return undefined;
  }

  /** The first month after `afterMonth` and up to `limitMonth` where some figure starts or ends,
   * i.e. where figures exist that the chain from the start does not reach. */
  nextFigureMonth(afterMonth: number, limitMonth: number): number | undefined {
    const limit = Math.min(limitMonth - this.first, this.root.length - 1);
    for (let slot = Math.max(0, afterMonth + 1 - this.first); slot <= limit; slot++) {
      const month = slot + this.first;
      for (let i = this.firstAt(slot); i >= 0; i = this.nextAfter(i))
        if ((this.touchingEdge[i] as Edge).from === month) return month;
    }
    return undefined;
  }

  /** Visits the one path between two slots of the same tree in order from `start`, with the sign
   * each edge is taken in: up from each slot to where their ways meet. */
  private walk(start: number, end: number, visit: (edge: Edge, sign: 1 | -1) => void): void {
    // The end's side is found backwards: kept, then visited in reverse.
    const towardsEnd: Edge[] = [];
    let a = start;
    let b = end;
    while (a !== b) {
      const stepA = this.up[a] as Step;
      const stepB = this.up[b] as Step;
      if (stepA.depth >= stepB.depth) {
        const edge = stepA.edge as Edge;
        visit(edge, edge.from === a + this.first ? 1 : -1);
        a = stepA.parent;
      } else {
        towardsEnd.push(stepB.edge as Edge);
        b = stepB.parent;
      }
    }
    // Going down from the meeting slot, each edge is taken forward when it ends at the lower slot.
    let slot = a;
    for (let i = towardsEnd.length - 1; i >= 0; i--) {
      const edge = towardsEnd[i] as Edge;
      const next = (edge.from === slot + this.first ? edge.to : edge.from) - this.first;
      visit(edge, edge.from === slot + this.first ? 1 : -1);
      slot = next;
    }
  }
}

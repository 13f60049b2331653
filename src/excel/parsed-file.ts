/**
 * What the file parsers produce: each sheet's rows read and checked on their own, before they
 * are checked against each other and against the stored resolution (see `change-set.ts`).
 */
import type {
  Adjustment,
  Benchmark,
  Congress,
  Issuer,
  PeriodCode,
  Plan,
  Target,
  UnitRef,
  ValueStatus,
} from '../core';
import type { RawCell } from './raw-cell';
import type { CellContext } from './cells';

/** Where a row came from: gives the place of each of its fields, to report problems found later. */
export interface Locator {
  ctx(key: string): CellContext;
}

/** The resolution a file describes ("Nghị quyết" sheet or the interchange file). */
export interface ResolutionInfo {
  unit: UnitRef;
  issuer: Issuer;
  congress: Congress;
  title: string;
}

/** A target row; its parent is named by code, ids are given when the change set is built. */
export interface ParsedTarget {
  at: Locator;
  target: Omit<Target, 'id' | 'parentId'>;
  parentCode?: string;
  unitCode?: string;
  /** Attributes the file does not carry at all (a column missing from the sheet, a field the
   * interchange file leaves out): they keep their stored value instead of being cleared. */
  absent?: (keyof Target)[];
}

/** A figure row; the value is interpreted once the target (and its kind) is known. */
export interface ParsedFigure {
  at: Locator;
  targetCode: string;
  period: PeriodCode;
  value: RawCell;
  status: ValueStatus;
  source?: string;
  comment?: string;
  unitCode?: string;
}

/** A plan row. */
export interface ParsedPlan {
  at: Locator;
  targetCode: string;
  plan: Omit<Plan, 'targetId'>;
  unitCode?: string;
  /** Attributes the file does not carry (see {@link ParsedTarget.absent}). */
  absent?: (keyof Plan)[];
}

/** A benchmark row. */
export interface ParsedBenchmark {
  at: Locator;
  targetCode: string;
  benchmark: Omit<Benchmark, 'targetId'>;
  unitCode?: string;
}

/** An adjustment row. */
export interface ParsedAdjustment {
  at: Locator;
  targetCode: string;
  adjustment: Omit<Adjustment, 'targetId' | 'recordedBy'>;
  unitCode?: string;
}

export interface ParsedFile {
  resolution?: ResolutionInfo;
  /** Codes of target rows that had errors: rows naming them are not reported again as unknown. */
  failedTargetCodes?: Set<string>;
  targets: ParsedTarget[];
  figures: ParsedFigure[];
  plans: ParsedPlan[];
  benchmarks?: ParsedBenchmark[];
  adjustments?: ParsedAdjustment[];
}

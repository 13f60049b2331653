/**
 * How well a reading matches what an official would set up: a draft is correct when its kind,
 * direction, qualifier, goal (values; a grade's required grade; a structure's shares), unit,
 * target year (where the list states one) and field all agree.
 */
import type { Direction, Field, Qualifier, TargetGoal, TargetKind } from '../model';
import type { RecognisedTarget } from './read-statement';

/** What a list's target should read as. */
export interface ExpectedTarget {
  kind: TargetKind;
  direction: Direction;
  qualifier: Qualifier;
  goal: TargetGoal;
  unit: string;
  targetYear?: number;
  field: Field;
}

/** The parts of a draft that differ from what was expected (empty: correct). */
export function differences(draft: RecognisedTarget, expected: ExpectedTarget): string[] {
  const out: string[] = [];
  if (draft.kind !== expected.kind) out.push(`kind ${draft.kind}≠${expected.kind}`);
  if (draft.direction !== expected.direction) out.push(`direction ${draft.direction}≠${expected.direction}`);
  if (draft.qualifier !== expected.qualifier) out.push(`qualifier ${draft.qualifier}≠${expected.qualifier}`);
  if (!sameGoal(draft.goal, expected.goal))
    out.push(`goal ${JSON.stringify(draft.goal)}≠${JSON.stringify(expected.goal)}`);
  if (draft.unit !== expected.unit) out.push(`unit "${draft.unit}"≠"${expected.unit}"`);
  if (expected.targetYear !== undefined && draft.targetYear !== expected.targetYear)
    out.push(`year ${draft.targetYear}≠${expected.targetYear}`);
  if (draft.field !== expected.field) out.push(`field ${draft.field}≠${expected.field}`);
  return out;
}

function sameGoal(a: TargetGoal, b: TargetGoal): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'number' && b.type === 'number') return a.value === b.value;
  if (a.type === 'range' && b.type === 'range') return a.min === b.min && a.max === b.max;
  if (a.type === 'grade' && b.type === 'grade') return a.required === b.required;
  if (a.type === 'structure' && b.type === 'structure')
    return a.shares.length === b.shares.length && a.shares.every((s, i) => s.value === b.shares[i]?.value);
  return true;
}

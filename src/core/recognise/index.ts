/**
 * The target recogniser: a resolution's list of main targets, pasted or taken from its .docx,
 * read into draft targets to confirm or correct. Pure: text in, drafts out, each with the text
 * it came from, a confidence and the parts that were only guessed.
 */
import type { Target } from '../model';
import { readStatement, type RecognisedTarget } from './read-statement';
import { splitStatements } from './split';

export { readStatement, type RecognisedTarget, type RecognisedPart } from './read-statement';
export { splitStatements, headingField } from './split';
export {
  recognisePlans,
  recognisedAsPlan,
  type RecognisedPlan,
  type RecognisedPlanList,
  type RecognisePlansOptions,
  type PlanDoubt,
} from './plans';

/** Options of a reading: the term the list belongs to ("2020-2025"). */
export interface RecogniseOptions {
  term?: string;
}

/** The drafts of a list, numbered in order ("1", "2", …). */
export interface RecognisedList {
  drafts: (RecognisedTarget & { code: string })[];
}

/** Reads every target statement of a text. */
export function recogniseTargets(text: string, options: RecogniseOptions = {}): RecognisedList {
  const m = /^(\d{4})-(\d{4})$/.exec(options.term ?? '');
  const term = m ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
  const drafts = splitStatements(text).map((s, i) => ({
    code: String(i + 1),
    ...readStatement(s.text, { ...(term ? { term } : {}), ...(s.heading ? { heading: s.heading } : {}) }),
  }));
  return { drafts };
}

/** A confirmed draft as a target of the model. */
export function draftAsTarget(draft: RecognisedTarget & { code: string }, id: string): Target {
  const target: Target = {
    id,
    code: draft.code,
    name: draft.name,
    field: draft.field,
    kind: draft.kind,
    direction: draft.direction,
    qualifier: draft.qualifier,
    unit: draft.unit,
    precision: draft.precision,
    goal: draft.goal,
  };
  if (draft.baseYear !== undefined) target.baseYear = draft.baseYear;
  if (draft.targetYear !== undefined) target.targetYear = draft.targetYear;
  if (draft.accumulation) target.accumulation = draft.accumulation;
  return target;
}

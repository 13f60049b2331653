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

/** Terms of Congress run five years, ending in a year divisible by five (2020-2025, 2025-2030). */
const TERM_YEARS = 5;

/**
 * The term a list of targets belongs to, from the years its statements aim at ("đến năm 2030"):
 * the term ending in the year most often named as a goal's year that can end a term; none when
 * the text names no such year. Used when the reader was not told the term.
 */
export function termOfList(text: string): string | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?:đến|vào|trước|đến hết)\s+(?:năm\s+)?((?:19|20)\d{2})/giu)) {
    const year = Number(m[1]);
    if (year % TERM_YEARS === 0) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, n] of counts)
    if (best === undefined || n > (counts.get(best) ?? 0) || (n === counts.get(best) && year < best))
      best = year;
  return best === undefined ? undefined : `${best - TERM_YEARS}-${best}`;
}

/** The term that a day (YYYY-MM-DD) falls in by the five-year calendar of Congresses: a term
 * ending in year Y is the current one until its Congresses are held in Y (2026 → 2025-2030). */
export function termContaining(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = year - (year % TERM_YEARS);
  return `${start}-${start + TERM_YEARS}`;
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

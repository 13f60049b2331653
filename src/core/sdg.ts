/**
 * The UN/Open SDG progress measure, a second opinion for level targets: the compound growth
 * achieved since the base, over the compound growth needed to hit the goal on time.
 * ≥ 0.95 substantial, ≥ 0.6 moderate, ≥ 0 limited, < 0 deterioration (thresholds configurable).
 * Rate targets (growth rates, shares in %) must not go through it; the caller says so with a
 * 'method-unsuited' Gap. It punishes steady linear paths, which is why it is only a second opinion.
 */
import type { AssessmentConfig } from './config';
import type { Gap, SdgProgress } from './evaluation-types';

/** Inputs of the SDG measure. */
export interface SdgInput {
  base: number | undefined;
  current: number;
  goal: number;
  /** Years from the base to the current value. */
  elapsed: number;
  /** Years from the base to the target year. */
  termYears: number;
  what: string;
}

/** The SDG category of a measure. */
export function sdgCategory(measure: number, config: AssessmentConfig): SdgProgress['category'] {
  if (measure >= config.sdgThresholds.substantial) return 'substantial';
  if (measure >= config.sdgThresholds.moderate) return 'moderate';
  if (measure >= 0) return 'limited';
  return 'deterioration';
}

/** (current/base)^(1/elapsed) - 1 over (goal/base)^(1/termYears) - 1, with its category. */
export function sdgProgress(input: SdgInput, config: AssessmentConfig): SdgProgress | Gap {
  const { base, current, goal, elapsed, termYears, what } = input;
  if (base === undefined) return { code: 'no-base', what };
  if (base === 0) return { code: 'zero-base', what };
  if (base < 0 || current < 0 || goal < 0) return { code: 'negative-base', what };
  if (elapsed <= 0 || termYears <= 0) return { code: 'no-data', what: 'số năm đã thực hiện' };
  const actual = (current / base) ** (1 / elapsed) - 1;
  const required = (goal / base) ** (1 / termYears) - 1;
  if (required === 0) return { code: 'zero-base', what: 'mức tăng cần thiết (mục tiêu bằng năm gốc)' };
  const measure = actual / required;
  return { measure, category: sdgCategory(measure, config) };
}

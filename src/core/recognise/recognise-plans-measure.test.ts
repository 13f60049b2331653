import { describe, expect, it } from 'vitest';
import {
  HELD_OUT_PLAN_LISTS,
  PLAN_LISTS,
  targetsOf,
  type ExpectedPlan,
} from '../../../test/fixtures/plan-lists/plan-lists';
import { recognisePlans, type RecognisedPlan } from './plans';

/** The parts of a plan reading that differ from what was expected (empty: correct). */
function differences(plan: RecognisedPlan | undefined, expected: ExpectedPlan): string[] {
  if (!plan) return ['missing'];
  const out: string[] = [];
  if (plan.targetId !== expected.targetId) out.push(`target ${plan.targetId}≠${expected.targetId}`);
  if (plan.value !== expected.value) out.push(`value ${plan.value}≠${expected.value}`);
  if (plan.change?.by !== expected.change) out.push(`change ${plan.change?.by}≠${expected.change}`);
  if (plan.year !== expected.year) out.push(`year ${plan.year}≠${expected.year}`);
  if (plan.kind !== (expected.kind ?? 'annual-plan')) out.push(`kind ${plan.kind}≠${expected.kind}`);
  if (plan.planSource !== (expected.source ?? 'ke-hoach-nam'))
    out.push(`source ${plan.planSource}≠${expected.source}`);
  return out;
}

describe('plan recognition measured on plan lists of the seed units', () => {
  let correctAll = 0;
  let totalAll = 0;
  for (const list of [...PLAN_LISTS, ...HELD_OUT_PLAN_LISTS]) {
    it(`${list.name}: matches most statements to their target with the plan's value`, () => {
      const { plans } = recognisePlans(list.text, targetsOf(list.example));
      const total = Math.max(plans.length, list.expected.length);
      const wrong = list.expected
        .map((e, i) => ({ i: i + 1, source: plans[i]?.source, diff: differences(plans[i], e) }))
        .filter((w) => w.diff.length > 0);
      const extra = plans.length - list.expected.length;
      const correct = list.expected.length - wrong.length - Math.max(0, extra);
      correctAll += correct;
      totalAll += total;
      if (process.env.VEDICH_RECOGNISE_REPORT)
        console.log(
          `${list.name}: ${correct}/${total}\n` +
            wrong.map((w) => `  ${w.i}. ${w.source}\n     ${w.diff.join('; ')}`).join('\n') +
            (extra > 0 ? `\n  ${extra} statements more than expected` : ''),
        );
      expect(correct / total).toBeGreaterThanOrEqual(0.6);
    });
  }
  it('reports the share over every list', () => {
    if (process.env.VEDICH_RECOGNISE_REPORT)
      console.log(`plans: ${correctAll}/${totalAll} (${Math.round((100 * correctAll) / totalAll)}%)`);
    expect(totalAll).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { TARGET_LISTS } from '../../../test/fixtures/target-lists/target-lists';
import { recogniseTargets } from './index';
import { differences } from './measure';

describe('recognition measured on real target lists', () => {
  for (const list of TARGET_LISTS) {
    it(`${list.name}: finds every target and reads most of them right`, () => {
      const { drafts } = recogniseTargets(list.text, { term: list.term });
      expect(drafts).toHaveLength(list.expected.length);
      const wrong = drafts
        .map((d, i) => ({ i: i + 1, source: d.source, diff: differences(d, list.expected[i]!) }))
        .filter((w) => w.diff.length > 0);
      const correct = drafts.length - wrong.length;
      if (process.env.VEDICH_RECOGNISE_REPORT)
        console.log(
          `${list.name}: ${correct}/${drafts.length} (${Math.round((100 * correct) / drafts.length)}%)\n` +
            wrong.map((w) => `  ${w.i}. ${w.source}\n     ${w.diff.join('; ')}`).join('\n'),
        );
      expect(correct / drafts.length).toBeGreaterThanOrEqual(0.5);
    });
  }
});

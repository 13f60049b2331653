/**
 * Which target a clause speaks of: the target whose name shares the most syllable pairs with the
 * clause (Vietnamese words are syllables: "ngân sách", "đầu tư", "xuất khẩu" carry the meaning).
 */
import type { Target } from '../../core';

function syllables(text: string): string[] {
  return text
    .toLocaleLowerCase('vi-VN')
    .normalize('NFC')
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
}

function bigrams(text: string): Set<string> {
  const s = syllables(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(`${s[i]} ${s[i + 1]}`);
  return out;
}

/** A matcher over a resolution's targets. */
export interface TargetMatcher {
  match(clause: string): Target | undefined;
}

/** Builds a matcher: a target matches when at least half of its name's syllable pairs (and at
 * least two) appear in the clause; the best share wins. */
export function targetMatcher(targets: Target[]): TargetMatcher {
  const named = targets.map((t) => ({ t, grams: bigrams(t.name) }));
  return {
    match(clause: string) {
      const have = bigrams(clause);
      let best: { t: Target; score: number; hits: number } | undefined;
      for (const { t, grams } of named) {
        if (grams.size === 0) continue;
        let hits = 0;
        for (const g of grams) if (have.has(g)) hits++;
        const score = hits / grams.size;
        if (hits < Math.min(2, grams.size) || score < 0.5) continue;
        if (!best || score > best.score || (score === best.score && hits > best.hits))
          best = { t, score, hits };
      }
      return best?.t;
    },
  };
}

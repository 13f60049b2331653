/**
 * Splitting text into sentences and clauses without breaking numbers: "9.710,8" keeps its dot,
 * a sentence ends at ". " / "! " / "? " followed by a capital letter or at the paragraph end.
 */

/** Sentences of the given paragraphs (or of a pasted text split at blank lines and newlines). */
export function splitSentences(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const para of paragraphs) {
    for (const line of para.split(/\n+/)) {
      const parts = line.split(/(?<=[.!?…])\s+(?=[A-ZÀ-ỸĐ"“(])/u);
      for (const s of parts) {
        const t = s.trim();
        if (t) out.push(t);
      }
    }
  }
  return out;
}

/** Clauses of a sentence: split at ";" (reports list several figures in one sentence). */
export function splitClauses(sentence: string): string[] {
  return sentence
    .split(/;\s*/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

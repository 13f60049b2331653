/**
 * The draft checker: every figure of a hand-written report that disagrees with the data (the
 * dossier as evaluated by the core) or with its own arithmetic, with the sentence it stands in.
 */
import type { DossierEvaluation, ResolutionDossier } from '../../core';
import type { DraftFinding } from './types';
import { extractDocxParagraphs } from './extract-text';
import { targetMatcher } from './match-target';
import { splitClauses, splitSentences } from './sentences';
import { checkCounts, checkSums } from './sentence-claims';
import { checkTargetClause } from './target-claims';

export type { DraftFinding } from './types';

/** Checks a draft given as paragraphs (or pasted text: one string, split at line breaks). */
export function checkDraftText(
  text: string | string[],
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
): DraftFinding[] {
  const paragraphs = (Array.isArray(text) ? text : [text]).map((p) => p.normalize('NFC'));
  const matcher = targetMatcher(dossier.targets);
  const byId = new Map(evaluation.targets.map((e) => [e.target.id, e]));
  const findings: DraftFinding[] = [];
  for (const sentence of splitSentences(paragraphs)) {
    findings.push(...checkCounts(sentence, evaluation), ...checkSums(sentence));
    for (const clause of splitClauses(sentence)) {
      // The target is named before its first figure ("Thu ngân sách nhà nước đạt …"); the
      // rest of the clause may name others ("trong đó công nghiệp - xây dựng tăng 11,7%").
      const first = /(?<![\p{L}])(?:đạt|là|còn)\s+\d|\d+(?:[.,]\d+)*\s*%/u.exec(clause);
      // A clause may leave the target implicit ("tốc độ tăng trưởng bình quân … đạt 10,71%"
      // after "tổng giá trị sản xuất …"): then the sentence as a whole names it.
      const target =
        (first ? matcher.match(clause.slice(0, first.index)) : undefined) ??
        matcher.match(clause) ??
        matcher.match(sentence);
      const e = target ? byId.get(target.id) : undefined;
      if (e) findings.push(...checkTargetClause(sentence, clause, e));
    }
  }
  return findings;
}

/** Checks a Word draft (.docx bytes). */
export async function checkDraftDocx(
  bytes: Buffer | Uint8Array,
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
): Promise<DraftFinding[]> {
  return checkDraftText(await extractDocxParagraphs(bytes), dossier, evaluation);
}

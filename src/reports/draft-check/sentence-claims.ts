/**
 * Checks that need no target: totals against their parts ("gồm A, B và C"; "trong đó") and the
 * counts of targets by assessment ("đạt 23/29 chỉ tiêu", "có 9 chỉ tiêu vượt kế hoạch").
 */
import { FIELDS, type Band, type DossierEvaluation, type Field, type Verdict } from '../../core';
import { FIELD_HEADING } from '../assessment-words';
import type { DraftFinding } from './types';
import { expectedText, findNumbers } from './numbers';

const N = String.raw`(\d+(?:[.,]\d+)*)`;
const MONEY_OR_COUNT_UNIT = String.raw`(nghìn tỷ đồng|tỷ đồng|triệu đồng|triệu USD|USD|ha|tấn|người|doanh nghiệp|lượt)`;

/** "Tổng … đạt 8.504 tỷ đồng, gồm A tỷ đồng, B tỷ đồng và C tỷ đồng": the parts must add up
 * ("gồm"), or at least not exceed the total ("trong đó"). */
export function checkSums(sentence: string): DraftFinding[] {
  const out: DraftFinding[] = [];
  const re = new RegExp(
    String.raw`${N}\s*${MONEY_OR_COUNT_UNIT}[^;]*?(bao gồm|gồm|trong đó)[:\s,]([^;]*)`,
    'gu',
  );
  for (const m of sentence.matchAll(re)) {
    const unit = m[2] as string;
    const kind = m[3] as string;
    const total = findNumbers(m[1] as string)[0];
    if (!total) continue;
    const partsText = m[4] as string;
    const parts = [
      ...partsText.matchAll(
        new RegExp(String.raw`${N}\s*${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'gu'),
      ),
    ]
      .map((p) => findNumbers(p[1] as string)[0])
      .filter((p) => p !== undefined);
    if (parts.length < 2) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
    const tolerance =
      0.5 * 10 ** -Math.min(total.decimals, ...parts.map((p) => p.decimals)) * (parts.length + 1);
    const exceeds = sum > total.value + tolerance;
    const differs = Math.abs(sum - total.value) > tolerance;
    if ((kind === 'trong đó' && exceeds) || (kind !== 'trong đó' && differs)) {
      out.push({
        sentence,
        found: `${total.text} ${unit}`,
        expected: `${expectedText(sum, decimals)} ${unit}`,
        reason:
          kind === 'trong đó'
            ? `Các phần "trong đó" cộng lại (${parts.map((p) => p.text).join(' + ')} = ${expectedText(sum, decimals)}) lớn hơn tổng ${total.text} ${unit}.`
            : `Tổng không bằng các phần cộng lại: ${parts.map((p) => p.text).join(' + ')} = ${expectedText(sum, decimals)} ${unit}, không phải ${total.text}.`,
      });
    }
  }
  return out;
}

type Category = { scheme: 'band'; label: Band } | { scheme: 'verdict'; label: Verdict } | { scheme: 'total' };

/** Phrases after (or before) "N chỉ tiêu" and what they count. */
const PHRASES: [RegExp, Category][] = [
  [/^đạt trên 80%/, { scheme: 'band', label: 'above-80' }],
  [/^đạt trên 50%/, { scheme: 'band', label: 'above-50' }],
  [/^đạt dưới 50%/, { scheme: 'band', label: 'below-50' }],
  [/^vượt kế hoạch/, { scheme: 'verdict', label: 'exceed' }],
  [/^hoàn thành kế hoạch/, { scheme: 'verdict', label: 'meet' }],
  [/^(phải )?(phấn đấu|nỗ lực)/, { scheme: 'verdict', label: 'very-high-effort' }],
  [/^(đề nghị )?điều chỉnh/, { scheme: 'verdict', label: 'propose-adjust' }],
  [/^(đã )?đạt sớm/, { scheme: 'verdict', label: 'met-early' }],
  [/^chưa đánh giá được/, { scheme: 'verdict', label: 'not-assessable' }],
  [/^(chủ yếu|nghị quyết đề ra)/, { scheme: 'total' }],
];

function categoryOf(phrase: string): Category | undefined {
  const p = phrase.toLocaleLowerCase('vi-VN').trim();
  return PHRASES.find(([re]) => re.test(p))?.[1];
}

function fieldOf(sentence: string): Field | undefined {
  const s = sentence.toLocaleLowerCase('vi-VN');
  return FIELDS.find((f) => s.includes(`chỉ tiêu ${FIELD_HEADING[f].toLocaleLowerCase('vi-VN')}`));
}

/** Counts of targets stated in a sentence, against the summary (or the field's, when the sentence
 * names a field: "Trong 9 chỉ tiêu về văn hóa - xã hội, …"). */
export function checkCounts(sentence: string, evaluation: DossierEvaluation): DraftFinding[] {
  const out: DraftFinding[] = [];
  const field = fieldOf(sentence);
  const scope = field ? evaluation.summary.byField.find((f) => f.field === field) : evaluation.summary;
  if (!scope) return out;
  const actual = (c: Category): number =>
    c.scheme === 'total'
      ? scope.total
      : c.scheme === 'band'
        ? (scope.bands.find((b) => b.label === c.label)?.count ?? 0)
        : (scope.verdicts.find((v) => v.label === c.label)?.count ?? 0);
  const report = (found: string, expected: number, what: string) =>
    out.push({
      sentence,
      found,
      expected: String(expected),
      reason: `Số chỉ tiêu ${what}: theo dữ liệu là ${expected}.`,
    });

  for (const m of sentence.matchAll(/(\d+)\s*\/\s*(\d+)\s+chỉ tiêu\s*([^,;.]*)/gu)) {
    const [num, den, phrase] = [Number(m[1]), Number(m[2]), m[3] as string];
    if (den !== scope.total) report(`${m[1]}/${m[2]}`, scope.total, 'tổng cộng');
    const c = categoryOf(phrase);
    if (c && c.scheme !== 'total' && actual(c) !== num)
      report(`${m[1]}/${m[2]} chỉ tiêu ${phrase.trim()}`, actual(c), phrase.trim());
  }
  for (const m of sentence.matchAll(/trong (?:tổng )?số\s+(\d+)\s+chỉ tiêu|^trong\s+(\d+)\s+chỉ tiêu/giu)) {
    const n = Number(m[1] ?? m[2]);
    if (n !== scope.total) report(`${n} chỉ tiêu`, scope.total, 'tổng cộng');
  }
  for (const m of sentence.matchAll(/(?<![\d/])(\d+)\s+chỉ tiêu\s+([^,;.]*)/gu)) {
    const c = categoryOf(m[2] as string);
    if (!c || (c.scheme === 'total' && /trong (tổng )?số\s*$/i.test(sentence.slice(0, m.index)))) continue;
    if (actual(c) !== Number(m[1]))
      report(`${m[1]} chỉ tiêu ${(m[2] as string).trim()}`, actual(c), (m[2] as string).trim());
  }
  // "đề nghị điều chỉnh, đưa ra ngoài kế hoạch 1 chỉ tiêu" (count after the phrase)
  for (const m of sentence.matchAll(
    /(đề nghị điều chỉnh, đưa ra ngoài kế hoạch|vượt kế hoạch|hoàn thành kế hoạch)\s+(\d+)\s+chỉ tiêu/gu,
  )) {
    const c = categoryOf(m[1] as string);
    if (c && actual(c) !== Number(m[2])) report(`${m[1]} ${m[2]} chỉ tiêu`, actual(c), m[1] as string);
  }
  return out;
}

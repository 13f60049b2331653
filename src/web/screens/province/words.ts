/** The province view's words, from the dictionary (numbers and rule texts come from the server). */
import type { ApprovalState } from '../../../core';
import { APPROVAL_STATE_VI } from '../../lib/core';
import { formatDayOf } from '../../lib/date-time';
import { getLang, translate } from '../../lib/i18n';
import { EN_APPROVAL_STATES, type viHistory, type viProvince } from '../../lib/messages-province';

/** A word of the province view in the current language, `{name}` placeholders filled from `vars`. */
export function w(key: keyof typeof viProvince, vars?: Record<string, string | number>): string {
  return translate(`province.${key}`, vars);
}

/** The name of an approval state: the core's Vietnamese words, or their English. */
export function stateWord(state: ApprovalState): string {
  return getLang() === 'en' ? EN_APPROVAL_STATES[state] : APPROVAL_STATE_VI[state];
}

/** How many figures a unit entered: the server's Vietnamese words (the core's), or their English
 * from the same counts ("12/14 figures entered, 10 on time"; on time only when a deadline is set). */
export function completenessWords(
  c: { expected: number; entered: number; onTime: number; text: string },
  withDeadline: boolean,
): string {
  if (getLang() !== 'en') return c.text;
  if (c.expected === 0) return 'no figures due';
  const base = `${c.entered}/${c.expected} figures entered`;
  return withDeadline ? `${base}, ${c.onTime} on time` : base;
}

/** The day of an approval step: the server's words ("ngày 05 tháng 02 năm 2024") or dd/mm/yyyy. */
export function decidedWords(approval: { decidedAt?: string; decidedText?: string }): string {
  return getLang() === 'en' ? formatDayOf(approval.decidedAt) : (approval.decidedText ?? '');
}

export type HistoryKey = keyof typeof viHistory;

/** A word of the lineage history panel. */
export function historyWord(key: HistoryKey): string {
  return translate(`history.${key}`);
}

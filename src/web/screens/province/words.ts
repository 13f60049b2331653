/** The province view's words, from the dictionary (numbers and rule texts come from the server). */
import type { ApprovalState } from '../../../core';
import { APPROVAL_STATE_VI } from '../../lib/core';
import { getLang, translate } from '../../lib/i18n';
import { EN_APPROVAL_STATES, type viHistory, type viProvince } from '../../lib/messages-province';

/** A word of the province view in the current language. */
export function w(key: keyof typeof viProvince): string {
  return translate(`province.${key}`);
}

/** The name of an approval state: the core's Vietnamese words, or their English. */
export function stateWord(state: ApprovalState): string {
  return getLang() === 'en' ? EN_APPROVAL_STATES[state] : APPROVAL_STATE_VI[state];
}

export type HistoryKey = keyof typeof viHistory;

/** A word of the lineage history panel. */
export function historyWord(key: HistoryKey): string {
  return translate(`history.${key}`);
}

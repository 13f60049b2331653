/**
 * What a cell of the grid accepts for each kind of target, read by the core's one rule for typed
 * figures (`readFigureText`: numbers "9.710,8", "9,8%" where a percentage is expected, a hedge
 * "trên 5.000", milestones "Đạt"/"Chưa đạt", grades by name, structures "75/20/5") and written
 * back the same way; here only the words of the problems, in the interface's language.
 */
import type { Hedge, Observation, Target } from '../../../core';
import { formatFigure, formatNumberVi, hedged, readFigureText, type FigureTextProblem } from '../../lib/core';
import { translate } from '../../lib/i18n';

export type CellParse =
  { ok: true; value: Observation['value']; hedge?: Hedge } | { ok: false; message: string };

/** Decimals needed to show a raw value in full (never fewer than the target's precision). */
function decimalsOf(value: number, precision: number): number {
  const text = String(value);
  if (/e/i.test(text)) return Math.max(precision, 6);
  const fraction = text.split('.')[1] ?? '';
  return Math.min(Math.max(precision, fraction.length), 6);
}

/** The words of a problem, in the interface's language. */
function problemMessage(problem: FigureTextProblem): string {
  const hint = translate('cellNumberHint');
  switch (problem.code) {
    case 'empty':
      return translate('cellEmpty');
    case 'bad-grouping':
      return translate('cellBadGrouping', { text: problem.text, hint });
    case 'not-a-number':
      return translate('cellNotNumber', { text: problem.text, hint });
    case 'unexpected-percent':
      return translate('cellUnexpectedPercent', { text: problem.text, unit: problem.unit });
    case 'hedge-not-allowed':
      return translate('cellHedgeNotAllowed', { text: problem.text });
    case 'not-a-milestone':
      return `"${problem.text}": ${translate('milestoneHelp')}`;
    case 'not-in-scale':
      return translate('cellNotInScale', { text: problem.text, scale: problem.scale.join('; ') });
    case 'share-count':
      return translate('cellShareCount', { n: problem.expected, names: problem.names.join('/') });
  }
}

/** Reads what was typed in a cell for a target. Empty text is not a figure. */
export function parseCellText(target: Target, raw: string): CellParse {
  const read = readFigureText(target, raw);
  if (!read.ok) return { ok: false, message: problemMessage(read.problem) };
  return read.hedge ? { ok: true, value: read.value, hedge: read.hedge } : { ok: true, value: read.value };
}

/** Writes a stored value for the grid, in full (raw values are never rounded away here), with
 * the hedge it was entered with ("trên 5.000"). */
export function formatCellValue(
  target: Target,
  value: Observation['value'] | undefined,
  hedge?: Hedge,
): string {
  if (value === undefined) return '';
  // A milestone reads the same in the grid, the template and the reports: "Đạt" / "Chưa đạt".
  if (typeof value === 'boolean') return formatFigure(target, value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => formatNumberVi(v, decimalsOf(v, 0))).join('/');
  return hedged(formatNumberVi(value, decimalsOf(value, target.precision)), hedge);
}

/**
 * The core functions the web app uses, in one place: the same numbers, periods and labels as
 * the server and the documents. The core is pure and browser-safe, so it is bundled as is.
 */
export { formatNumberVi, parseNumberVi } from '../../core/vi-number';
export { formatPeriodVi } from '../../core/periods-vi';
export { formatDateVi } from '../../core/vi-date';
export { labelsFor, QUALIFIER_SYMBOLS } from '../../core/labels';
export { verdictCountsLine } from '../../core/narrate';
export { figureKey, figuresInForce, type FigureInForce } from '../../core/values';
export { formatGoal, formatFigure, formatTargetValue, showPercent } from '../../core/present-target';
export { reportTypesFor, type ReportType } from '../../core/report-periods';

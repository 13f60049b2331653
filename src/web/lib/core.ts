/**
 * The core functions the web app uses, in one place: the same numbers, periods and labels as
 * the server and the documents. The core is pure and browser-safe, so it is bundled as is.
 */
export { formatNumberVi, parseNumberVi } from '../../core';
export { formatPeriodVi } from '../../core';
export { labelsFor, QUALIFIER_SYMBOLS } from '../../core';
export { verdictCountsLine } from '../../core';
export { figureKey, figuresInForce, type FigureInForce } from '../../core';
export { APPROVAL_STATE_VI } from '../../core';
export { formatGoal, formatFigure, formatTargetValue, showPercent } from '../../core';
export { reportTypesFor, type ReportType } from '../../core';
export { compareRedFirst } from '../../core';
export { recogniseTargets, draftAsTarget, type RecognisedTarget } from '../../core';
export { parseShortDateVi, formatShortDateVi } from '../../core';
export { parsePeriod } from '../../core';
export { readFigureText, hedged, type FigureTextProblem } from '../../core';
export { recognisePlans, formatQuantityVi } from '../../core';

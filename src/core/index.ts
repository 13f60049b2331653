/**
 * Public API of the core: pure functions over the domain model, no I/O and no clock.
 * Import from `src/core` only (not from the files inside).
 */
export * from './model';
export * from './evaluation-types';
export * from './periods';
export * from './periods-vi';
export * from './vi-number';
export * from './vi-date';
export * from './labels';
export * from './config';
export { defaultAggregation, isMoneyUnit, yearFromParts } from './aggregation';
export {
  compareSupersession,
  bestFor,
  figureKey,
  figuresInForce,
  type FigureInForce,
  historyFor,
  selectLatest,
  numericValue,
  yearValues,
  amountsSoFar,
} from './values';
export {
  compoundGrowth,
  averageOfRates,
  growthFactor,
  requiredGrowth,
  requiredGrowthFromFactors,
} from './growth';
export {
  meetsGoal,
  exceedsGoal,
  isGoalAtBound,
  goalRatio,
  ratioPercent,
  isGap,
  qualifiedVi,
} from './goal-check';
export { comparePlans, yearOnYear, compareBenchmarks } from './comparisons';
export { sdgProgress, sdgCategory, type SdgInput } from './sdg';
export {
  bandOf,
  suggestBand,
  suggestVerdict,
  suggestLight,
  finalAssessment,
  sortRedFirst,
  compareRedFirst,
  LIGHT_ORDER,
  bandLabel,
  type VerdictInput,
} from './assessment';
export { evaluateTarget, goalInForce, chooseForecast, type TargetInputs } from './evaluate-target';
export { evaluateDossier, type EvaluateOptions } from './evaluate';
export { summarize, countOf, summarizePlans, type PlanSummary } from './summarize';
export {
  narrate,
  narrateBands,
  narrateVerdicts,
  narratePlans,
  bandHeadlineVi,
  verdictCountsLine,
} from './narrate';
export { FlowLedger, spanCode, type FlowAmount } from './flow-ledger';
export { expectedPace } from './pace';
export { narrateTarget } from './narrate-target';
export { nameWithPeriod, lowerFirst, joinVi, hedged } from './narrate-parts';
export {
  readFigureText,
  measuredInPercent,
  HEDGE_WORDS,
  MILESTONE_WORDS,
  MILESTONE_YES_WORDS,
  MILESTONE_NO_WORDS,
  type FigureTextReading,
  type FigureTextProblem,
  type FigureTextOptions,
} from './figure-text';
export { rankUnits, type UnitValue, type RankedUnit } from './rank-units';
export {
  measureOf,
  unitScale,
  conversionFactor,
  GROWTH_RATE_UNIT,
  type MeasureKey,
  type MeasureQuantity,
  type MeasureCoverage,
} from './compare-measure';
export {
  compareUnits,
  isAdditiveMeasure,
  type CompareUnitInput,
  type CompareParentInput,
  type CompareUnitsInput,
  type WeightIndicator,
  type ComparedUnit,
  type ExcludedUnit,
  type ExclusionReason,
  type ComparisonReference,
  type ReferenceMethod,
  type PlainMeanCause,
  type UnitComparison,
} from './compare-units';
export {
  phraseComparison,
  comparisonRule,
  rankPhrase,
  relationPhrase,
  referenceLabel,
  exclusionPhrase,
  measurePhrase,
  formatMeasureValue,
  scopeNounVi,
  type ComparisonTexts,
} from './compare-phrase';
export { defaultAsOf } from './default-as-of';
export {
  viewTarget,
  isApprovedFigure,
  formatGoal,
  goalWords,
  formatFigure,
  formatTargetValue,
  showNumber,
  showPercent,
  percentRule,
  changesInPoints,
  type TargetView,
  type ShownNumber,
} from './present-target';
export * from './tasks';
export { REPORT_TYPES, reportTypeFits, reportTypesFor, type ReportType } from './report-periods';
export {
  rollupRuleOf,
  rollUp,
  phraseRollup,
  type RollupRule,
  type RollupPart,
  type RollupResult,
} from './rollup';
export {
  countMet,
  completenessVi,
  expectsFigure,
  periodCompleteness,
  type MetCount,
  type PeriodCompleteness,
  type TimedObservation,
} from './unit-progress';
export {
  APPROVAL_STATES,
  APPROVAL_ACTIONS,
  APPROVAL_STATE_VI,
  nextApprovalState,
  approvalLevel,
  needsReason,
  isLockedState,
  lockingPeriod,
  correctionPeriod,
  changedSinceApprovalVi,
  type ApprovalState,
  type ApprovalAction,
  type PeriodApprovalState,
} from './approval';
export {
  buildProvinceGrid,
  compareRowsRedFirst,
  type ProvinceGrid,
  type GridColumn,
  type GridRow,
  type GridCell,
  type GridUnitInput,
} from './province-grid';
export {
  recogniseTargets,
  readStatement,
  splitStatements,
  draftAsTarget,
  termOfList,
  termContaining,
  type RecognisedTarget,
  type RecognisedPart,
  type RecognisedList,
  type RecogniseOptions,
  recognisePlans,
  recognisedAsPlan,
  type RecognisedPlan,
  type RecognisedPlanList,
  type RecognisePlansOptions,
  type PlanDoubt,
} from './recognise';
export { yearSeries, type YearSeries } from './year-series';
export { rollUpSeries, type SeriesPart, type SeriesYear } from './rollup-series';

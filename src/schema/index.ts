/**
 * Validation at the edges: the interchange format `vedich/1` and the schema pieces the HTTP API
 * and importers reuse. Every problem is reported with its path and a Vietnamese reason.
 */
export * from './primitives.schema';
export { targetSchema, targetGoalSchema, GOAL_TYPE_BY_KIND, checkGoal } from './target.schema';
export {
  observationSchema,
  observationInputSchema,
  observationValueSchema,
  planSchema,
  benchmarkSchema,
  adjustmentSchema,
  scenarioSchema,
  overrideSchema,
} from './records.schema';
export {
  INTERCHANGE_FORMAT,
  unitRefSchema,
  issuerSchema,
  congressSchema,
  sourceSchema,
  interchangeDocumentSchema,
  bundledDocumentSchema,
  interchangeBundleSchema,
  interchangeFileSchema,
  type InterchangeDocument,
  type InterchangeBundle,
  type InterchangeFile,
} from './dossier.schema';
export { checkDocument, checkValue } from './cross-checks';
export {
  parseInterchange,
  parseInterchangeText,
  toDossier,
  toInterchange,
  type ParseInterchangeResult,
  type DocumentFacts,
} from './parse-interchange';
export { viErrorMap, toIssues, makeIssue, formatPath, describePath } from './vi-messages';
export { buildJsonSchema } from './json-schema';

/**
 * The answers of the HTTP API, one schema per answer: the routes declare them as
 * `schema.response` (validated in tests, published in /api/openapi.json) and the web app takes
 * its types from them (`import type`, so zod stays out of the browser bundle).
 */
export * from './account.schema';
export * from './core-types.schema';
export * from './figures.schema';
export * from './import.schema';
export * from './resolution.schema';
export * from './system.schema';
export * from './unit.schema';
export * from './tasks.schema';

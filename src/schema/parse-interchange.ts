/**
 * Reading an interchange file: validates it and returns the resolutions it holds, or every
 * problem with its JSON path and a Vietnamese reason.
 */
import type { ResolutionDossier } from '../core';
import type { Issue } from '../services/app-error';
import {
  INTERCHANGE_FORMAT,
  congressSchema,
  interchangeBundleSchema,
  interchangeDocumentSchema,
  issuerSchema,
  unitRefSchema,
  type BundledDocument,
} from './dossier.schema';
import {
  adjustmentSchema,
  benchmarkSchema,
  observationSchema,
  overrideSchema,
  planSchema,
  scenarioSchema,
} from './records.schema';
import { targetSchema } from './target.schema';
import { makeIssue, toIssues, viErrorMap } from './vi-messages';

/** Facts about a document of the file that are not part of the resolution. */
export interface DocumentFacts {
  illustrative: boolean;
  notes: string[];
  sources: { title: string; url?: string; date?: string }[];
}

export type ParseInterchangeResult =
  { ok: true; dossiers: ResolutionDossier[]; facts: DocumentFacts[] } | { ok: false; issues: Issue[] };

/** Validates parsed JSON (one document or a bundle) and returns its dossiers, in file order. */
export function parseInterchange(json: unknown): ParseInterchangeResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      ok: false,
      issues: [makeIssue([], `tệp phải là một đối tượng JSON có trường "format": "${INTERCHANGE_FORMAT}"`)],
    };
  }
  const record = json as Record<string, unknown>;
  if (record.format !== INTERCHANGE_FORMAT) {
    const got =
      record.format === undefined ? 'không có trường "format"' : `nhận được ${JSON.stringify(record.format)}`;
    return { ok: false, issues: [makeIssue(['format'], `phải là "${INTERCHANGE_FORMAT}" (${got})`)] };
  }
  if ('documents' in record) {
    const parsed = interchangeBundleSchema.safeParse(json, { error: viErrorMap });
    if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
    const bundleIllustrative = parsed.data.illustrative ?? false;
    return {
      ok: true,
      dossiers: parsed.data.documents.map(toDossier),
      facts: parsed.data.documents.map((document) => toFacts(document, bundleIllustrative)),
    };
  }
  const parsed = interchangeDocumentSchema.safeParse(json, { error: viErrorMap });
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
  return { ok: true, dossiers: [toDossier(parsed.data)], facts: [toFacts(parsed.data, false)] };
}

/** Parses JSON text first, reporting a syntax error in Vietnamese. */
export function parseInterchangeText(text: string): ParseInterchangeResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [makeIssue([], `không phải JSON hợp lệ (${detail})`)] };
  }
  return parseInterchange(json);
}

/** The dossier of a validated document: the file's own facts dropped, absent lists empty. */
export function toDossier(document: BundledDocument): ResolutionDossier {
  return {
    unit: document.unit,
    issuer: document.issuer,
    congress: document.congress,
    title: document.title,
    targets: document.targets,
    observations: document.observations ?? [],
    plans: document.plans ?? [],
    benchmarks: document.benchmarks ?? [],
    adjustments: document.adjustments ?? [],
    scenarios: document.scenarios ?? [],
    overrides: document.overrides ?? [],
  };
}

function toFacts(document: BundledDocument, inheritedIllustrative: boolean): DocumentFacts {
  return {
    illustrative: document.illustrative ?? inheritedIllustrative,
    notes: document.notes ?? [],
    sources: document.sources ?? [],
  };
}

/** Writes dossiers as an interchange file: one document, or a bundle when there are several.
 * Only the fields of the format are written (a dossier loaded from the database may carry more,
 * and absent values may be null there), so that the file reads back with `parseInterchange`. */
export function toInterchange(dossiers: ResolutionDossier[], facts: Partial<DocumentFacts> = {}): object {
  const extra = {
    ...(facts.illustrative !== undefined ? { illustrative: facts.illustrative } : {}),
    ...(facts.notes?.length ? { notes: facts.notes } : {}),
    ...(facts.sources?.length ? { sources: facts.sources } : {}),
  };
  const documents = dossiers.map(cleanDossier);
  if (documents.length === 1 && documents[0])
    return { format: INTERCHANGE_FORMAT, ...extra, ...documents[0] };
  return { format: INTERCHANGE_FORMAT, ...extra, documents };
}

type Shape = { shape: Record<string, unknown> };

/** Keeps the keys a schema object knows, without null or undefined values. */
function pick(record: object, schema: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key in schema.shape && value !== null && value !== undefined) {
      out[key] = value instanceof Date ? value.toISOString() : value;
    }
  }
  return out;
}

function cleanDossier(dossier: ResolutionDossier): Record<string, unknown> {
  return {
    unit: pick(dossier.unit, unitRefSchema),
    issuer: pick(dossier.issuer, issuerSchema),
    congress: pick(dossier.congress, congressSchema),
    title: dossier.title,
    targets: dossier.targets.map((target) => pick(target, targetSchema)),
    observations: dossier.observations.map((observation) => pick(observation, observationSchema)),
    plans: dossier.plans.map((plan) => pick(plan, planSchema)),
    benchmarks: dossier.benchmarks.map((benchmark) => pick(benchmark, benchmarkSchema)),
    adjustments: dossier.adjustments.map((adjustment) => pick(adjustment, adjustmentSchema)),
    scenarios: dossier.scenarios.map((scenario) => pick(scenario, scenarioSchema)),
    overrides: dossier.overrides.map((override) => pick(override, overrideSchema)),
  };
}

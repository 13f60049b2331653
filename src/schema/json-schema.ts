/** The JSON Schema of the interchange format, generated from the zod schema (one source). */
import { z } from 'zod';
import { format, resolveConfig } from 'prettier';
import {
  bundledDocumentSchema,
  congressSchema,
  interchangeFileSchema,
  issuerSchema,
  sourceSchema,
  unitRefSchema,
} from './dossier.schema';
import {
  adjustmentSchema,
  benchmarkSchema,
  observationSchema,
  overrideSchema,
  planSchema,
  scenarioSchema,
} from './records.schema';
import { targetGoalSchema, targetSchema } from './target.schema';

/** Pieces written once under `$defs` with a readable name. */
const NAMED: [z.ZodType, string][] = [
  [unitRefSchema, 'UnitRef'],
  [issuerSchema, 'Issuer'],
  [congressSchema, 'Congress'],
  [sourceSchema, 'Source'],
  [targetSchema, 'Target'],
  [targetGoalSchema, 'TargetGoal'],
  [observationSchema, 'Observation'],
  [planSchema, 'Plan'],
  [benchmarkSchema, 'Benchmark'],
  [adjustmentSchema, 'Adjustment'],
  [scenarioSchema, 'Scenario'],
  [overrideSchema, 'AssessmentOverride'],
  [bundledDocumentSchema, 'BundledDocument'],
];

/**
 * Runs `fn` with the named pieces carrying an `id` in zod's global registry, then restores it.
 * The ids are not set for good: other JSON Schemas built from these pieces (the OpenAPI document)
 * would then refer to `#/$defs/…` that only exist inside each piece's own schema.
 */
function withIds<T>(fn: () => T): T {
  const saved = NAMED.map(([schema]) => z.globalRegistry.get(schema));
  NAMED.forEach(([schema, id], index) => {
    z.globalRegistry.remove(schema);
    z.globalRegistry.add(schema, { ...saved[index], id });
  });
  try {
    return fn();
  } finally {
    NAMED.forEach(([schema], index) => {
      z.globalRegistry.remove(schema);
      const meta = saved[index];
      if (meta) z.globalRegistry.add(schema, meta);
    });
  }
}

/** The JSON Schema (draft 2020-12) of a `vedich/1` file. Cross-field checks (references to
 * targets, value types per kind) are not expressible there and live in `parseInterchange`. */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = withIds(() =>
    z.toJSONSchema(interchangeFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  );
  return { ...schema, $id: 'https://vedich.example/schema/vedich-1.json' };
}

/** The committed file's text, formatted as the repository's prettier formats JSON. */
export async function jsonSchemaText(filePath: string): Promise<string> {
  const options = (await resolveConfig(filePath)) ?? {};
  return format(JSON.stringify(buildJsonSchema(), null, 2), { ...options, filepath: filePath });
}

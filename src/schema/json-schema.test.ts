import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildJsonSchema, jsonSchemaText } from './json-schema';
import { targetSchema } from './target.schema';

const schemaPath = fileURLToPath(new URL('../../docs/interchange.schema.json', import.meta.url));
const examplesDir = new URL('../../examples/', import.meta.url);

describe('docs/interchange.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema:json`)', async () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(await jsonSchemaText(schemaPath));
  });

  it('accepts every example and rejects a broken one', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(buildJsonSchema());
    for (const name of readdirSync(examplesDir).filter((n) => n.endsWith('.json'))) {
      const valid = validate(JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')));
      expect({ name, errors: validate.errors ?? null, valid }).toEqual({ name, errors: null, valid: true });
    }
    expect(validate({ format: 'vedich/1', targets: 'none' })).toBe(false);
  });
});

describe('buildJsonSchema', () => {
  it('names the main pieces under $defs and leaves the schemas themselves without ids', () => {
    const defs = Object.keys((buildJsonSchema().$defs ?? {}) as Record<string, unknown>);
    expect(defs).toEqual(expect.arrayContaining(['Target', 'TargetGoal', 'Observation', 'Plan', 'UnitRef']));
    const alone = z.toJSONSchema(targetSchema, { io: 'input', unrepresentable: 'any' });
    expect(alone.$defs).toBeUndefined();
  });
});

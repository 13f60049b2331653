/** The JSON Schema of the interchange format, generated from the zod schema (one source). */
import { z } from 'zod';
import { format, resolveConfig } from 'prettier';
import { interchangeFileSchema } from './dossier.schema';

/** The JSON Schema (draft 2020-12) of a `vedich/1` file. Cross-field checks (references to
 * targets, value types per kind) are not expressible there and live in `parseInterchange`. */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(interchangeFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
  });
  return { ...schema, $id: 'https://vedich.example/schema/vedich-1.json' };
}

/** The committed file's text, formatted as the repository's prettier formats JSON. */
export async function jsonSchemaText(filePath: string): Promise<string> {
  const options = (await resolveConfig(filePath)) ?? {};
  return format(JSON.stringify(buildJsonSchema(), null, 2), { ...options, filepath: filePath });
}

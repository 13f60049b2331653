/** Writes docs/interchange.schema.json from the zod schema (`npm run schema:json`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from './json-schema';

const JSON_SCHEMA_PATH = fileURLToPath(new URL('../../docs/interchange.schema.json', import.meta.url));

writeFileSync(JSON_SCHEMA_PATH, await jsonSchemaText(JSON_SCHEMA_PATH));
console.log(`Đã ghi ${JSON_SCHEMA_PATH}`);

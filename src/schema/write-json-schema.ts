/** Writes docs/interchange.schema.json from the zod schema (`npm run schema:json`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from './json-schema';

const target = fileURLToPath(new URL('../../docs/interchange.schema.json', import.meta.url));
writeFileSync(target, jsonSchemaText());
console.log(`Đã ghi ${target}`);

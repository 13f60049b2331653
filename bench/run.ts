/**
 * `npm run bench`: runs every `bench/*.bench.ts` module's exported `bench*` functions and prints
 * one line per result (ratio against its in-run baseline, with absolute times), then writes
 * them to test-output/bench.json.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './measure';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];

const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const results: BenchResult[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(here, file)).href)) as Record<string, unknown>;
  for (const [name, fn] of Object.entries(module)) {
    if (!name.startsWith('bench') || typeof fn !== 'function') continue;
    const produced = (await (fn as () => Promise<BenchResult[]>)()) ?? [];
    for (const r of produced) {
      results.push(r);
      const details = Object.entries(r.details)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      console.log(`${r.name}: ${r.ratio.toFixed(2)}x ${r.baselineName} (${details})`);
    }
  }
}
await mkdir('test-output', { recursive: true });
await writeFile('test-output/bench.json', JSON.stringify(results, null, 2));
console.log(`${results.length} kết quả đo, ghi tại test-output/bench.json`);

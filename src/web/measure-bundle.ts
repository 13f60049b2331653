/**
 * Measures what the browser downloads on first load: the entry chunk, its static imports and
 * the stylesheet, raw and gzip, from the Vite manifest of dist/web. Lazy screens are listed
 * apart. Run after `npm run build:web`: `node bin/run-ts.js src/web/measure-bundle.ts [--json]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  initial: FileSize[];
  lazy: FileSize[];
  initialRaw: number;
  initialGzip: number;
}

function sizeOf(root: string, file: string): FileSize {
  const bytes = readFileSync(path.join(root, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Reads the manifest of a build folder and sizes the first-load files and the lazy chunks. */
export function measureBundle(root: string): BundleReport {
  const manifest = JSON.parse(readFileSync(path.join(root, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const initialKeys = new Set<string>();
  const visit = (key: string) => {
    if (initialKeys.has(key)) return;
    initialKeys.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const initialFiles = new Set<string>();
  for (const key of initialKeys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    initialFiles.add(chunk.file);
    for (const css of chunk.css ?? []) initialFiles.add(css);
  }
  const lazyFiles = new Set(
    Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => !initialFiles.has(file) && file.endsWith('.js')),
  );
  const initial = [...initialFiles].map((file) => sizeOf(root, file));
  const lazy = [...lazyFiles].map((file) => sizeOf(root, file));
  return {
    initial,
    lazy,
    initialRaw: initial.reduce((s, f) => s + f.raw, 0),
    initialGzip: initial.reduce((s, f) => s + f.gzip, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = fileURLToPath(new URL('../../dist/web', import.meta.url));
  const report = measureBundle(root);
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log('Tải lần đầu (first load):');
    for (const f of report.initial)
      console.log(`  ${f.file.padEnd(44)} ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
    console.log(
      `  ${'tổng'.padEnd(44)} ${kb(report.initialRaw).padStart(10)}  gzip ${kb(report.initialGzip).padStart(9)}`,
    );
    console.log('Tải khi mở màn hình (lazy):');
    for (const f of report.lazy)
      console.log(`  ${f.file.padEnd(44)} ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
  }
}

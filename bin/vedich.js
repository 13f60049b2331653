#!/usr/bin/env node
// Entry of the `vedich` command: runs the compiled server (dist/vedich.mjs, `npm run
// build:server`) while it is newer than every source file, else the TypeScript sources through
// tsx's loader, so a stale build never runs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist/vedich.mjs');

/** The newest modification time of the server's sources (the web app is built on its own). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(ROOT, 'src/web')) newest = Math.max(newest, newestSource(full));
    } else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs > newestSource(path.join(ROOT, 'src'))) {
  // Stack traces name the TypeScript sources.
  process.setSourceMapsEnabled(true);
  await import('../dist/vedich.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

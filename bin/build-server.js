#!/usr/bin/env node
// `npm run build:server`: the server and command line compiled into one JavaScript file,
// dist/vedich.mjs, so a start does not transform TypeScript (about half of a start's time).
// Packages stay outside the bundle. Each source file's `import.meta.url` is rewritten to that
// file's own place in the source tree, so paths it resolves (migrations, examples, dist/web,
// worker entries) are the same as when the sources run through tsx. bin/vedich.js runs the
// bundle only while it is newer than every source file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Replaces `import.meta.url` in every source file by its own URL under the project root. */
const sourceRelativeMetaUrl = {
  name: 'source-relative-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      if (contents.includes('import.meta.url')) {
        const relative = path.relative(ROOT, args.path).split(path.sep).join('/');
        contents = contents.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(relative)}, VEDICH_ROOT_URL).href`,
        );
      }
      return { contents, loader: 'ts' };
    });
  },
};

await build({
  entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
  outfile: path.join(ROOT, 'dist/vedich.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  // The bundle lives in dist/, one folder below the root.
  banner: { js: "const VEDICH_ROOT_URL = new URL('../', import.meta.url);" },
  plugins: [sourceRelativeMetaUrl],
});

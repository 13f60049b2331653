/**
 * A new embedded database starts from a kept copy of a freshly initialised cluster instead of
 * running initdb again: loading the copy takes about a tenth of initdb's time (1,3 s against
 * 10,9 s measured on a loaded 2-core machine). The copy is made the first time a new database is
 * initialised, before anything is written to it, and kept per PGlite version under
 * node_modules/.cache/vedich (`VEDICH_CLUSTER_CACHE` overrides the folder), so it is exactly what
 * initdb of that version makes. Migrations are not in it: they run on every new database as before.
 * Other clusters may be kept under a name of their own (the tests keep a migrated one, named by
 * the migrations it holds: test/databases.ts).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The installed PGlite's version (its package.json, beside its dist folder). */
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The name of the cluster initdb makes. */
export const INITDB_CLUSTER = 'initdb';

function cacheFile(name: string): string {
  if (!/^[a-z0-9-]{1,80}$/.test(name)) throw new Error(`bad cluster name ${name}`);
  const dir =
    process.env.VEDICH_CLUSTER_CACHE ?? path.join(process.cwd(), 'node_modules', '.cache', 'vedich');
  return path.join(dir, `pglite-${pgliteVersion()}-${name}.tar`);
}

/** The kept cluster of that name (default: the freshly initialised one), if there is one. */
export async function keptCluster(name = INITDB_CLUSTER): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(cacheFile(name))]);
  } catch {
    return undefined;
  }
}

/** Keeps a cluster under a name (default: the freshly initialised one, dumped before anything is
 * written to it). Best effort: a folder that cannot be written only means the next new database
 * starts the long way too. */
export async function keepCluster(dump: Blob, name = INITDB_CLUSTER): Promise<void> {
  try {
    const file = cacheFile(name);
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside, then renamed: a reader never sees half a file, whoever writes it last.
    const partial = `${file}.${process.pid}.${Date.now()}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
  } catch {
    // See above.
  }
}

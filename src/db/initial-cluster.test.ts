import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { migrate } from './migrate';

describe('a new embedded database starts from the kept initialised cluster', () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'vedich-cluster-'));
  const data = mkdtempSync(path.join(tmpdir(), 'vedich-data-'));
  const previous = process.env.VEDICH_CLUSTER_CACHE;
  process.env.VEDICH_CLUSTER_CACHE = cache;
  afterAll(() => {
    if (previous === undefined) delete process.env.VEDICH_CLUSTER_CACHE;
    else process.env.VEDICH_CLUSTER_CACHE = previous;
    rmSync(cache, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });

  const settings = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
    db.query<{ encoding: string; collate: string; version: string }>(
      `select current_setting('server_encoding') as encoding, datcollate as collate,
              current_setting('server_version') as version
       from pg_database where datname = current_database()`,
    );

  it('keeps the first one initialised, and a database made from it is the same and takes the migrations', async () => {
    const first = await openDatabase();
    const made = await settings(first);
    await first.close();
    expect(readdirSync(cache).filter((f) => f.endsWith('-initdb.tar'))).toHaveLength(1);

    const inFolder = path.join(data, 'one');
    const second = await openDatabase({ dataDir: inFolder });
    expect(await settings(second)).toEqual(made);
    await migrate(second);
    await second.exec(
      "insert into units (id, code, name, level) values ('u1', '38', 'tỉnh Thanh Hóa', 'province')",
    );
    await second.close();
    expect(existsSync(path.join(inFolder, 'PG_VERSION'))).toBe(true);

    // The folder is a database of its own: opened again, it is not replaced by the kept cluster.
    const reopened = await openDatabase({ dataDir: inFolder });
    expect(await reopened.query<{ n: number }>('select count(*)::int as n from units')).toEqual([{ n: 1 }]);
    await reopened.close();
  });
});

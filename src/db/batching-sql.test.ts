/** Dossiers loaded through the batching Sql are exactly those loaded one by one, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { SYSTEM_ACTOR } from '../services/app-error';
import { loadDemo } from '../services/demo/demo.service';
import { loadDossier } from '../services/dossier.service';
import { batchingSql } from './batching-sql';

describe.each(BACKENDS)('batchingSql (%s)', (backend) => {
  let t: TestDatabase;
  let ids: string[];
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await loadDemo(t.db, SYSTEM_ACTOR);
    ids = (await t.db.query<{ id: string }>('select id from resolutions order by id')).map((r) => r.id);
  });
  afterAll(async () => t.close());

  it('loads every demo dossier as loadDossier does, in one statement per kind of query', async () => {
    const one = [];
    for (const id of ids) one.push(await loadDossier(t.db, id));
    let statements = 0;
    const counting = {
      query: <R>(text: string, params?: readonly unknown[]) => {
        statements++;
        return t.db.query<R>(text, params);
      },
      exec: (text: string) => t.db.exec(text),
    };
    const batched = batchingSql(counting, new Set(ids));
    const many = await Promise.all(ids.map((id) => loadDossier(batched, id)));
    expect(many).toEqual(one);
    expect(ids.length).toBeGreaterThan(30);
    expect(statements).toBeLessThanOrEqual(20);
  });

  it('passes other queries through and reports errors to every caller', async () => {
    const batched = batchingSql(t.db, new Set(['a', 'b']));
    expect(await batched.query<{ n: number }>('select 1 as n')).toEqual([{ n: 1 }]);
    const failing = [
      batched.query('select nope from resolutions where id = $1', ['a']),
      batched.query('select nope from resolutions where id = $1', ['b']),
    ];
    for (const f of failing) await expect(f).rejects.toBeTruthy();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';

describe.each(BACKENDS)('database on %s Postgres', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
  });
  afterAll(() => t.close());

  it('returns the same JavaScript types on both backends', async () => {
    const [row] = await t.db.query<Record<string, unknown>>(
      "select 9710.80::numeric as n, 12345678901::bigint as b, '2023-07-26'::date as d, '{\"a\":1}'::jsonb as j",
    );
    expect(row).toEqual({ n: '9710.80', b: 12345678901, d: '2023-07-26', j: { a: 1 } });
  });

  it('rolls a failed transaction back whole', async () => {
    await t.db.exec('create table t_roll (x int)');
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query('insert into t_roll values (1)');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await t.db.query('select * from t_roll')).toEqual([]);
  });

  it('records the migrations it ran', async () => {
    const rows = await t.db.query<{ name: string }>('select name from schema_migrations');
    expect(Array.isArray(rows)).toBe(true);
  });
});

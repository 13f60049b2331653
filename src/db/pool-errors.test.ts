/**
 * A PostgreSQL server that ends idle connections (a restart, pg_terminate_backend) must not
 * crash the process: the pool drops them and the next query opens a new one.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase, SERVER_URL, type TestDatabase } from '../../test/databases';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('server', { migrated: false });
});
afterAll(async () => database.close());

it('survives the server ending its idle connections', async () => {
  // Several idle connections in the pool.
  await Promise.all(Array.from({ length: 4 }, () => database.db.query('select pg_sleep(0.05)')));
  const name = new URL(database.url ?? '').pathname.slice(1);
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  const killed = await admin.query(
    'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [name],
  );
  await admin.end();
  expect(killed.rowCount).toBeGreaterThan(0);
  // Give the pool time to hear of it; an unheard 'error' event would fail the run here.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await database.db.query<{ n: number }>('select 1 as n')).toEqual([{ n: 1 }]);
});

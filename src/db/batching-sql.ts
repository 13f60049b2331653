/**
 * Loads many resolutions' data with one statement per kind of query instead of one per
 * resolution: an `Sql` that collects the queries issued at the same time whose first parameter
 * is one of the given keys (a resolution id), runs each distinct query once for all the keys
 * (`unnest($1::text[]) cross join lateral (the query with $1 = the key)`, the query's own order
 * kept), and gives each caller its own rows. The callers are the ordinary loaders
 * (`loadDossier`), unchanged: the province view loads 559 dossiers in 14 statements, not 7.826,
 * with the same code that loads one. Queries whose first parameter is not a key go through as
 * they are.
 */
import type { Sql } from './database';

interface Waiter {
  key: string;
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  text: string;
  rest: readonly unknown[];
  waiters: Waiter[];
}

const FIRST_PARAM = /\$1(?!\d)/g;

/** An Sql over `db` that batches the queries keyed by one of `keys` (see the module comment). */
export function batchingSql(db: Sql, keys: ReadonlySet<string>): Sql {
  let pending = new Map<string, Batch>();
  let scheduled = false;

  const run = async (batch: Batch) => {
    const ids = [...new Set(batch.waiters.map((w) => w.key))];
    const text = `select x.__key, q.* from unnest($1::text[]) with ordinality as x(__key, __o)
      cross join lateral (select row_number() over () as __n, s.* from (${batch.text.replace(FIRST_PARAM, 'x.__key')}) s) q
      order by x.__o, q.__n`;
    try {
      const rows = await db.query<Record<string, unknown>>(text, [ids, ...batch.rest]);
      const byKey = new Map<string, Record<string, unknown>[]>();
      for (const row of rows) {
        const { __key, __n: _n, ...rest } = row;
        const key = String(__key);
        const list = byKey.get(key);
        if (list) list.push(rest);
        else byKey.set(key, [rest]);
      }
      for (const w of batch.waiters) w.resolve(byKey.get(w.key) ?? []);
    } catch (error) {
      for (const w of batch.waiters) w.reject(error);
    }
  };

  const flush = () => {
    scheduled = false;
    const batches = [...pending.values()];
    pending = new Map();
    for (const b of batches) void run(b);
  };

  return {
    query<R = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<R[]> {
      const key = params[0];
      FIRST_PARAM.lastIndex = 0;
      if (
        typeof key !== 'string' ||
        !keys.has(key) ||
        !FIRST_PARAM.test(text) ||
        /\bfor\s+(update|share)\b/i.test(text)
      )
        return db.query<R>(text, params);
      const rest = params.slice(1);
      const signature = `${text}\u0000${JSON.stringify(rest)}`;
      return new Promise<R[]>((resolve, reject) => {
        let batch = pending.get(signature);
        if (!batch) pending.set(signature, (batch = { text, rest, waiters: [] }));
        batch.waiters.push({ key, resolve: resolve as (rows: Record<string, unknown>[]) => void, reject });
        if (!scheduled) {
          scheduled = true;
          // Every loader waiting on the previous batch issues its next query first.
          setImmediate(flush);
        }
      });
    },
    exec: (text) => db.exec(text),
  };
}

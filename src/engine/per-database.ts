/** One instance per database handle in this process, made on first use (the engine's memory and
 * change tracking belong to the database they follow). */
import type { Sql } from '../db/database';

/** `make(db)` once per database handle; later calls get the same instance. */
export function perDatabase<T>(make: (db: Sql) => T): (db: Sql) => T {
  const made = new WeakMap<Sql, T>();
  return (db) => {
    let instance = made.get(db);
    if (instance === undefined) {
      instance = make(db);
      made.set(db, instance);
    }
    return instance;
  };
}

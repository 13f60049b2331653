/**
 * A resolution's figures are read through the figures' index whatever else the table holds: with
 * other units' targets holding many figures each (the planner then expects many rows per target),
 * the read must not turn into a scan of the whole table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { saveTestDossier } from '../../test/factories';
import { addStoredFigures } from '../../bench/stored-figures';
import type { Sql } from './database';
import { selectResolutionObservations } from './observation.repository';

describe.each(BACKENDS)('reading one resolution’s figures in a large table (%s)', (backend) => {
  let t: TestDatabase;
  let resolutionId: string;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    resolutionId = (await saveTestDossier(t.db)).resolutionId;
    // 120 targets of 3 other communes with about 830 figures each (bench/stored-figures.ts):
    // the planner expects hundreds of rows per target.
    await addStoredFigures(t.db, 100_000, 3);
    await t.db.exec('analyze');
  });
  afterAll(async () => t.close());

  it('uses the index, not a scan of every figure', async () => {
    const asked: { text: string; params: readonly unknown[] }[] = [];
    const recording: Sql = {
      query: (text, params) => {
        asked.push({ text, params: params ?? [] });
        return t.db.query(text, params);
      },
      exec: (text) => t.db.exec(text),
    };
    const figures = await selectResolutionObservations(recording, resolutionId);
    expect(figures.length).toBeGreaterThan(0);
    const [read] = asked;
    const plan = (await t.db.query<Record<string, string>>(`explain ${read?.text}`, read?.params))
      .map((row) => Object.values(row)[0])
      .join('\n');
    expect(plan, plan).not.toMatch(/Seq Scan on observation_revisions/);
  });
});

/**
 * The stored figures an import checks the file against are read target by target, a page at a
 * time; they are exactly the figures in force of the stored resolution as `loadDossier` has them
 * (official before estimate, deleted figures gone), on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { loadDossier, saveDossier } from '../services/dossier.service';
import { recordObservations, type ObservationInput } from '../services/observation.service';
import { figuresInForceOf } from './import.service';

describe.each(BACKENDS)('the stored figures of an import on %s Postgres', (backend) => {
  let t: TestDatabase;
  let resolutionId: string;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    resolutionId = await saveDossier(t.db, TEST_ACTOR, buildDossier());
  });
  afterAll(() => t.close());

  it('are the figures in force loadDossier reads, over several pages', async () => {
    const { targets } = await loadDossier(t.db, resolutionId);
    const [first, second] = targets;
    if (!first || !second) throw new Error('the test dossier has two targets');
    // More revisions of one target than a first page holds, estimates and officials mixed.
    const items: ObservationInput[] = [];
    for (let n = 0; n < 700; n++) {
      const period = `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
      items.push({ targetId: first.id, period, value: n, status: 'official', expectedRevision: 0 });
    }
    await recordObservations(t.db, TEST_ACTOR, resolutionId, items);
    await recordObservations(t.db, TEST_ACTOR, resolutionId, [
      // An estimate after an official figure: the official one stays in force.
      { targetId: first.id, period: '2000-01', value: 1, status: 'estimate', expectedRevision: 1 },
      { targetId: first.id, period: '2000-02', value: 2, status: 'official', expectedRevision: 1 },
      { targetId: first.id, period: '2000-03', delete: true, expectedRevision: 1 },
      { targetId: second.id, period: '2030', value: 5, status: 'estimate', expectedRevision: 0 },
    ]);
    const expected = (await loadDossier(t.db, resolutionId, { revisions: 'current' })).observations;
    const read = await figuresInForceOf(t.db, targets);
    expect(read).toEqual(expected);
    expect(read.length).toBeGreaterThan(700);
    expect(read.find((o) => o.targetId === first.id && o.period === '2000-01')).toMatchObject({
      status: 'official',
      value: 0,
    });
    expect(read.find((o) => o.targetId === first.id && o.period === '2000-03')).toBeUndefined();
  });
});

/**
 * A hedged figure imported from a file is stored with its hedge, and the same file imported again
 * is no change (Chí Linh's revenue "trên 3.200 tỷ đồng", seed 004).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { loadDossier, saveDossier } from '../services/dossier.service';
import { importFile } from './import.service';

describe.each(BACKENDS)('a hedged figure imported from a CSV file on %s Postgres', (backend) => {
  let t: TestDatabase;
  let resolutionId: string;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    resolutionId = await saveDossier(t.db, TEST_ACTOR, buildDossier());
  });
  afterAll(() => t.close());

  it('keeps "trên" as the hedge, and reads the same file again as no change', async () => {
    const csv = 'Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái\n1;2024;trên 3.200;Ước\n';
    const request = { unitCode: '381', bytes: Buffer.from(csv), filename: 'so-lieu.csv' };
    expect((await importFile(t.db, TEST_ACTOR, request)).figuresRecorded).toBe(1);
    const dossier = await loadDossier(t.db, resolutionId, { revisions: 'current' });
    const growth = dossier.targets.find((x) => x.code === '1')?.id;
    const figure = dossier.observations.find((o) => o.targetId === growth && o.period === '2024');
    expect(figure).toMatchObject({ value: 3200, hedge: 'over', status: 'estimate' });
    const again = await importFile(t.db, TEST_ACTOR, request);
    expect(again.figuresRecorded).toBe(0);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { loadDossier, saveDossier } from '../services/dossier.service';
import { recordObservations } from '../services/observation.service';
import { databaseLocation, openDatabaseFromEnv } from './open-from-env';

describe('databaseLocation', () => {
  it('prefers DATABASE_URL and hides its password', () => {
    const location = databaseLocation(
      { data: './x' },
      { DATABASE_URL: 'postgres://u:secret@db:5432/vedich' },
    );
    expect(location.options).toEqual({ url: 'postgres://u:secret@db:5432/vedich' });
    expect(location.description).not.toContain('secret');
  });

  it('uses the data folder, ./data by default', () => {
    expect(databaseLocation({}, {}).options).toEqual({ dataDir: path.resolve('./data') });
    expect(databaseLocation({ data: '/tmp/vd' }, { DATABASE_URL: ' ' }).options).toEqual({
      dataDir: '/tmp/vd',
    });
  });
});

describe.each(BACKENDS)('restart on the same %s database', (backend) => {
  let server: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'vedich-restart-'));
    if (backend === 'server') {
      server = await openTestDatabase('server', { migrated: false });
      env = { DATABASE_URL: server.url };
    } else env = {};
  });
  afterAll(async () => {
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('loses nothing: dossier, revisions and audit are all there after close and reopen', async () => {
    const first = await openDatabaseFromEnv({ data: path.join(folder, 'data') }, env);
    expect(first.applied.length).toBeGreaterThan(0);
    await seedUnitTree(first.db);
    const id = await saveDossier(first.db, TEST_ACTOR, buildDossier());
    const [target] = (await loadDossier(first.db, id)).targets;
    await recordObservations(first.db, TEST_ACTOR, id, [
      {
        targetId: target?.id as string,
        period: '2021',
        value: 22400.5,
        status: 'official',
        expectedRevision: 1,
      },
    ]);
    const before = await loadDossier(first.db, id);
    const audit = await first.db.query('select * from audit_log order by id');
    await first.db.close();

    const second = await openDatabaseFromEnv({ data: path.join(folder, 'data') }, env);
    try {
      expect(second.applied).toEqual([]);
      expect(await loadDossier(second.db, id)).toEqual(before);
      expect(await second.db.query('select * from audit_log order by id')).toEqual(audit);
    } finally {
      await second.db.close();
    }
  }, 180_000);
});

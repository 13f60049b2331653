import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../../test/databases';
import { saveTestDossier } from '../../../test/factories';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { backupDatabase, type Backup } from '../../services/backup.service';

const run = promisify(execFile);
const VEDICH = path.resolve('bin/vedich.js');

describe.each(BACKENDS)('vedich backup and restore on %s Postgres', (backend) => {
  let folder: string;
  const servers: TestDatabase[] = [];
  const env: NodeJS.ProcessEnv[] = [];
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'vedich-cli-'));
    for (let i = 0; i < 2; i++) {
      if (backend === 'server') {
        const server = await openTestDatabase('server', { migrated: false });
        servers.push(server);
        env.push({ ...process.env, DATABASE_URL: server.url });
      } else env.push({ ...process.env, DATABASE_URL: '' });
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await rm(folder, { recursive: true, force: true });
  });

  const dataOf = (i: number) => path.join(folder, `data-${i}`);
  const vedich = (args: string[], i: number) =>
    run(process.execPath, [VEDICH, ...args, '--data', dataOf(i)], { env: env[i], cwd: folder });
  const open = (i: number) => openDatabaseFromEnv({ data: dataOf(i) }, env[i]);

  it('writes a backup file that restores into an empty database with identical data', async () => {
    const source = await open(0);
    await saveTestDossier(source.db);
    await source.db.close();
    const file = path.join(folder, 'backup.json');
    expect((await vedich(['backup', '--out', file], 0)).stdout).toContain('Đã sao lưu');
    expect((await vedich(['restore', file], 1)).stdout).toContain('Đã khôi phục');
    const target = await open(1);
    try {
      const written = JSON.parse(await readFile(file, 'utf8')) as Backup;
      expect((await backupDatabase(target.db)).tables).toEqual(written.tables);
      expect(written.tables.targets?.rows.length).toBeGreaterThan(0);
    } finally {
      await target.db.close();
    }
  }, 180_000);
});

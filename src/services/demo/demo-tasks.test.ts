/** The demo tasks load once, show every status on any day, and keep a dropped and a renamed project. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/databases';
import { seedUnitTree, buildDossier, TEST_ACTOR } from '../../../test/factories';
import { createUser } from '../../server/accounts/users.service';
import { SYSTEM_ACTOR } from '../app-error';
import { saveDossierIn } from '../dossier.service';
import { listProgrammes } from '../tasks/programme.service';
import { countViews, loadTaskViews } from '../tasks/task-view.service';
import { loadDemoTasks } from './demo-tasks';

describe('demo tasks', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('embedded');
    await seedUnitTree(t.db);
    await t.db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, buildDossier()));
    for (const [username, unitCode, role] of [
      ['tinh.approver', '38', 'approver'],
      ['thanhhoa.editor', '380', 'editor'],
      ['bimson.editor', '381', 'editor'],
    ] as const)
      await createUser(t.db, SYSTEM_ACTOR, {
        username,
        password: 'mat-khau-thu-nghiem',
        roles: [{ unitCode, role }],
      });
  });
  afterAll(async () => t.close());

  it('holds Nghị quyết 12 and Kết luận 2402 with tasks in every bucket, loaded once', async () => {
    const today = '2026-11-26';
    expect(await loadDemoTasks(t.db, SYSTEM_ACTOR, today)).toEqual({
      directives: 2,
      tasks: 10,
      programmes: 8,
    });
    expect(await loadDemoTasks(t.db, SYSTEM_ACTOR, today)).toEqual({
      directives: 0,
      tasks: 0,
      programmes: 0,
    });
    const counts = countViews(await loadTaskViews(t.db, { unitCodes: ['38'] }, today));
    expect(counts).toMatchObject({
      total: 10,
      doneOnTime: 2,
      doneLate: 1,
      openOverdue: 3,
      openWithin: 3,
      dueSoon: 1,
      noDeadline: 1,
      awaitingConfirmation: 1,
      extended: 4,
    });
    const programmes = await listProgrammes(t.db, { unitCode: '381' });
    expect(programmes.filter((p) => p.status === 'dropped').map((p) => p.name)).toEqual([
      'Công viên trung tâm thị xã (minh họa)',
    ]);
    expect(programmes.filter((p) => p.change === 'rename').map((p) => p.name)).toEqual([
      'Đường vành đai Tây - Bắc thị xã (minh họa)',
    ]);
  });
});

/**
 * An administrator acts only on accounts within the units they administer: a province's admin
 * cannot grant a role (even on a unit of their own province) to a user of another province, and
 * the user list shows only roles within the admin's units.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { seedWorld } from '../fixtures';
import { addUser, openTestApp, signIn, type Client, type TestApp } from '../testing';

describe.each(BACKENDS)("an admin's reach over accounts (%s)", (backend) => {
  let t: TestApp;
  let provinceAdmin: Client;
  const idOf = async (username: string) =>
    (await t.database.db.query<{ id: string }>('select id from users where username = $1', [username]))[0]
      ?.id as string;
  const rolesOf = async (username: string) =>
    t.database.db.query<{ unit_code: string; role: string }>(
      `select r.unit_code, r.role from user_roles r join users u on u.id = r.user_id
        where u.username = $1 order by r.unit_code, r.role`,
      [username],
    );

  beforeAll(async () => {
    t = await openTestApp(backend);
    await seedWorld(t);
    // A user of both provinces: a viewer in Bỉm Sơn (38) and an editor in Chí Linh (30).
    await addUser(t, 'lienvung.canbo', [
      { unitCode: '381', role: 'viewer' },
      { unitCode: '290', role: 'editor' },
    ]);
    provinceAdmin = await signIn(t.app, 'tinh.admin');
  });
  afterAll(async () => t.close());

  it("refuses a grant on the admin's own unit to a user of another province, writing nothing", async () => {
    const audit = async () =>
      (await t.database.db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]?.n;
    const before = await audit();
    for (const username of ['chilinh.editor', 'haiduong.admin', 'lienvung.canbo']) {
      const r = await provinceAdmin.post(`/api/users/${await idOf(username)}/roles`, {
        unitCode: '381',
        role: 'approver',
      });
      expect(r.statusCode, `${username} → ${r.body}`).toBe(403);
      expect(r.body).not.toContain('290');
    }
    expect(await rolesOf('chilinh.editor')).toEqual([{ unit_code: '290', role: 'editor' }]);
    expect(await rolesOf('haiduong.admin')).toEqual([{ unit_code: '30', role: 'admin' }]);
    expect(await audit()).toBe(before);
  });

  it('grants within the province to a user of the province', async () => {
    const r = await provinceAdmin.post(`/api/users/${await idOf('bimson.viewer')}/roles`, {
      unitCode: '380',
      role: 'viewer',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toEqual({
      roles: [
        { unitCode: '380', role: 'viewer' },
        { unitCode: '381', role: 'viewer' },
      ],
    });
  });

  it("lists only roles within the admin's units", async () => {
    const r = await provinceAdmin.get('/api/users?unit=38');
    expect(r.statusCode).toBe(200);
    const users = (r.json() as { users: { username: string; roles: { unitCode: string }[] }[] }).users;
    const shared = users.find((u) => u.username === 'lienvung.canbo');
    expect(shared?.roles).toEqual([{ unitCode: '381', role: 'viewer' }]);
    expect(users.map((u) => u.username)).not.toContain('chilinh.editor');
    expect(JSON.stringify(users)).not.toMatch(/"unitCode":"(290|30)"/);
  });
});

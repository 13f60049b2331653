import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { seedWorld } from '../fixtures';
import { openTestApp, signIn, TEST_PASSWORD, type Client, type TestApp } from '../testing';

describe.each(BACKENDS)('accounts over HTTP (%s)', (backend) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await openTestApp(backend);
    await seedWorld(t);
    admin = await signIn(t.app, 'bimson.admin');
  });
  afterAll(async () => t.close());

  it('lets a unit admin create an account in the unit, with a generated password shown once', async () => {
    const r = await admin.post('/api/users', {
      username: 'bimson.new',
      displayName: 'Cán bộ mới',
      roles: [{ unitCode: '381', role: 'editor' }],
    });
    expect(r.statusCode).toBe(201);
    const body = r.json() as { user: { username: string }; password: string; roles: unknown[] };
    expect(body.roles).toEqual([{ unitCode: '381', role: 'editor' }]);
    await expect(signIn(t.app, 'bimson.new', body.password)).resolves.toBeDefined();
    const list = (await admin.get('/api/users?unit=381')).json() as { users: { username: string }[] };
    expect(list.users.map((u) => u.username)).toContain('bimson.new');
    expect(list.users.map((u) => u.username)).not.toContain('chilinh.editor');
    expect(JSON.stringify(list)).not.toContain('argon2');
  });

  it('refuses roles outside the admin unit, and duplicate usernames', async () => {
    const outside = await admin.post('/api/users', {
      username: 'x.y',
      roles: [{ unitCode: '38', role: 'viewer' }],
    });
    expect(outside.statusCode).toBe(403);
    const again = await admin.post('/api/users', {
      username: 'bimson.editor',
      roles: [{ unitCode: '381', role: 'viewer' }],
    });
    expect(again.statusCode).toBe(409);
  });

  it('changes one own password: the old one stops working, other sessions end, this one stays', async () => {
    const other = await signIn(t.app, 'bimson.viewer');
    const self = await signIn(t.app, 'bimson.viewer');
    const wrong = await self.post('/api/auth/password', {
      currentPassword: 'khong-dung-roi',
      newPassword: 'mat-khau-moi-123',
    });
    expect(wrong.statusCode).toBe(400);
    const r = await self.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'mat-khau-moi-123',
    });
    expect(r.statusCode).toBe(200);
    expect((await self.get('/api/auth/me')).statusCode).toBe(200);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    await expect(signIn(t.app, 'bimson.viewer')).rejects.toThrow(/401/);
    await expect(signIn(t.app, 'bimson.viewer', 'mat-khau-moi-123')).resolves.toBeDefined();
  });

  it('disabling an account ends its sessions at once and refuses sign-in', async () => {
    const victim = await signIn(t.app, 'bimson.approver');
    const [row] = await t.database.db.query<{ id: string }>(
      "select id from users where username = 'bimson.approver'",
    );
    const r = await admin.post(`/api/users/${row?.id}/disabled`, { disabled: true });
    expect(r.statusCode).toBe(200);
    expect((await victim.get('/api/auth/me')).statusCode).toBe(401);
    await expect(signIn(t.app, 'bimson.approver')).rejects.toThrow(/401/);
    expect((await admin.post(`/api/users/${row?.id}/disabled`, { disabled: false })).statusCode).toBe(200);
    await expect(signIn(t.app, 'bimson.approver')).resolves.toBeDefined();
  });
});

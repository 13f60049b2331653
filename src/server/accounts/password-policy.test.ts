/**
 * Passwords: length is not enough. Common passwords, repetitions, sequences and passwords built
 * from the account's own name or its unit's name are refused with a Vietnamese reason; so is
 * keeping the current password. The demo password, the test password and generated passwords
 * pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { seedWorld } from '../fixtures';
import { openTestApp, signIn, TEST_PASSWORD, type Client, type TestApp } from '../testing';
import { DEMO_PASSWORD } from './demo-accounts';
import { generatePassword } from './password';
import { passwordIssues } from './password-policy';

const CONTEXT = { username: 'bimson.editor', displayName: 'Nguyễn Văn An', unitNames: ['thị xã Bỉm Sơn'] };

describe('password rule', () => {
  it.each([
    'aaaaaaaaaa',
    'password12',
    '1234567890',
    'qwertyuiop',
    'abcdefghijk',
    'bimson.editor',
    'bimson.editor1',
    'BimSon12345',
    'nguyenvanan1',
    'matkhau123',
  ])('refuses %s with a Vietnamese reason', (password) => {
    const issues = passwordIssues(password, CONTEXT, 'password');
    expect(issues.length, password).toBeGreaterThan(0);
    expect(issues[0]?.path).toBe('password');
    expect(issues[0]?.message).toMatch(/Mật khẩu/);
  });

  it('refuses a password shorter than 10 characters', () => {
    expect(passwordIssues('Xk9#mQ2!', CONTEXT, 'password')[0]?.message).toContain('10 ký tự');
  });

  it('accepts the demo password, the test password and generated passwords', () => {
    const demo = { username: 'thanhhoa.editor', unitNames: ['thành phố Thanh Hóa'] };
    expect(passwordIssues(DEMO_PASSWORD, demo, 'password')).toEqual([]);
    expect(passwordIssues(TEST_PASSWORD, CONTEXT, 'password')).toEqual([]);
    expect(passwordIssues('mat-khau-moi-123', CONTEXT, 'password')).toEqual([]);
    for (let i = 0; i < 50; i += 1)
      expect(passwordIssues(generatePassword(), CONTEXT, 'password')).toEqual([]);
  });
});

describe.each(BACKENDS)('password rule over HTTP (%s)', (backend) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await openTestApp(backend);
    await seedWorld(t);
    admin = await signIn(t.app, 'bimson.admin');
  });
  afterAll(async () => t.close());

  const issuesOf = (body: string) =>
    (JSON.parse(body) as { error: { code: string; issues: { path: string; message: string }[] } }).error;

  it('refuses common and context passwords for a new account, creating nothing', async () => {
    for (const password of ['aaaaaaaaaa', 'password12', 'bimson.moi2025', 'thixabimson1']) {
      const r = await admin.post('/api/users', {
        username: 'bimson.moi',
        password,
        roles: [{ unitCode: '381', role: 'viewer' }],
      });
      expect(r.statusCode, `${password} → ${r.body}`).toBe(400);
      const error = issuesOf(r.body);
      expect(error.code).toBe('validation_failed');
      expect(error.issues[0]?.path).toBe('password');
    }
    const rows = await t.database.db.query("select 1 from users where username = 'bimson.moi'");
    expect(rows).toHaveLength(0);
  });

  it('refuses a weak new password and keeping the current one', async () => {
    const self = await signIn(t.app, 'bimson.viewer');
    for (const newPassword of ['password12', 'bimson.viewer1', TEST_PASSWORD]) {
      const r = await self.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword });
      expect(r.statusCode, `${newPassword} → ${r.body}`).toBe(400);
      const error = issuesOf(r.body);
      expect(error.issues[0]?.path).toBe('newPassword');
      expect(error.issues[0]?.message).toMatch(/Mật khẩu/);
    }
    const same = issuesOf(
      (await self.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }))
        .body,
    );
    expect(same.issues[0]?.message).toContain('khác mật khẩu hiện tại');
    // Nothing changed: the old password still works.
    await expect(signIn(t.app, 'bimson.viewer')).resolves.toBeDefined();
  });
});

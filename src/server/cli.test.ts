/**
 * `vedich user add` as a process: creates the account with its role, prints a generated password
 * that signs in, and refuses a second account with the same name.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildApp } from './app';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/vedich.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('vedich user add (server)', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase('server');
  });
  afterAll(async () => test.close());

  it('creates the account, prints a password that signs in, and refuses a duplicate', async () => {
    const env = { DATABASE_URL: test.url };
    const first = await run(['user', 'add', 'BimSon.Editor', '--role', 'editor', '--unit', '381'], env);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('Đã tạo tài khoản bimson.editor (editor @ 381).');
    const password = /Mật khẩu: (\S+)/.exec(first.out)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);

    const app = await buildApp({ db: test.db });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bimson.editor', password },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ roles: [{ unitCode: '381', role: 'editor' }] });
    await app.close();

    const again = await run(['user', 'add', 'bimson.editor', '--role', 'viewer', '--unit', '38'], env);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('đã tồn tại');
    const bad = await run(['user', 'add', 'x', '--role', 'king', '--unit', '38'], env);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('Vai trò không hợp lệ');
  });
});

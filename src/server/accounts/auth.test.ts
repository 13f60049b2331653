import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import {
  addUser,
  clientFor,
  openTestApp,
  sessionCookieOf,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../testing';

describe.each(BACKENDS)('sign-in and sessions (%s)', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await openTestApp(backend);
    await addUser(t, 'bimson.editor', [{ unitCode: '381', role: 'editor' }]);
  });
  afterEach(async () => t.close());

  it('signs in, answers /me with roles and CSRF token, and the cookie is HttpOnly SameSite=Lax', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'BimSon.Editor', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'vedich_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const body = response.json() as { csrfToken: string; roles: unknown[] };
    expect(body.roles).toEqual([{ unitCode: '381', role: 'editor' }]);
    const me = await clientFor(t.app, sessionCookieOf(response), body.csrfToken).get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'bimson.editor' }, csrfToken: body.csrfToken });
  });

  it('stores only the hash of the session token and an argon2id password hash', async () => {
    const client = await signIn(t.app, 'bimson.editor');
    const token = client.cookie.split('=')[1] ?? '';
    const rows = await t.database.db.query<{ token_hash: string }>('select token_hash from sessions');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toContain(token);
    const [user] = await t.database.db.query<{ password_hash: string }>('select password_hash from users');
    expect(user?.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('refuses a wrong password with 401 and no cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bimson.editor', password: 'sai-mat-khau-roi' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      error: { code: 'unauthenticated', message: 'Sai tên đăng nhập hoặc mật khẩu.' },
    });
    expect(response.cookies.find((c) => c.name === 'vedich_session')).toBeUndefined();
  });

  it('locks the username after 5 failures for 15 minutes, even with the right password', async () => {
    for (let i = 0; i < 5; i += 1) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'bimson.editor', password: `sai-${i}-mat-khau` },
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bimson.editor', password: TEST_PASSWORD },
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ error: { code: 'locked' } });
    t.clock.advance(15 * 60_000 + 1000);
    await expect(signIn(t.app, 'bimson.editor')).resolves.toBeDefined();
  });

  it('throttles an address after many failures on different usernames', async () => {
    const limited = await openTestApp(backend, { maxFailuresPerIp: 3 });
    try {
      for (let i = 0; i < 3; i += 1) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: `nobody${i}`, password: 'khong-ton-tai-1' },
        });
        expect(r.statusCode).toBe(401);
      }
      const r = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody9', password: 'khong-ton-tai-1' },
      });
      expect(r.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('requires the CSRF token on non-GET requests of a cookie session', async () => {
    const client = await signIn(t.app, 'bimson.editor');
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: client.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: client.cookie, 'x-csrf-token': `${client.csrfToken.slice(0, -1)}x` },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('sign-out deletes the session', async () => {
    const client = await signIn(t.app, 'bimson.editor');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    const rows = await t.database.db.query('select 1 from sessions');
    expect(rows).toHaveLength(0);
  });

  it('expires a session after the idle time and after the absolute time', async () => {
    const idle = await signIn(t.app, 'bimson.editor');
    t.clock.advance(119 * 60_000);
    expect((await idle.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(119 * 60_000);
    expect((await idle.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(121 * 60_000);
    expect((await idle.get('/api/auth/me')).statusCode).toBe(401);

    const busy = await signIn(t.app, 'bimson.editor');
    for (let hour = 0; hour < 11; hour += 1) {
      t.clock.advance(60 * 60_000);
      expect((await busy.get('/api/auth/me')).statusCode).toBe(200);
    }
    t.clock.advance(61 * 60_000);
    expect((await busy.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('answers 401 to anonymous requests on user routes', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(r.statusCode).toBe(401);
    expect(r.json()).toMatchObject({ error: { code: 'unauthenticated', message: 'Bạn cần đăng nhập.' } });
  });
});

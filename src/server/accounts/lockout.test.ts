/**
 * The lock-out holds under concurrency: an attempt is reserved (counted) before its password is
 * hashed, so parallel guesses cannot all be checked before the first failure is written. And a
 * disabled account costs the same hash as an enabled one, so timing does not tell them apart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { SYSTEM_ACTOR } from '../../services/app-error';
import { addUser, openTestApp, TEST_PASSWORD, type TestApp } from '../testing';
import { findUser, setDisabled } from './users.service';

describe.each(BACKENDS)('lock-out under concurrency (%s)', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await openTestApp(backend);
    await addUser(t, 'bimson.editor', [{ unitCode: '381', role: 'editor' }]);
  });
  afterEach(async () => t.close());

  const login = (password: string, remoteAddress = '10.0.0.1', username = 'bimson.editor') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      payload: { username, password },
    });
  const statuses = (answers: { statusCode: number }[]) =>
    answers.reduce<Record<number, number>>(
      (n, r) => ({ ...n, [r.statusCode]: (n[r.statusCode] ?? 0) + 1 }),
      {},
    );

  it('checks at most 5 of 25 wrong passwords sent in parallel from one address', async () => {
    const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => login(`sai-mat-khau-${i}`)));
    const counted = statuses(answers);
    expect(counted[401], JSON.stringify(counted)).toBe(5);
    expect(counted[423], JSON.stringify(counted)).toBe(20);
    expect((await login(TEST_PASSWORD)).statusCode).toBe(423);
  });

  it('checks at most 5 of 40 parallel guesses from different addresses; the right one is refused', async () => {
    const guesses = Array.from({ length: 40 }, (_, i) => `sai-mat-khau-${i}`);
    // The right password is sent last: by then the account must be locked.
    const wrong = await Promise.all(guesses.map((p, i) => login(p, `10.1.${i}.1`)));
    const right = await login(TEST_PASSWORD, '10.2.0.1');
    const counted = statuses(wrong);
    expect(counted[401], JSON.stringify(counted)).toBe(5);
    expect(right.statusCode).toBe(423);
    const [attempts] = await t.database.db.query<{ n: number }>(
      "select count(*)::int as n from login_attempts where username = 'bimson.editor'",
    );
    expect(attempts?.n).toBe(5);
  });

  it('throttles one address at its limit under parallel guesses on many usernames', async () => {
    const limited = await openTestApp(backend, { maxFailuresPerIp: 7 });
    try {
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          limited.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            remoteAddress: '10.9.9.9',
            payload: { username: `nobody${i}`, password: 'khong-ton-tai-1' },
          }),
        ),
      );
      const counted = statuses(answers);
      expect(counted[401], JSON.stringify(counted)).toBe(7);
      expect(counted[429], JSON.stringify(counted)).toBe(23);
    } finally {
      await limited.close();
    }
  });

  it('spends the password hash on a disabled account as on a wrong password', async () => {
    const user = await findUser(t.database.db, 'bimson.editor');
    if (!user) throw new Error('user missing');
    await setDisabled(t.database.db, SYSTEM_ACTOR, user.id, true);
    await addUser(t, 'bimson.viewer', [{ unitCode: '381', role: 'viewer' }]);
    const time = async (username: string, password: string, ip: string) => {
      const started = performance.now();
      const r = await login(password, ip, username);
      expect(r.statusCode).toBe(401);
      return performance.now() - started;
    };
    const disabled: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      disabled.push(await time('bimson.editor', TEST_PASSWORD, `10.3.${i}.1`));
      wrong.push(await time('bimson.viewer', `sai-mat-khau-${i}`, `10.4.${i}.1`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] as number;
    // A hash takes tens of milliseconds: a disabled account must not answer in a fraction of that.
    expect(median(disabled), `disabled ${disabled.join(', ')} vs wrong ${wrong.join(', ')}`).toBeGreaterThan(
      median(wrong) * 0.5,
    );
  });
});

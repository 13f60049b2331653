/**
 * Helpers for the server's tests: an app on a fresh database of either backend with a movable
 * clock, users, and a signed-in client that sends the cookie and the CSRF token.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { openTestDatabase, type Backend, type TestDatabase } from '../../test/databases';
import { SYSTEM_ACTOR } from '../services/app-error';
import { createUser } from './accounts/users.service';
import type { RoleAssignment } from './accounts/roles';
import { buildApp } from './app';
import type { ServerConfig } from './config';
import { CSRF_HEADER, SESSION_COOKIE } from './session';

/** An app on a fresh database, with a clock the test moves. */
export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
}

/** Builds the app on a fresh migrated database of the backend; every answer is checked against
 * its route's response schema (a mismatch answers 500 and is printed). */
export async function openTestApp(backend: Backend, config: Partial<ServerConfig> = {}): Promise<TestApp> {
  const database = await openTestDatabase(backend);
  const clock = {
    now: new Date('2025-06-01T08:00:00Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const logger = process.env.VEDICH_TEST_LOG === '1';
  const app = await buildApp({
    db: database.db,
    config: { now: () => clock.now, logger, ...config },
    validateResponses: true,
  });
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A password that satisfies the length rule, for test accounts. */
export const TEST_PASSWORD = 'mat-khau-thu-nghiem';

/** Creates a user with roles and the test password. */
export async function addUser(test: TestApp, username: string, roles: RoleAssignment[]): Promise<void> {
  await createUser(test.database.db, SYSTEM_ACTOR, { username, password: TEST_PASSWORD, roles });
}

/** A signed-in client: every request carries the session cookie and the CSRF token. */
export interface Client {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

/** Extracts `vedich_session=...` from a login answer. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}

/** Signs in through the API and returns a client for that session. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed ${response.statusCode}: ${response.body}`);
  return clientFor(app, sessionCookieOf(response), (response.json() as { csrfToken: string }).csrfToken);
}

/** A client for an existing cookie and CSRF token (e.g. on another app instance). */
export function clientFor(app: FastifyInstance, cookie: string, csrfToken: string): Client {
  const request = (options: InjectOptions) =>
    app.inject({ ...options, headers: { cookie, [CSRF_HEADER]: csrfToken, ...(options.headers ?? {}) } });
  return {
    cookie,
    csrfToken,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) =>
      request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
  };
}

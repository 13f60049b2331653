import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, SERVER_URL } from '../../test/databases';
import { openDatabase } from '../db/database';
import { buildApp } from './app';
import { openTestApp, type TestApp } from './testing';

describe.each(BACKENDS)('app basics (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(backend);
  });
  afterAll(async () => t.close());

  it('answers health with the database kind', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', database: backend, changes: 'live', replicas: [] });
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('answers health 503 when the database does not answer', async () => {
    const db = await openDatabase(backend === 'server' ? { url: SERVER_URL } : {});
    const app = await buildApp({ db });
    await db.close();
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(503);
    expect(r.json()).toMatchObject({ status: 'unavailable', database: backend, replicas: [] });
    await app.close();
  });

  it('serves an OpenAPI 3 document and a reference page', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/auth/login');
    // Every route of the API is described, with its parameters.
    for (const route of t.app.apiRoutes.filter(
      (r) => !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json',
    )) {
      const openApiPath = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = (doc.paths[openApiPath] as Record<string, { summary?: string }> | undefined)?.[
        route.method.toLowerCase()
      ];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(operation?.summary, `${route.method} ${route.url}`).toBeTruthy();
    }
    const login = (
      doc.paths['/api/auth/login'] as {
        post: { requestBody: { content: Record<string, { schema: { properties: object } }> } };
      }
    ).post;
    expect(Object.keys(login.requestBody.content['application/json']?.schema.properties ?? {})).toEqual([
      'username',
      'password',
    ]);
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('answers bad JSON, wrong media type, huge bodies and unknown routes with Vietnamese 4xx', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: { code: 'invalid_json', message: 'Nội dung gửi lên không phải JSON hợp lệ.' },
    });

    const media = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-evil' },
      payload: 'x',
    });
    expect(media.statusCode).toBe(415);

    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });

    const missing = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers validation errors with field paths and Vietnamese messages', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 42 } });
    expect(r.statusCode).toBe(400);
    const body = r.json() as { error: { code: string; issues: { path: string; message: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'username', message: expect.stringContaining('phải là chuỗi văn bản') },
        { path: 'password', message: expect.stringContaining('thiếu trường bắt buộc') },
      ]),
    );
  });
});

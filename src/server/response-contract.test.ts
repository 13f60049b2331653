import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installErrorHandler } from './error-handler';
import { installResponseValidation, responseSchemaFor, type ResponseMismatch } from './response-contract';
import { openTestApp, type TestApp } from './testing';
import { jsonSerializerCompiler, zodValidatorCompiler, type ZodTypeProvider } from './zod';

describe('the answers checked against their response schemas', () => {
  const reported: ResponseMismatch[] = [];
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  const Answer = z.strictObject({ value: z.number(), at: z.string() });

  beforeAll(async () => {
    app.setValidatorCompiler(zodValidatorCompiler);
    app.setSerializerCompiler(jsonSerializerCompiler);
    installErrorHandler(app);
    installResponseValidation(app, (m) => reported.push(m));
    const loose = (payload: unknown) => payload as z.input<typeof Answer>;
    // What the client reads: a date becomes a string, an undefined field disappears.
    app.get('/good', { schema: { response: { 200: Answer } } }, async () =>
      loose({ value: 1, at: new Date('2025-01-01T00:00:00Z'), extra: undefined }),
    );
    app.get('/bad', { schema: { response: { 200: Answer } } }, async () =>
      loose({ value: '1', at: 'x', more: 2 }),
    );
    app.get('/created', { schema: { response: { '2XX': Answer } } }, async (_r, reply) =>
      reply.status(201).send(loose({ value: 'no' })),
    );
    app.get('/free', async () => ({ anything: true }));
    app.get('/refused', { schema: { response: { 200: Answer, 404: Answer } } }, async (_r, reply) =>
      reply.status(404).send(loose({ error: { code: 'not_found' } })),
    );
    await app.ready();
  });
  afterAll(async () => app.close());

  it('lets an answer through when it matches, as JSON (dates as strings, undefined fields dropped)', async () => {
    const r = await app.inject({ method: 'GET', url: '/good' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ value: 1, at: '2025-01-01T00:00:00.000Z' });
  });

  it('answers 500 and reports every issue with the route and status when it does not match', async () => {
    reported.length = 0;
    const r = await app.inject({ method: 'GET', url: '/bad' });
    expect(r.statusCode).toBe(500);
    expect((r.json() as { error: { code: string } }).error.code).toBe('internal');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ method: 'GET', url: '/bad', status: 200 });
    expect(reported[0]?.issues.map((i) => i.path).sort()).toEqual(['', 'value']);
  });

  it('finds the schema of a status class, and leaves routes without schema and error answers alone', async () => {
    expect((await app.inject({ method: 'GET', url: '/created' })).statusCode).toBe(500);
    expect((await app.inject({ method: 'GET', url: '/free' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/refused' })).statusCode).toBe(404);
    expect(responseSchemaFor({ default: Answer }, 299)).toBe(Answer);
    expect(responseSchemaFor(undefined, 200)).toBeUndefined();
  });
});

describe('every JSON route of the API declares its answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp('embedded');
  });
  afterAll(async () => t.close());

  /** Files, not JSON, and the comparison (its answer schema belongs to the comparison work). */
  const NOT_JSON = new Set([
    'GET /api/templates/import.xlsx',
    'GET /api/units/{code}/export.xlsx',
    'GET /api/units/{code}/export.csv',
    'GET /api/units/{code}/export.json',
    'GET /api/resolutions/{id}/report',
    'GET /api/units/{code}/task-report',
    'GET /api/attachments/{id}',
  ]);
  const PENDING = new Set(['GET /api/compare']);

  it('has a response schema for a success status in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    };
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${path}`;
        if (
          NOT_JSON.has(key) ||
          PENDING.has(key) ||
          !path.startsWith('/api/') ||
          path.startsWith('/api/docs')
        )
          continue;
        const success = Object.keys(operation.responses ?? {}).filter((status) => status.startsWith('2'));
        if (success.length === 0) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });
});

/**
 * Fuzzing every route of the OpenAPI document with malformed requests, signed in (admin of the
 * province, so every handler is reached past the role check) with the CSRF header, on both
 * databases. For every answer: no 5xx, errors in the one shape `{error: {code, message, issues?}}`,
 * no stack trace and no SQL or driver text; a refused request (and any GET) changes no table,
 * audit log included; a write that changes data leaves audit rows.
 *
 * Bounded: VEDICH_FUZZ_REQUESTS requests per database (default 1500), from the seed
 * VEDICH_FUZZ_SEED (printed with every problem, so a failure reproduces).
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../databases';
import { buildDossier } from '../factories';
import { seedWorld, type World } from '../../src/server/fixtures';
import { openTestApp, signIn, type Client, type TestApp } from '../../src/server/testing';
import {
  requestArbitrary,
  routesOf,
  type FuzzRequest,
  type KnownValues,
  type OpenApiDocument,
  type Template,
} from './fuzz-requests';
import { changedTables, listTables, tableState, type TableState } from './table-state';

const REQUESTS = Number(process.env.VEDICH_FUZZ_REQUESTS ?? 1500);
const SEED = Number(process.env.VEDICH_FUZZ_SEED ?? 20_261_126);

/** Routes whose refusal writes by design: a failed sign-in is counted and audited. */
const SIGN_IN_ROUTES = new Set(['POST /api/auth/login', 'POST /api/auth/password']);
const SIGN_IN_TABLES = new Set(['login_attempts', 'audit_log']);
/** Routes fuzzed with a second session, so signing out or a lock-out does not end the run. */
const SECOND_SESSION_ROUTES = new Set([...SIGN_IN_ROUTES, 'POST /api/auth/logout']);
/** Tables that change without an audit row of their own: sign-in bookkeeping, and an import's
 * job (its progress and outcome; what an import writes is audited). */
const UNAUDITED_TABLES = new Set(['sessions', 'login_attempts', 'audit_log', 'import_jobs', 'jobs']);

/** Stack frames, database and driver errors: nothing of the kind may reach a client. */
const LEAKS = [
  /\bat .*\.(ts|js|mjs|cjs):\d+/,
  /node_modules/,
  /syntax error at or near/i,
  /violates .* constraint/i,
  /duplicate key value/i,
  /invalid input (syntax|value) for/i,
  /out of range for type/i,
  /relation "[^"]+"/i,
  /column "[^"]+"/i,
  /\b(pglite|postgres(ql)?|sqlstate)\b/i,
  /\b(select|insert into|update|delete from)\b[^"]{0,80}\b(from|values|set|where)\b/i,
  /\b(TypeError|RangeError|ReferenceError|SyntaxError):/,
];

const TEXT_TYPES = /json|text|html|javascript/;

/** A valid request of each write route on Bỉm Sơn's (381) data, mutated one change at a time. */
function templatesFor(world: World): Record<string, Template> {
  const rid = world.bimSon.resolutionId;
  const t1 = world.bimSon.targetIds.t1 as string;
  const t2 = world.bimSon.targetIds.t2 as string;
  const { issuer, congress } = buildDossier();
  const target = {
    code: '99',
    name: 'Số xã đạt chuẩn nông thôn mới',
    field: 'kinh-te',
    kind: 'count',
    direction: 'higher-is-better',
    qualifier: 'at-least',
    unit: 'xã',
    precision: 0,
    goal: { type: 'number', value: 8 },
  };
  const figure = { targetId: t1, period: '2024', value: 1.5, status: 'estimate', expectedRevision: 0 };
  return {
    'POST /api/resolutions/{id}/observations': {
      url: `/api/resolutions/${rid}/observations`,
      body: { items: [figure, { ...figure, targetId: t2, period: '2024-Q1', value: 3.2 }] },
    },
    'DELETE /api/targets/{id}/observations/{period}': {
      url: `/api/targets/${t1}/observations/2024`,
      body: { expectedRevision: 1, reason: 'Nhập nhầm' },
    },
    'PUT /api/targets/{id}/plans': {
      url: `/api/targets/${t1}/plans`,
      body: {
        plans: [{ period: '2024', kind: 'annual-plan', source: 'ke-hoach-nam', label: 'kế hoạch', value: 1 }],
      },
    },
    'POST /api/targets/{id}/overrides': {
      url: `/api/targets/${t1}/overrides`,
      body: { scheme: 'band', label: 'above-50', reason: 'Ý kiến của thường trực' },
    },
    'POST /api/targets/{id}/overrides/withdraw': {
      url: `/api/targets/${t1}/overrides/withdraw`,
      body: { scheme: 'band', reason: 'Rút lại' },
    },
    'POST /api/targets/{id}/adjustments': {
      url: `/api/targets/${t1}/adjustments`,
      body: {
        newGoal: { type: 'number', value: 14 },
        decision: 'Nghị quyết số 30-NQ/TU',
        date: '2023-08-01',
      },
    },
    'POST /api/targets/{id}/drop': {
      url: `/api/targets/${t2}/drop`,
      body: { decision: 'Nghị quyết số 31-NQ/TU', date: '2023-08-02', reason: 'Không còn phù hợp' },
    },
    'PATCH /api/targets/{id}': { url: `/api/targets/${t1}`, body: { note: 'ghi chú' } },
    'POST /api/resolutions/{id}/targets': { url: `/api/resolutions/${rid}/targets`, body: target },
    'POST /api/units/{code}/resolutions': {
      url: '/api/units/381/resolutions',
      body: { issuer, congress, title: 'Nghị quyết chuyên đề', targets: [{ ...target, id: 'k1' }] },
    },
    'POST /api/users': {
      url: '/api/users',
      body: { username: 'bimson.moi', roles: [{ unitCode: '381', role: 'viewer' }] },
    },
    'POST /api/drafts/check': {
      url: '/api/drafts/check',
      body: { text: 'Giá trị sản xuất tăng bình quân 10,5%/năm, đạt 70% mục tiêu.', resolutionId: rid },
    },
  };
}

function describeRequest(r: FuzzRequest): string {
  const payload = r.payload === undefined ? '' : ` ${JSON.stringify(String(r.payload).slice(0, 160))}`;
  return `${r.method} ${r.url.slice(0, 200)} [${r.headers['content-type'] ?? 'no type'}]${payload}`;
}

/** What is wrong with an answer, or nothing. */
function answerProblems(response: LightMyRequestResponse): string[] {
  const problems: string[] = [];
  const status = response.statusCode;
  const type = String(response.headers['content-type'] ?? '');
  if (status >= 500) problems.push(`status ${status}`);
  if (status >= 400) {
    if (!type.includes('application/json')) problems.push(`error answer of type '${type}'`);
    else {
      let body: unknown;
      try {
        body = response.json();
      } catch {
        problems.push('error answer is not JSON');
      }
      const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | undefined)
        ?.error;
      if (
        !error ||
        typeof error.code !== 'string' ||
        typeof error.message !== 'string' ||
        !error.message ||
        (error.issues !== undefined && !Array.isArray(error.issues))
      ) {
        problems.push('error answer not {error:{code,message,issues?}}');
      }
    }
  }
  if (TEXT_TYPES.test(type) || status >= 400) {
    const leak = LEAKS.find((pattern) => pattern.test(response.body));
    if (leak) problems.push(`answer shows ${leak.source}`);
  }
  return problems;
}

describe.each(BACKENDS)('fuzzing every OpenAPI route (%s)', (backend) => {
  let t: TestApp;
  let admin: Client;
  let second: Client;
  let routes: ReturnType<typeof routesOf>;
  let known: KnownValues;
  let tables: string[];
  let templates: Record<string, Template>;

  beforeAll(async () => {
    t = await openTestApp(backend);
    const world = await seedWorld(t);
    admin = await signIn(t.app, 'tinh.admin');
    second = await signIn(t.app, 'bimson.viewer');
    const document = (
      await t.app.inject({ method: 'GET', url: '/api/openapi.json' })
    ).json() as OpenApiDocument;
    routes = routesOf(document).filter((r) => !r.path.startsWith('/api/docs'));
    const users = await t.database.db.query<{ id: string }>('select id from users order by username');
    known = {
      unitCodes: ['38', '380', '381', '30', '290'],
      resolutionIds: [world.bimSon.resolutionId, world.chiLinh.resolutionId],
      targetIds: [...Object.values(world.bimSon.targetIds), ...Object.values(world.chiLinh.targetIds)],
      userIds: users.map((u) => u.id),
      importIds: [],
    };
    tables = await listTables(t.database.db);
    templates = templatesFor(world);
  });
  afterAll(async () => t?.close());

  it(
    `answers ${REQUESTS} malformed requests (seed ${SEED}) without a 5xx, a leak or a write on refusal`,
    async () => {
      expect(routes.length).toBeGreaterThan(30);
      const requests = fc.sample(requestArbitrary(routes, known, templates), {
        seed: SEED,
        numRuns: REQUESTS,
      });
      const problems = new Map<string, string>();
      const covered = new Map<string, Set<number>>();
      let state: TableState = await tableState(t.database.db, tables);
      for (const [index, request] of requests.entries()) {
        const client = SECOND_SESSION_ROUTES.has(request.route) ? second : admin;
        const response = await client.request({
          method: request.method as 'GET',
          url: request.url,
          headers: request.headers,
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        });
        const statuses = covered.get(request.route) ?? new Set<number>();
        covered.set(request.route, statuses.add(response.statusCode));
        const found = answerProblems(response);
        if (response.statusCode === 202 && request.route === 'POST /api/units/{code}/imports') {
          // The import runs after the answer: wait until it and its run in the job queue have ended.
          for (let waited = 0; waited < 30_000; waited += 50) {
            const [left] = await t.database.db.query<{ n: number }>(
              `select (select count(*) from import_jobs where finished_at is null)
                    + (select count(*) from jobs where queue = 'imports' and state in ('queued', 'running')) as n`,
            );
            if (Number(left?.n ?? 0) === 0) break;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
        const after = await tableState(t.database.db, tables);
        const changed = changedTables(state, after);
        const refused = response.statusCode >= 400 || request.method === 'GET';
        const allowed = refused && SIGN_IN_ROUTES.has(request.route) ? SIGN_IN_TABLES : new Set<string>();
        const unexpected = refused ? changed.filter((name) => !allowed.has(name)) : [];
        if (unexpected.length) found.push(`refused or read-only request changed ${unexpected.join(', ')}`);
        const dataChanged = changed.filter((name) => !UNAUDITED_TABLES.has(name));
        if (!refused && dataChanged.length && !changed.includes('audit_log')) {
          found.push(`write of ${dataChanged.join(', ')} without an audit row`);
        }
        for (const problem of found) {
          const key = `${request.route}: ${problem}`;
          if (!problems.has(key)) {
            problems.set(
              key,
              `${key}\n    #${index} (seed ${SEED}) ${describeRequest(request)}\n    → ${response.statusCode} ${response.body.slice(0, 300)}`,
            );
          }
        }
        state = after;
      }
      const summary = [...covered].map(([route, s]) => `${route}: ${[...s].sort().join(' ')}`).join('\n');
      expect([...problems.values()].join('\n'), `statuses seen per route:\n${summary}`).toBe('');
      // Every route was fuzzed.
      expect(covered.size).toBe(routes.length);
    },
    Math.max(120_000, REQUESTS * 200),
  );
});

/**
 * The wrong user is refused on every route. The table below gives, for every route of the API, a
 * valid request on Chí Linh's (290, Hải Dương 30) data. Users of Bỉm Sơn (381) and of Thanh Hóa
 * province (38) must get 403/404 on each; Hải Dương's admin must get a 2xx with the same request
 * (so the refusal is about access, not about a bad request); anonymous requests get 401.
 * The list of routes comes from the app itself: a new route missing from the table fails here.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/databases';
import { chiLinhDossier, seedWorld, type World } from './fixtures';
import { openTestApp, signIn, type Client, type TestApp } from './testing';
import { seedTaskWorld, taskAccessRequests } from './routes/tasks.access-cases';

type Req = Omit<InjectOptions, 'url'> & { url: string; method: NonNullable<InjectOptions['method']> };

/** A valid request on Chí Linh's data for every unit-scoped route. */
function chiLinhRequests(w: World, importJobId: string, chiLinhUserId: string): Record<string, Req> {
  const rid = w.chiLinh.resolutionId;
  const t1 = w.chiLinh.targetIds.t1 as string;
  const t2 = w.chiLinh.targetIds.t2 as string;
  const parts = minimalParts();
  return {
    'GET /api/units/:code': { method: 'GET', url: '/api/units/290' },
    'GET /api/units/:code/resolutions': { method: 'GET', url: '/api/units/290/resolutions' },
    'POST /api/units/:code/resolutions': {
      method: 'POST',
      url: '/api/units/290/resolutions',
      payload: { ...parts, title: 'Nghị quyết chuyên đề thử quyền' },
    },
    'GET /api/resolutions/:id': { method: 'GET', url: `/api/resolutions/${rid}?asOf=2022` },
    'POST /api/resolutions/:id/targets': {
      method: 'POST',
      url: `/api/resolutions/${rid}/targets`,
      payload: {
        code: '99',
        name: 'Chỉ tiêu thử quyền',
        field: 'kinh-te',
        kind: 'count',
        direction: 'higher-is-better',
        qualifier: 'at-least',
        unit: 'xã',
        precision: 0,
        goal: { type: 'number', value: 8 },
      },
    },
    'PATCH /api/targets/:id': {
      method: 'PATCH',
      url: `/api/targets/${t1}`,
      payload: { note: 'ghi chú thử quyền' },
    },
    'POST /api/targets/:id/adjustments': {
      method: 'POST',
      url: `/api/targets/${t1}/adjustments`,
      payload: {
        newGoal: { type: 'number', value: 14 },
        decision: 'Nghị quyết số 30-NQ/TU',
        date: '2023-08-01',
      },
    },
    'POST /api/targets/:id/drop': {
      method: 'POST',
      url: `/api/targets/${t2}/drop`,
      payload: { decision: 'Nghị quyết số 31-NQ/TU', date: '2023-08-02', reason: 'Thử quyền' },
    },
    'GET /api/targets/:id/observations': { method: 'GET', url: `/api/targets/${t1}/observations` },
    'POST /api/resolutions/:id/observations': {
      method: 'POST',
      url: `/api/resolutions/${rid}/observations`,
      payload: {
        items: [{ targetId: t1, period: '2024', value: 1, status: 'estimate', expectedRevision: 0 }],
      },
    },
    'DELETE /api/targets/:id/observations/:period': {
      method: 'DELETE',
      url: `/api/targets/${t1}/observations/2024`,
      payload: { expectedRevision: 1, reason: 'Thử quyền' },
    },
    'POST /api/resolutions/:id/plans': {
      method: 'POST',
      url: `/api/resolutions/${rid}/plans`,
      payload: {
        items: [
          {
            targetId: t1,
            plans: [
              {
                period: '2024',
                kind: 'annual-plan',
                source: 'ke-hoach-nam',
                label: 'kế hoạch năm',
                value: 1,
              },
            ],
          },
        ],
      },
    },
    'PUT /api/targets/:id/plans': {
      method: 'PUT',
      url: `/api/targets/${t1}/plans`,
      payload: {
        plans: [
          { period: '2024', kind: 'annual-plan', source: 'ke-hoach-nam', label: 'kế hoạch năm', value: 1 },
        ],
      },
    },
    'POST /api/targets/:id/overrides': {
      method: 'POST',
      url: `/api/targets/${t1}/overrides`,
      payload: { scheme: 'band', label: 'above-50', reason: 'Thử quyền' },
    },
    'POST /api/targets/:id/overrides/withdraw': {
      method: 'POST',
      url: `/api/targets/${t1}/overrides/withdraw`,
      payload: { scheme: 'verdict', reason: 'Thử quyền' },
    },
    'GET /api/targets/:id/overrides': { method: 'GET', url: `/api/targets/${t1}/overrides` },
    'GET /api/compare': { method: 'GET', url: '/api/compare?unit=30&indicator=tang-truong-gia-tri-san-xuat' },
    'GET /api/audit': { method: 'GET', url: '/api/audit?unit=290' },
    'GET /api/units/:code/province-view': { method: 'GET', url: '/api/units/30/province-view?asOf=2023' },
    'GET /api/units/:code/approvals': { method: 'GET', url: '/api/units/290/approvals' },
    'GET /api/units/:code/lineage-history': {
      method: 'GET',
      url: '/api/units/290/lineage-history?indicator=thu-ngan-sach',
    },
    'POST /api/resolutions/:id/approvals': {
      method: 'POST',
      url: `/api/resolutions/${rid}/approvals`,
      payload: { period: '2023', action: 'submit' },
    },
    'POST /api/units/:code/approvals/bulk': {
      method: 'POST',
      url: '/api/units/30/approvals/bulk',
      payload: { period: '2023', resolutionIds: [rid] },
    },
    'PUT /api/units/:code/deadlines/:period': {
      method: 'PUT',
      url: '/api/units/30/deadlines/2023',
      payload: { dueDate: '2024-01-20' },
    },
    'POST /api/units/:code/requests': {
      method: 'POST',
      url: '/api/units/290/requests',
      payload: { period: '2023', resolutionId: rid },
    },
    'POST /api/units/:code/imports': {
      method: 'POST',
      url: '/api/units/290/imports',
      ...importUpload(parts),
    },
    'GET /api/imports/:id': { method: 'GET', url: `/api/imports/${importJobId}` },
    'GET /api/units/:code/export.xlsx': { method: 'GET', url: '/api/units/290/export.xlsx?asOf=2022' },
    'GET /api/units/:code/export.csv': { method: 'GET', url: '/api/units/290/export.csv' },
    'GET /api/units/:code/export.json': { method: 'GET', url: '/api/units/290/export.json' },
    'GET /api/users': { method: 'GET', url: '/api/users?unit=290' },
    'POST /api/users': {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'chilinh.moi', roles: [{ unitCode: '290', role: 'viewer' }] },
    },
    'POST /api/users/:id/roles': {
      method: 'POST',
      url: `/api/users/${chiLinhUserId}/roles`,
      payload: { unitCode: '290', role: 'approver' },
    },
    'POST /api/users/:id/disabled': {
      method: 'POST',
      url: `/api/users/${chiLinhUserId}/disabled`,
      payload: { disabled: true },
    },
    'GET /api/resolutions/:id/report': {
      method: 'GET',
      url: `/api/resolutions/${rid}/report?type=midterm&asOf=2023`,
    },
    'POST /api/drafts/check': {
      method: 'POST',
      url: '/api/drafts/check',
      payload: { text: 'Giá trị sản xuất tăng bình quân 10,5%/năm.', resolutionId: rid },
    },
  };
}

/** The smallest valid resolution of Chí Linh: issuer, congress, title and one target. */
function minimalParts(): object {
  const { issuer, congress } = chiLinhDossier();
  return {
    issuer,
    congress,
    title: 'Nghị quyết thử quyền',
    targets: [
      {
        id: 'k1',
        code: '1',
        name: 'Số xã đạt chuẩn nông thôn mới',
        field: 'kinh-te',
        kind: 'count',
        direction: 'higher-is-better',
        qualifier: 'at-least',
        unit: 'xã',
        precision: 0,
        goal: { type: 'number', value: 8 },
      },
    ],
  };
}

/** A multipart upload of an interchange file (a new resolution of Chí Linh). */
function importUpload(parts: object): { headers: Record<string, string>; payload: string } {
  const boundary = '----vedich-access-test';
  const file = JSON.stringify({
    format: 'vedich/1',
    unit: { code: '290', name: 'thành phố Chí Linh', level: 'district', parentCode: '30' },
    ...parts,
    title: 'Nghị quyết nhập từ tệp thử quyền',
  });
  const payload =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="chi-linh.json"\r\n` +
    `Content-Type: application/json\r\n\r\n${file}\r\n--${boundary}--\r\n`;
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload };
}

/** Routes that are not about one unit's data: they only ever show the caller's own things. */
const SELF_ROUTES = ['GET /api/auth/me', 'GET /api/units', 'POST /api/auth/password', 'GET /api/my/tasks'];
/** Routes anyone may call. */
const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/templates/import.xlsx',
];

describe.each(BACKENDS)('the wrong user is refused on every route (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let table: Record<string, Req>;
  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    // An import job of Hải Dương's admin: other users must not see it.
    const owner = await signIn(t.app, 'haiduong.admin');
    const parts = minimalParts();
    const job = await owner.request({
      method: 'POST',
      url: '/api/units/290/imports?wait=true',
      ...importUpload(parts),
    });
    if (job.statusCode >= 300) throw new Error(`import for the access test failed: ${job.body}`);
    const [victim] = await t.database.db.query<{ id: string }>(
      "select id from users where username = 'chilinh.editor'",
    );
    table = chiLinhRequests(world, (job.json() as { id: string }).id, victim?.id as string);
    Object.assign(table, taskAccessRequests(await seedTaskWorld(t, world.chiLinh.targetIds.t1 as string)));
  });
  afterAll(async () => t.close());

  const keyOf = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

  it('has a request for every registered route, and only the expected routes are public', () => {
    const routes = t.app.apiRoutes.filter((r) => !r.url.startsWith('/api/docs'));
    const publicRoutes = routes.filter((r) => r.access === 'public').map(keyOf);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
    const scoped = routes.filter((r) => r.access !== 'public').map(keyOf);
    const missing = scoped.filter((k) => !(k in table) && !SELF_ROUTES.includes(k));
    expect(missing.join(', '), 'routes without a wrong-user case in access.test.ts').toBe('');
  });

  it('declares a scope on every route with a unit, a resolution or a target in its path', () => {
    const unscoped = t.app.apiRoutes
      .filter(
        (r) =>
          /^\/api\/(units|resolutions|targets|directives|tasks|programmes|explanations|attachments)\/:/.test(
            r.url,
          ) && !r.scope,
      )
      .map(keyOf);
    expect(unscoped.join(', '), 'routes to declare config.scope').toBe('');
  });

  it('answers 401 to anonymous requests on every non-public route', async () => {
    for (const [key, request] of Object.entries(table)) {
      const r = await t.app.inject(request);
      expect(r.statusCode, key).toBe(401);
    }
    for (const key of SELF_ROUTES) {
      const [method, url] = key.split(' ') as ['GET', string];
      expect((await t.app.inject({ method, url })).statusCode, key).toBe(401);
    }
  });

  it.each(['bimson.admin', 'tinh.admin', 'bimson.editor'])(
    'refuses %s on every route touching Chí Linh, writes nothing',
    async (username) => {
      const client: Client = await signIn(t.app, username);
      const audit = async () =>
        (await t.database.db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0];
      const before = await audit();
      for (const [key, request] of Object.entries(table)) {
        const r = await client.request(request);
        expect([403, 404], `${key} → ${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
      }
      // Only the sign-in itself was recorded.
      expect((await audit())?.n).toBe(before?.n);
      const units = (await client.get('/api/units')).json() as { units: { code: string }[] };
      expect(units.units.map((u) => u.code)).not.toContain('290');
      expect(units.units.map((u) => u.code)).not.toContain('30');
    },
  );

  it('refuses the wrong user before validation on scoped routes, whatever the body or query', async () => {
    const client = await signIn(t.app, 'bimson.admin');
    const scoped = t.app.apiRoutes.filter((r) => r.scope);
    expect(scoped.length).toBeGreaterThan(10);
    for (const route of scoped) {
      const request = table[keyOf(route)];
      expect(request, keyOf(route)).toBeDefined();
      if (!request) continue;
      const garbage = await client.request({
        method: request.method,
        url: `${request.url.split('?')[0]}?asOf=khong-phai-ky`,
        ...(request.method === 'GET' ? {} : { payload: { rác: ['<script>', 1e308, null] } }),
      });
      expect([403, 404], `${keyOf(route)} → ${garbage.statusCode} ${garbage.body.slice(0, 200)}`).toContain(
        garbage.statusCode,
      );
    }
  });

  it("gives Hải Dương's admin a 2xx for the very same requests", async () => {
    const rightful = await signIn(t.app, 'haiduong.admin');
    for (const [key, request] of Object.entries(table)) {
      const r = await rightful.request(request);
      expect(r.statusCode, `${key} → ${r.body.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
      expect(r.statusCode, `${key} → ${r.body.slice(0, 300)}`).toBeLessThan(300);
    }
    const units = (await rightful.get('/api/units')).json() as { units: { code: string }[] };
    expect(units.units.map((u) => u.code).sort()).toEqual(['290', '30']);
  });
});

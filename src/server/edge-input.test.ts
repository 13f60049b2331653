/**
 * Input PostgreSQL cannot store is refused at the edge with a 400 naming the field, and nothing is
 * written: lone UTF-16 surrogates (jsonb refuses them in the audit row), integers beyond the
 * 32-bit columns (revisions, rank positions), multipart bodies without a boundary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/databases';
import { exampleParts, seedWorld, type World } from './fixtures';
import { openTestApp, signIn, type Client, type TestApp } from './testing';

const LONE = '\ud800';
const INT_OVER = 2 ** 31;

interface ErrorAnswer {
  error: { code: string; message: string; issues: { path: string; message: string }[] };
}

describe.each(BACKENDS)('edge input (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  const counts = async () =>
    (
      await t.database.db.query<{ o: number; r: number; a: number; l: number; b: number }>(
        `select (select count(*) from observation_revisions)::int as o,
                (select count(*) from resolutions)::int as r, (select count(*) from audit_log)::int as a,
                (select count(*) from login_attempts)::int as l, (select count(*) from benchmark_revisions)::int as b`,
      )
    )[0];

  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    editor = await signIn(t.app, 'bimson.editor');
  });
  afterAll(async () => t.close());

  /** 400 validation_failed with an issue at `path` whose message is Vietnamese. */
  function expectRefused(r: { statusCode: number; body: string }, path: string, label: string): void {
    expect(r.statusCode, `${label} → ${r.body.slice(0, 300)}`).toBe(400);
    const body = JSON.parse(r.body) as ErrorAnswer;
    expect(body.error.code, label).toBe('validation_failed');
    const issue = body.error.issues.find((i) => i.path === path);
    expect(issue, `${label}: ${JSON.stringify(body.error.issues)}`).toBeDefined();
    expect(issue?.message, label).toMatch(/[àáảãạăâđêôơư]/);
  }

  it('refuses a lone surrogate in any text field, key or query, writing nothing', async () => {
    const before = await counts();
    const growthId = world.bimSon.targetIds.t1 as string;
    const figure = { targetId: growthId, period: '2024', value: 1, status: 'estimate', expectedRevision: 0 };
    const obsUrl = `/api/resolutions/${world.bimSon.resolutionId}/observations`;
    const parts = exampleParts('bim-son-midterm-2023.json');
    const cases: [string, Parameters<Client['request']>[0]][] = [
      [
        'items.0.comment',
        { method: 'POST', url: obsUrl, payload: { items: [{ ...figure, comment: `a${LONE}b` }] } },
      ],
      [
        'items.0.source',
        { method: 'POST', url: obsUrl, payload: { items: [{ ...figure, source: '\udc00' }] } },
      ],
      [
        'title',
        { method: 'POST', url: '/api/units/381/resolutions', payload: { ...parts, title: `NQ ${LONE}` } },
      ],
      ['note', { method: 'PATCH', url: `/api/targets/${growthId}`, payload: { note: LONE } }],
      ['items.0', { method: 'POST', url: obsUrl, payload: { items: [{ ...figure, [`k${LONE}`]: 1 }] } }],
    ];
    for (const [path, request] of cases) expectRefused(await editor.request(request), path, path);
    const query = await editor.get(`/api/resolutions/${world.bimSon.resolutionId}?asOf=2023%ED%A0%80`);
    expect(query.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('refuses a lone surrogate in the sign-in without recording a half attempt', async () => {
    const before = await counts();
    for (const payload of [
      { username: `bimson.editor${LONE}`, password: 'mat-khau-thu-nghiem' },
      { username: 'bimson.editor', password: `sai${LONE}` },
    ]) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      const path = payload.password.startsWith('sai') ? 'password' : 'username';
      expectRefused(r, path, `login ${path}`);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses integers beyond 32 bits in revisions and rank positions, writing nothing', async () => {
    const before = await counts();
    const growthId = world.bimSon.targetIds.t1 as string;
    const figure = { targetId: growthId, period: '2024', value: 1, status: 'estimate' };
    const batch = await editor.post(`/api/resolutions/${world.bimSon.resolutionId}/observations`, {
      items: [{ ...figure, expectedRevision: INT_OVER }],
    });
    expectRefused(batch, 'items.0.expectedRevision', 'expectedRevision');

    const parts = exampleParts('bim-son-midterm-2023.json');
    const observations = parts.observations as { revision?: number }[];
    const withRevision = {
      ...parts,
      title: 'NQ lần sửa quá lớn',
      observations: [{ ...observations[0], revision: INT_OVER }],
    };
    expectRefused(
      await editor.post('/api/units/381/resolutions', withRevision),
      'observations.0.revision',
      'revision',
    );

    const benchmarks = parts.benchmarks as { rank?: { position: number; of: number; scope: string } }[];
    const ranked = benchmarks.findIndex((b) => b.rank);
    expect(ranked).toBeGreaterThanOrEqual(0);
    const bad = benchmarks.map((b, n) =>
      n === ranked ? { ...b, rank: { position: INT_OVER, of: INT_OVER + 1, scope: 'toàn tỉnh' } } : b,
    );
    const withRank = { ...parts, title: 'NQ thứ hạng quá lớn', benchmarks: bad };
    expectRefused(
      await editor.post('/api/units/381/resolutions', withRank),
      `benchmarks.${ranked}.rank.position`,
      'rank.position',
    );
    expect(await counts()).toEqual(before);
  });

  it('ends a JSON import with a too large revision or a lone surrogate as invalid, not internal', async () => {
    const before = await counts();
    const parts = exampleParts('bim-son-midterm-2023.json');
    const observations = parts.observations as Record<string, unknown>[];
    const unit = { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', parentCode: '38' };
    const files = [
      {
        format: 'vedich/1',
        unit,
        ...parts,
        title: 'NQ nhập 1',
        observations: [{ ...observations[0], revision: INT_OVER }],
      },
      { format: 'vedich/1', unit, ...parts, title: `NQ nhập ${LONE}` },
    ];
    for (const file of files) {
      const boundary = '----vedich-edge';
      const payload =
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="nq.json"\r\n` +
        `Content-Type: application/json\r\n\r\n${JSON.stringify(file)}\r\n--${boundary}--\r\n`;
      const r = await editor.request({
        method: 'POST',
        url: '/api/units/381/imports?wait=true',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
      const job = (r.json() as { job: { state: string; code?: string; errors: { path: string }[] } }).job;
      expect(job.state).toBe('failed');
      expect(job.code, JSON.stringify(job)).not.toBe('internal');
      expect(job.errors.length, JSON.stringify(job)).toBeGreaterThan(0);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers multipart/form-data without a boundary with a 400 in the error shape', async () => {
    const requests = [
      { url: '/api/units/381/imports', label: 'import' },
      { url: '/api/drafts/check', label: 'draft check' },
    ];
    for (const { url, label } of requests) {
      for (const type of ['multipart/form-data', 'multipart/form-data; boundary=']) {
        const r = await editor.request({
          method: 'POST',
          url,
          headers: { 'content-type': type },
          payload: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--x--\r\n',
        });
        expect(r.statusCode, `${label} ${type} → ${r.body.slice(0, 200)}`).toBe(400);
        const body = r.json() as ErrorAnswer;
        expect(body.error.code).toBe('validation_failed');
        expect(body.error.message).toContain('boundary');
      }
    }
  });

  it('answers a multipart body cut before its closing boundary with a 400 in the error shape', async () => {
    for (const url of ['/api/units/381/imports', '/api/drafts/check']) {
      const r = await editor.request({
        method: 'POST',
        url,
        headers: { 'content-type': 'multipart/form-data; boundary=xx' },
        payload: '--xx\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n{"a":',
      });
      expect(r.statusCode, `${url} → ${r.body.slice(0, 200)}`).toBe(400);
      const body = r.json() as ErrorAnswer;
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toContain('multipart');
    }
  });
});

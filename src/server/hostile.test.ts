/**
 * Malformed and hostile input: wrong types, numbers too large for JSON doubles, huge bodies,
 * formulas, HTML and SQL in names, NUL characters, deep nesting. Always a clear 4xx (or a plain
 * 2xx storing the text as text), never a 500, never a partial write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/databases';
import { exampleParts, seedWorld, type World } from './fixtures';
import { openTestApp, signIn, type Client, type TestApp } from './testing';

describe.each(BACKENDS)('hostile input (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  let growthId: string;
  const counts = async () =>
    (
      await t.database.db.query<{ o: number; t: number; r: number; a: number }>(
        `select (select count(*) from observation_revisions)::int as o, (select count(*) from targets)::int as t,
                (select count(*) from resolutions)::int as r, (select count(*) from audit_log)::int as a`,
      )
    )[0];

  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    editor = await signIn(t.app, 'bimson.editor');
    growthId = world.bimSon.targetIds.t1 as string;
  });
  afterAll(async () => t.close());

  const rawPost = (url: string, body: string) =>
    editor.request({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: body });

  it('refuses wrong types, overflowing numbers and hostile strings in a figure batch, writing nothing', async () => {
    const url = `/api/resolutions/${world.bimSon.resolutionId}/observations`;
    const before = await counts();
    const good = `{"targetId":"${growthId}","period":"2024","value":1,"status":"estimate","expectedRevision":0}`;
    const bad = (value: string) =>
      `{"items":[${good},{"targetId":"${growthId}","period":"2025","value":${value},"status":"estimate","expectedRevision":0}]}`;
    const cases = [
      bad('1e400'),
      bad('9'.repeat(500)),
      bad('-1e400'),
      bad('{"$gt":0}'),
      bad('null'),
      bad(`"${'9'.repeat(500)}"`),
      bad('"=1+2"'),
      bad('"<img src=x onerror=alert(1)>"'),
      bad('"\'; drop table observation_revisions; --"'),
      `{"items":[${good}], "extra": true}`,
      `{"items":"${'x'.repeat(1000)}"}`,
      `{"items":[${good.replace('"expectedRevision":0', '"expectedRevision":1.5')}]}`,
      `{"items":[${good.replace('"period":"2024"', '"period":"2024\\u0000"')}]}`,
      `{"items":[${good.replace('"period":"2024"', '"period":"2025-2020"')}]}`,
      `{"items":[${good.replace('"period":"2024"', '"period":"0000"')}]}`,
      `{"items":[${good.replace(growthId, `${growthId}' or '1'='1`)}]}`,
      `{"items":[${Array.from({ length: 10_001 }, () => '{}').join(',')}]}`,
      `{"__proto__":{"admin":true},"items":[${good}]}`,
    ];
    for (const body of cases) {
      const r = await rawPost(url, body);
      expect(r.statusCode, `${body.slice(0, 120)} → ${r.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, body.slice(0, 120)).toBeLessThan(500);
      const error = (r.json() as { error: { code: string; message: string } }).error;
      expect(error.message.length).toBeGreaterThan(0);
      expect(r.body).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers 413 to a body over 1 MB and 400 to nesting too deep, without a 500', async () => {
    const url = `/api/resolutions/${world.bimSon.resolutionId}/observations`;
    const huge = await rawPost(url, JSON.stringify({ items: [{ comment: 'x'.repeat(1_200_000) }] }));
    expect(huge.statusCode).toBe(413);
    const deep = await rawPost(url, `${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(deep.statusCode).toBe(400);
    const deepObject = await rawPost(url, `{"items":${'{"a":'.repeat(200)}1${'}'.repeat(200)}}`);
    expect(deepObject.statusCode).toBe(400);
  });

  it('stores formulas, HTML and SQL in names as plain text and returns them unchanged as JSON', async () => {
    const names = {
      title: '<script>alert("nghị quyết")</script> \'; drop table resolutions; --',
      target: '=HYPERLINK("http://evil.example","Bấm vào đây")',
      comment: '@SUM(A1:A9) <b>đậm</b> %s %n {{7*7}}',
    };
    const parts = exampleParts('bim-son-midterm-2023.json');
    parts.title = names.title;
    const first = parts.targets[0];
    if (!first) throw new Error('the example has targets');
    first.name = names.target;
    const created = await editor.post('/api/units/381/resolutions', parts);
    expect(created.statusCode).toBe(201);
    expect(created.headers['content-type']).toContain('application/json');
    const { id } = created.json() as { id: string };
    const read = (await editor.get(`/api/resolutions/${id}`)).json() as {
      dossier: { title: string; targets: { id: string; name: string }[] };
    };
    expect(read.dossier.title).toBe(names.title);
    const target = read.dossier.targets.find((x) => x.name === names.target);
    expect(target).toBeDefined();
    const saved = await editor.post(`/api/resolutions/${id}/observations`, {
      items: [
        {
          targetId: target?.id,
          period: '2024-Q3',
          value: 1,
          status: 'estimate',
          expectedRevision: 0,
          comment: names.comment,
        },
      ],
    });
    expect(saved.statusCode).toBe(200);
    const history = (await editor.get(`/api/targets/${target?.id}/observations`)).json() as {
      revisions: { comment?: string }[];
    };
    expect(history.revisions.map((r) => r.comment)).toContain(names.comment);
    expect(await t.database.db.query('select count(*)::int as n from resolutions')).toEqual([{ n: 3 }]);
  });

  it('refuses NUL characters and odd ids in paths and queries with 4xx', async () => {
    const urls = [
      `/api/targets/${growthId}%00/observations`,
      `/api/targets/abc'%20or%201=1/observations`,
      `/api/targets/${'a'.repeat(300)}/observations`,
      `/api/resolutions/${world.bimSon.resolutionId}?asOf=2023%00`,
      `/api/resolutions/${world.bimSon.resolutionId}?asOf=2023&asOf=2024`,
      `/api/resolutions/${world.bimSon.resolutionId}?asOf=`,
      `/api/resolutions/${world.bimSon.resolutionId}?asOf=2025-2020`,
      `/api/resolutions/${world.bimSon.resolutionId}?asOf=0000`,
      `/api/resolutions/${world.bimSon.resolutionId}?asOf=9999-Q1`,
      `/api/targets/${growthId}/observations?period=2020-2020`,
      '/api/audit?unit=381&limit=1e400',
      `/api/compare?unit=38&indicator=${'x'.repeat(5000)}`,
      '/api/units/%E0%A4%A',
    ];
    for (const url of urls) {
      const r = await editor.get(url);
      expect(r.statusCode, `${url.slice(0, 80)} → ${r.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, url.slice(0, 80)).toBeLessThan(500);
    }
  });

  it('refuses a new resolution with a bad part as a whole: no unit, resolution or target written', async () => {
    const before = await counts();
    const broken = exampleParts('chi-linh-midterm-2023.json');
    broken.title = 'Nghị quyết có số liệu hỏng';
    const observations = broken.observations as { value: unknown }[];
    (observations[observations.length - 1] as { value: unknown }).value = { $gt: 0 };
    const r = await editor.post('/api/units/381/resolutions', broken);
    expect(r.statusCode).toBe(400);
    expect((r.json() as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(
      `observations.${observations.length - 1}.value`,
    );
    expect(await counts()).toEqual(before);
  });
});

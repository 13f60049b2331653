/** The province view and approval over HTTP, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { seedWorld, type World } from '../fixtures';
import { addUser, openTestApp, signIn, type Client, type TestApp } from '../testing';

describe.each(BACKENDS)('province view and approval (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  let ownApprover: Client;
  let province: Client;
  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    await addUser(t, 'tinh.approver', [{ unitCode: '38', role: 'approver' }]);
    editor = await signIn(t.app, 'bimson.editor');
    ownApprover = await signIn(t.app, 'bimson.approver');
    province = await signIn(t.app, 'tinh.approver');
  });
  afterAll(async () => t.close());
  const rid = () => world.bimSon.resolutionId;
  const step = (c: Client, body: object) => c.post(`/api/resolutions/${rid()}/approvals`, body);

  it('the unit submits, its own approver cannot approve it, the province does; the period is then locked', async () => {
    const submitted = await step(editor, { period: '2022', action: 'submit' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      step: { state: 'submitted' },
      approval: { state: 'submitted' },
    });
    expect((await step(editor, { period: '2022', action: 'approve' })).statusCode).toBe(403);
    expect((await step(ownApprover, { period: '2022', action: 'approve' })).statusCode).toBe(403);
    const approved = await step(province, { period: '2022', action: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    const t1 = world.bimSon.targetIds.t1 as string;
    const history = (await editor.get(`/api/targets/${t1}/observations`)).json() as {
      revisions: { period: string; revision: number }[];
    };
    const rev = history.revisions
      .filter((f) => f.period === '2022')
      .reduce((m, f) => Math.max(m, f.revision), 0);
    const save = await editor.post(`/api/resolutions/${rid()}/observations`, {
      items: [{ targetId: t1, period: '2022', value: 1, status: 'official', expectedRevision: rev }],
    });
    expect(save.statusCode, save.body).toBe(423);
    expect(save.json()).toMatchObject({ error: { code: 'locked', issues: [{ path: 'items.0.period' }] } });
    // The figure's deletion and an import of the unit's own export with 2022 changed: locked too.
    const revisions2022 = async () =>
      (
        await t.database.db.query<{ n: number }>(
          "select count(*)::int as n from observation_revisions where period = '2022'",
        )
      )[0]?.n;
    const before = await revisions2022();
    const deletion = await editor.request({
      method: 'DELETE',
      url: `/api/targets/${t1}/observations/2022`,
      payload: { expectedRevision: rev, reason: 'Nhập nhầm' },
    });
    expect(deletion.statusCode, deletion.body).toBe(423);
    const exported = (await editor.get('/api/units/381/export.json')).json() as {
      dossiers?: { observations: { period: string; value: unknown }[] }[];
      observations?: { period: string; value: unknown }[];
    };
    const observations = exported.observations ?? exported.dossiers?.[0]?.observations ?? [];
    for (const o of observations) if (o.period === '2022' && typeof o.value === 'number') o.value += 1;
    const boundary = '----vedich-lock-test';
    const upload = await editor.request({
      method: 'POST',
      url: '/api/units/381/imports?wait=true',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload:
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="so-lieu.json"\r\n` +
        `Content-Type: application/json\r\n\r\n${JSON.stringify(exported)}\r\n--${boundary}--\r\n`,
    });
    expect(upload.json()).toMatchObject({ job: { state: 'failed', code: 'locked' } });
    expect(await revisions2022()).toBe(before);
    // Accepting is the next level's: there is none above the province, so the province's admin.
    expect((await step(province, { period: '2022', action: 'accept' })).statusCode).toBe(403);
    const admin = await signIn(t.app, 'tinh.admin');
    expect((await step(admin, { period: '2022', action: 'accept' })).statusCode).toBe(200);
  });

  it('returns a period with a reason, and the unit sees it with the province request', async () => {
    await step(editor, { period: '2023', action: 'submit' });
    expect((await step(province, { period: '2023', action: 'return' })).statusCode).toBe(400);
    const returned = await step(province, {
      period: '2023',
      action: 'return',
      reason: 'Thiếu số thu ngân sách quý IV',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const asked = await province.post('/api/units/381/requests', { period: '2023', resolutionId: rid() });
    expect(asked.statusCode, asked.body).toBe(200);
    expect((await ownApprover.post('/api/units/381/requests', { period: '2023' })).statusCode).toBe(403);
    const seen = (await editor.get('/api/units/381/approvals')).json() as {
      approvals: { period: string; state: string }[];
      history: { state: string; reason?: string }[];
      requests: { message: string }[];
    };
    expect(seen.approvals.find((a) => a.period === '2023')?.state).toBe('returned');
    expect(seen.history[0]).toMatchObject({ state: 'returned', reason: 'Thiếu số thu ngân sách quý IV' });
    expect(seen.requests[0]?.message).toBe(
      'tỉnh Thanh Hóa đề nghị thị xã Bỉm Sơn cập nhật đầy đủ số liệu năm 2023.',
    );
  });

  it('shows every unit of the province with cells, met counts, approval, completeness and the deadline', async () => {
    const deadline = await province.request({
      method: 'PUT',
      url: '/api/units/38/deadlines/2023',
      payload: { dueDate: '2024-01-20' },
    });
    expect(deadline.statusCode, deadline.body).toBe(200);
    const r = await province.get('/api/units/38/province-view?asOf=2023&period=2023');
    expect(r.statusCode, r.body).toBe(200);
    const view = r.json() as {
      columns: { key: string; rollup: { text: string } }[];
      rows: {
        unitCode: string;
        met: { text: string } | null;
        cells: ({ light: string } | null)[];
        approval: { state: string } | null;
        completeness: { text: string } | null;
        late: boolean;
        lights: Record<string, number>;
        rollUp: { lights: Record<string, number>; met: number; judged: number; unitsReviewed: number } | null;
      }[];
      deadline: string | null;
      counts: { units: number; withResolution: number };
      rollUp: { lights: Record<string, number>; met: number; judged: number; unitsReviewed: number } | null;
    };
    expect(view.deadline).toBe('2024-01-20');
    expect(view.counts).toMatchObject({ units: 2, withResolution: 1 });
    const bimSon = view.rows.find((row) => row.unitCode === '381');
    expect(bimSon?.met?.text).toMatch(/^\d+\/\d+$/);
    expect(bimSon?.approval?.state).toBe('returned');
    expect(bimSon?.completeness?.text).toMatch(/^đã nhập \d+\/\d+ số liệu, \d+ đúng hạn$/);
    expect(bimSon?.cells.length).toBe(view.columns.length);
    expect(view.columns.every((c) => c.rollup.text.length > 0)).toBe(true);
    const thanhHoaCity = view.rows.find((row) => row.unitCode === '380');
    expect(thanhHoaCity?.late).toBe(true); // no resolution, deadline passed (clock 2025-06-01)
    // The read engine's roll-up: Bỉm Sơn alone below the province has a resolution, so the
    // province adds up to Bỉm Sơn's own targets, counted as the core counts them.
    const bimSonMet = bimSon?.met as unknown as { met: number; of: number };
    expect(bimSon?.rollUp).toMatchObject({ met: bimSonMet.met, judged: bimSonMet.of, unitsReviewed: 1 });
    expect(view.rollUp).toEqual({ ...bimSon?.rollUp, code: '38' });
    expect(thanhHoaCity?.rollUp).toMatchObject({ unitsReviewed: 0, met: 0 });
    const approvedOnly = (
      await province.get('/api/units/38/province-view?asOf=2023&approvedOnly=true')
    ).json() as {
      approvedOnly: boolean;
      rollUp: unknown;
    };
    expect(approvedOnly.approvedOnly).toBe(true);
    expect(approvedOnly.rollUp).toBeNull();
    expect((await editor.get('/api/units/38/province-view')).statusCode).toBe(403);
  });

  it('approves many units at once and lists those not submitted', async () => {
    await step(editor, { period: '2021', action: 'submit' });
    const r = await province.post('/api/units/38/approvals/bulk', { period: '2021', resolutionIds: [rid()] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ approved: [{ period: '2021', state: 'approved' }], skipped: [] });
    const again = await province.post('/api/units/38/approvals/bulk', {
      period: '2021',
      resolutionIds: [rid()],
    });
    expect(again.json()).toMatchObject({ approved: [], skipped: [{ state: 'approved' }] });
    const other = await province.post('/api/units/38/approvals/bulk', {
      period: '2021',
      resolutionIds: [world.chiLinh.resolutionId],
    });
    expect(other.statusCode).toBe(403);
  });
});

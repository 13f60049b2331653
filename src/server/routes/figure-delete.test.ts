/**
 * Deleting a figure over HTTP: an editor deletes the figure of a target and period as of the
 * revision they saw, with a reason; the deletion is a revision (history kept) with an audit row,
 * and the answer carries the evaluation after it. And the report route is scoped: a user of
 * another unit gets 403 whatever the query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { figureDeletedAnswer } from '../../schema/api';
import { seedWorld, type World } from '../fixtures';
import { openTestApp, signIn, type Client, type TestApp } from '../testing';

describe.each(BACKENDS)('deleting a figure (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  let growthId: string;
  const figureUrl = (period: string, targetId = growthId) =>
    `/api/targets/${targetId}/observations/${period}`;
  const del = (client: Client, url: string, payload: object) =>
    client.request({ method: 'DELETE', url, payload });

  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    editor = await signIn(t.app, 'bimson.editor');
    growthId = world.bimSon.targetIds.t1 as string;
  });
  afterAll(async () => t.close());

  it('deletes as of the revision seen, with the reason in the revision and the audit log', async () => {
    const r = await del(editor, `${figureUrl('2022')}?asOf=2022`, {
      expectedRevision: 2,
      reason: 'Nhập nhầm chỉ tiêu',
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = figureDeletedAnswer.parse(r.json());
    expect(body.revision).toMatchObject({
      period: '2022',
      revision: 3,
      deleted: true,
      comment: 'Nhập nhầm chỉ tiêu',
    });
    const after = body.evaluation.targets.find((e) => e.target.id === growthId);
    expect(after).toBeDefined();
    expect(JSON.stringify(after)).not.toContain('25100.75');

    const history = (await editor.get(`/api/targets/${growthId}/observations?period=2022`)).json() as {
      revisions: { revision: number; deleted: boolean }[];
    };
    expect(history.revisions.map((h) => [h.revision, h.deleted])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    const [audit] = await t.database.db.query<{
      action: string;
      after: { comment?: string };
      unit_code: string;
    }>("select action, after, unit_code from audit_log where action = 'observation.delete'");
    expect(audit).toMatchObject({
      action: 'observation.delete',
      unit_code: '381',
      after: { comment: 'Nhập nhầm chỉ tiêu' },
    });
  });

  it('refuses a stale revision (409 with the current figure), a missing reason, a figure never entered', async () => {
    const stale = await del(editor, figureUrl('2021'), { expectedRevision: 7, reason: 'Sai' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'revision_conflict' } });
    const noReason = await del(editor, figureUrl('2021'), { expectedRevision: 1, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain('reason');
    const never = await del(editor, figureUrl('2019'), { expectedRevision: 1, reason: 'Không có' });
    expect(never.statusCode).toBe(409);
    const again = await del(editor, figureUrl('2022'), { expectedRevision: 3, reason: 'Lần nữa' });
    expect(again.statusCode).toBe(400);
  });

  it('refuses a viewer, and a user of another unit before validating the body', async () => {
    const viewer = await signIn(t.app, 'bimson.viewer');
    expect((await del(viewer, figureUrl('2021'), { expectedRevision: 1, reason: 'Thử' })).statusCode).toBe(
      403,
    );
    const stranger = await signIn(t.app, 'chilinh.editor');
    expect((await del(stranger, figureUrl('2021'), { rác: true })).statusCode).toBe(403);
    const rows = await t.database.db.query(
      "select 1 from observation_revisions where period = '2021' and deleted",
    );
    expect(rows).toHaveLength(0);
  });

  it("answers 403, not 400, to a bad report query on another unit's resolution", async () => {
    const stranger = await signIn(t.app, 'chilinh.editor');
    const url = `/api/resolutions/${world.bimSon.resolutionId}/report?type=khong-co&asOf=rac`;
    const r = await stranger.get(url);
    expect(r.statusCode, r.body).toBe(403);
  });
});

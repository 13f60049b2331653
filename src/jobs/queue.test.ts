/** A running job's claim is renewed while it runs, so a job longer than its claim is not taken
 * by another worker; a job whose worker stopped renewing is taken over once its claim expires. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { claimJob, enqueue, whileClaimed } from './queue';

const LOCK_MS = 1500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BACKENDS)('claims of running jobs (%s)', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
  });
  afterAll(async () => t.close());

  it('keeps a long job its own while it runs, and lets a silent one go when its claim expires', async () => {
    await enqueue(t.db, 'long', { n: 1 });
    const job = await claimJob(t.db, ['long'], 'w1', LOCK_MS);
    expect(job).not.toBeNull();
    const seenByOthers: unknown[] = [];
    await whileClaimed(t.db, job!, 'w1', LOCK_MS, async () => {
      for (let i = 0; i < 4; i++) {
        await sleep(LOCK_MS * 0.75);
        seenByOthers.push(await claimJob(t.db, ['long'], 'w2', LOCK_MS));
      }
    });
    // Three claims' worth of time went by: never taken by the other worker.
    expect(seenByOthers).toEqual([null, null, null, null]);

    await enqueue(t.db, 'silent', { n: 2 });
    const silent = await claimJob(t.db, ['silent'], 'w1', LOCK_MS);
    expect(silent).not.toBeNull();
    await sleep(LOCK_MS * 1.5);
    // Its worker renewed nothing (it crashed): another one takes it.
    expect((await claimJob(t.db, ['silent'], 'w2', LOCK_MS))?.id).toBe(silent?.id);
  });
});

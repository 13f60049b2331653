/**
 * The draft check over HTTP with hostile Word files: a zip bomb is refused with 413
 * payload_too_large while the server keeps answering other requests, and an upload over the
 * file limit says payload_too_large too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { buildZip, documentXml } from '../../reports/draft-check/zip-fixture';
import { seedWorld, type World } from '../fixtures';
import { openTestApp, signIn, type Client, type TestApp } from '../testing';

const MB = 1024 * 1024;

function upload(resolutionId: string, file: Buffer): { headers: Record<string, string>; payload: Buffer } {
  const boundary = '----vedich-draft';
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="resolutionId"\r\n\r\n${resolutionId}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="du-thao.docx"\r\n` +
    'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

describe.each(BACKENDS)('draft check with hostile Word files (%s)', (backend) => {
  let t: TestApp;
  let world: World;
  let viewer: Client;
  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t);
    viewer = await signIn(t.app, 'bimson.viewer');
  });
  afterAll(async () => t.close());

  const check = (file: Buffer) =>
    viewer.request({ method: 'POST', url: '/api/drafts/check', ...upload(world.bimSon.resolutionId, file) });

  it('checks a small Word draft', async () => {
    const r = await check(
      buildZip([{ name: 'word/document.xml', data: documentXml(['Thu ngân sách đạt 10 tỷ.']) }]),
    );
    expect(r.statusCode, r.body).toBe(200);
  });

  it('refuses zip bombs with 413 payload_too_large and keeps answering other requests', async () => {
    const honest = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(100 * MB, 0x61) }]);
    const lying = buildZip([
      {
        name: 'word/document.xml',
        data: Buffer.concat([documentXml(['a']), Buffer.alloc(100 * MB, 0x20)]),
        declaredSize: 5000,
      },
    ]);
    for (const bomb of [honest, lying]) {
      expect(bomb.length).toBeLessThan(MB);
      const pending = check(bomb);
      const started = performance.now();
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(performance.now() - started).toBeLessThan(1000);
      const r = await pending;
      expect(r.statusCode, r.body.slice(0, 300)).toBe(413);
      expect(r.json()).toMatchObject({ error: { code: 'payload_too_large', issues: [{ path: 'file' }] } });
    }
  });

  it('answers an upload over the file limit with 413 payload_too_large', async () => {
    const r = await check(Buffer.alloc(11 * MB, 1));
    expect(r.statusCode).toBe(413);
    expect(r.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});

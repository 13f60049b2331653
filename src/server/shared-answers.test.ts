import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, type World } from './fixtures';
import { acceptsGzip } from './shared-answers';
import { openTestApp, signIn, type Client, type TestApp } from './testing';

describe('acceptsGzip', () => {
  it('reads the Accept-Encoding header as browsers send it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('a kept answer is sent compressed to clients that accept it', () => {
  let t: TestApp;
  let world: World;
  let editor: Client;
  beforeAll(async () => {
    t = await openTestApp('embedded');
    world = await seedWorld(t);
    editor = await signIn(t.app, 'bimson.editor');
  });
  afterAll(async () => t.close());

  it('sends the same JSON, gzipped when asked, plain otherwise', async () => {
    const url = `/api/resolutions/${world.bimSon.resolutionId}`;
    const plain = await editor.get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await editor.request({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    const text = gunzipSync(zipped.rawPayload).toString('utf8');
    expect(text).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });
});

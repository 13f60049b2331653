/**
 * Every answer carries the security headers and every error the documented shape, including the
 * answers Fastify builds before routing (bad URL encoding, over-long path parameters), 404s,
 * 413s, the API reference page and the web app's files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './testing';

/** The headers every answer must carry, whatever its status. */
function expectSecurityHeaders(r: LightMyRequestResponse, label: string): void {
  const csp = String(r.headers['content-security-policy'] ?? '');
  expect(csp, `${label}: CSP`).toContain("default-src 'self'");
  expect(csp, label).toContain("object-src 'none'");
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).toContain("base-uri 'self'");
  expect(csp, label).toMatch(/script-src 'self'(;|$)/);
  expect(csp, label).not.toMatch(/script-src[^;]*unsafe/);
  expect(r.headers['x-content-type-options'], label).toBe('nosniff');
  expect(r.headers['x-frame-options'], label).toBe('DENY');
  expect(r.headers['referrer-policy'], label).toBe('same-origin');
  expect(r.headers['cross-origin-opener-policy'], label).toBe('same-origin');
  expect(r.headers['cross-origin-resource-policy'], label).toBe('same-origin');
  expect(r.headers['x-dns-prefetch-control'], label).toBe('off');
  expect(r.headers['x-permitted-cross-domain-policies'], label).toBe('none');
  expect(r.headers['permissions-policy'], label).toContain('camera=()');
  expect(r.headers['x-powered-by'], label).toBeUndefined();
}

/** The documented error shape. */
function expectErrorShape(r: LightMyRequestResponse, status: number, code: string, label: string): void {
  expect(r.statusCode, `${label} → ${r.body.slice(0, 200)}`).toBe(status);
  const body = r.json() as { error?: { code?: unknown; message?: unknown; issues?: unknown } };
  expect(body.error?.code, label).toBe(code);
  expect(typeof body.error?.message, label).toBe('string');
  expect(String(body.error?.message), label).not.toMatch(/FST_|valid url component|param length/i);
  expect(Array.isArray(body.error?.issues), label).toBe(true);
}

describe('security headers and router errors', () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'vedich-web-'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Về Đích</title>');
    writeFileSync(path.join(webRoot, 'app.js'), 'console.log(1);');
    t = await openTestApp('embedded', { webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers a malformed percent-encoding in the path with the error shape and the headers', async () => {
    for (const url of ['/api/units/%ff/resolutions', '/api/units/%E0%A4%A', '/khong-co/%ff']) {
      const r = await t.app.inject({ method: 'GET', url });
      expectErrorShape(r, 400, 'bad_request', url);
      expectSecurityHeaders(r, url);
      if (url.startsWith('/api/')) expect(r.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('answers a path parameter over 200 characters with the error shape and the headers', async () => {
    const url = `/api/units/${'a'.repeat(300)}/resolutions`;
    const r = await t.app.inject({ method: 'GET', url });
    expectErrorShape(r, 414, 'uri_too_long', 'long parameter');
    expectSecurityHeaders(r, 'long parameter');
  });

  it('answers 404, 401, 413 and 415 with the headers', async () => {
    const answers: [string, LightMyRequestResponse][] = [
      ['404', await t.app.inject({ method: 'GET', url: '/api/khong-co' })],
      ['401', await t.app.inject({ method: 'GET', url: '/api/auth/me' })],
      [
        '413',
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: `"${'x'.repeat(2 * 1024 * 1024)}"`,
        }),
      ],
      [
        '415',
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'content-type': 'text/x-evil' },
          payload: 'x',
        }),
      ],
    ];
    for (const [label, r] of answers) {
      expect(String(r.statusCode), r.body.slice(0, 200)).toBe(label);
      expectSecurityHeaders(r, label);
    }
    expectErrorShape(answers[2]?.[1] as LightMyRequestResponse, 413, 'payload_too_large', '413');
  });

  it('sends the headers with the health check, the web app and its files', async () => {
    for (const url of ['/api/health', '/', '/app.js', '/tong-quan']) {
      const r = await t.app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(200);
      expectSecurityHeaders(r, url);
    }
  });

  it('keeps the API reference page working: its own files, styles and data images allowed', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expectSecurityHeaders(page, '/api/docs/');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("img-src 'self' data:");
    // The page loads only same-origin scripts: no inline script for the CSP to block.
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('answers malformed HTTP (headers too large, bad request line) in the error shape with the headers', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
        socket.on('close', () => resolve(answer));
        socket.on('error', reject);
      });
    const cases: [string, string, string][] = [
      [
        '431',
        `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
        'header_too_large',
      ],
      ['400', 'KHONG HOP LE\r\n\r\n', 'bad_request'],
    ];
    for (const [status, request, code] of cases) {
      const answer = await raw(request);
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect(head.split('\r\n')[0], answer.slice(0, 200)).toContain(` ${status} `);
      expect(head.toLowerCase()).toContain("content-security-policy: default-src 'self'");
      expect(head.toLowerCase()).toContain('x-content-type-options: nosniff');
      expect(JSON.parse(body)).toMatchObject({ error: { code, issues: [] } });
    }
  });
});

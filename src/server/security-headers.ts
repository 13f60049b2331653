/**
 * Headers every answer carries (the set helmet sends, written out): a strict Content-Security-
 * Policy, no MIME sniffing, no framing by other sites, no referrer leaks, isolation from other
 * origins; API answers are never cached (they hold unit data behind a session).
 *
 * The policy allows only the server's own scripts: the built web app (Vite) loads its modules
 * from files and the API reference page (Swagger UI) loads three script files, neither has an
 * inline script. Style attributes stay allowed (the loading text of index.html, React's styles);
 * the reference page also injects style elements. Images may be data: URLs (the favicon).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The Content-Security-Policy of the web app and the API. */
export function contentSecurityPolicy(options: { docs: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "script-src 'self'",
    "script-src-attr 'none'",
    options.docs ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  // Only behind HTTPS: on plain HTTP (a LAN address) it would break every file the page loads.
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

const FIXED_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  // The legacy XSS auditor does more harm than good; the CSP does its work.
  'x-xss-protection': '0',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** The security headers of an answer to `url` (lower-case names). */
export function securityHeaders(url: string, https: boolean): Record<string, string> {
  const docs = url.startsWith('/api/docs');
  const headers: Record<string, string> = {
    ...FIXED_HEADERS,
    'content-security-policy': contentSecurityPolicy({ docs, https }),
  };
  if (https) headers['strict-transport-security'] = 'max-age=15552000; includeSubDomains';
  if (url.startsWith('/api/') && !docs) headers['cache-control'] = 'no-store';
  return headers;
}

/** Sets the security headers on a reply (also used for answers built before routing). */
export function applySecurityHeaders(reply: FastifyReply, url: string, https: boolean): void {
  for (const [name, value] of Object.entries(securityHeaders(url, https))) reply.header(name, value);
  reply.removeHeader('x-powered-by');
}

/** Installs the headers hook. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    applySecurityHeaders(reply, request.url, app.serverConfig.secureCookies);
    return payload;
  });
}

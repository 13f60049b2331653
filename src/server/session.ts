/**
 * Reads the session cookie of every /api request, enforces CSRF on cookie sessions and refuses
 * anonymous requests to every route that does not declare `config: { access: 'public' }`. The cookie is `vedich_session`, HttpOnly,
 * SameSite=Lax, Secure when configured.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../services/app-error';
import { resolveSession, safeEqual } from './accounts/sessions.service';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'vedich_session';
/** Header carrying the CSRF token on every non-GET request of a cookie session. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes a stale cookie must not block. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/** Sets the session cookie on the reply. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.server.serverConfig.secureCookies,
    expires: expiresAt,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.server.serverConfig.secureCookies,
  });
}

/** Installs the session hook on the app. */
export function installSession(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await resolveSession(app.db, app.serverConfig, token) : null;
    const path = request.url.split('?')[0] ?? '';
    if (request.auth && !SAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(path)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !safeEqual(header, request.auth.csrfToken)) {
        throw new AppError('csrf_failed', 'Thiếu hoặc sai mã chống giả mạo yêu cầu (x-csrf-token).');
      }
    }
    // Routes are for signed-in users unless they declare `config: { access: 'public' }`.
    const access = request.routeOptions.config.access ?? (path.startsWith('/api/docs') ? 'public' : 'user');
    if (!request.is404 && access === 'user' && !request.auth) {
      throw new AppError('unauthenticated', 'Bạn cần đăng nhập.');
    }
  });
}

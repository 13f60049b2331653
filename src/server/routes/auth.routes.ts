/** Sign-in, sign-out and the current user: /api/auth/*. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { recordAuthEvent } from '../accounts/auth-audit';
import { signIn } from '../accounts/login.service';
import { deleteSession } from '../accounts/sessions.service';
import { actorOf, requireUser } from '../access';
import { clearSessionCookie, setSessionCookie } from '../session';
import { meAnswer, okAnswer } from '../../schema/api';
import type { ZodTypeProvider } from '../zod';

const LoginBody = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

/** Auth routes. */
export const authRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đăng nhập; đặt cookie vedich_session và trả mã CSRF',
        body: LoginBody,
        response: { 200: meAnswer },
      },
    },
    async (request, reply) => {
      const signed = await signIn(app.db, app.serverConfig, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(request, reply, signed.token, signed.expiresAt);
      return { user: signed.user, roles: signed.roles, csrfToken: signed.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['Đăng nhập'], summary: 'Đăng xuất: xóa phiên', response: { 200: okAnswer } },
    },
    async (request, reply) => {
      if (request.auth) {
        await deleteSession(app.db, request.auth.tokenHash);
        await recordAuthEvent(app.db, actorOf(request), 'logout', { userId: request.auth.user.id });
      }
      clearSessionCookie(request, reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Người dùng hiện tại, vai trò và mã CSRF',
        response: { 200: meAnswer },
      },
    },
    async (request) => {
      const auth = requireUser(request);
      return { user: auth.user, roles: auth.roles, csrfToken: auth.csrfToken };
    },
  );
};

/** Accounts over HTTP: one's own password, and for administrators the users of their units. */
import { noteChange } from '../../db/change-feed';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { subtreeCodes } from '../../services/unit.service';
import { AppError } from '../../services/app-error';
import { actorOf, requireRole, requireUser } from '../access';
import { verifyCurrentPassword } from '../accounts/login.service';
import { generatePassword, MIN_PASSWORD_LENGTH } from '../accounts/password';
import { ROLES } from '../accounts/roles';
import {
  createUser,
  findUserById,
  grantRole,
  listUsersOfUnits,
  rolesOf,
  setDisabled,
  setPassword,
} from '../accounts/users.service';
import { createdUserAnswer, okAnswer, rolesAnswer, usersAnswer } from '../../schema/api';
import { UnitCode } from '../schemas';
import type { ZodTypeProvider } from '../zod';

const Assignment = z.strictObject({ unitCode: UnitCode, role: z.enum(ROLES) });
const NewUserBody = z.strictObject({
  username: z.string().min(1).max(64),
  displayName: z.string().max(200).optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024).optional().describe('Bỏ trống để tạo ngẫu nhiên'),
  roles: z.array(Assignment).min(1).max(50),
});
const PasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
});
const UserIdParam = z.object({ id: z.uuid('Mã người dùng không hợp lệ.') });

/** The user with that id, after checking the caller administers every unit the user holds a
 * role on (so nobody can act on an account of another unit). */
async function authorizeUser(request: FastifyRequest, id: string) {
  const user = await findUserById(request.server.db, id);
  if (!user) throw new AppError('not_found', 'Không tìm thấy người dùng.');
  const roles = await rolesOf(request.server.db, id);
  if (roles.length === 0) throw new AppError('forbidden', 'Bạn không có quyền với người dùng này.');
  for (const role of roles) await requireRole(request, role.unitCode, 'admin');
  return user;
}

/** Account routes. */
export const userRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đổi mật khẩu của mình; các phiên khác của tài khoản kết thúc',
        body: PasswordBody,
        response: { 200: okAnswer },
      },
    },
    async (request) => {
      const auth = requireUser(request);
      await verifyCurrentPassword(app.db, app.serverConfig, {
        username: auth.user.username,
        password: request.body.currentPassword,
        ip: request.ip,
      });
      await setPassword(app.db, actorOf(request), auth.user.id, request.body.newPassword, auth.tokenHash);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['Tài khoản'],
        summary:
          'Người dùng có vai trò trên đơn vị hoặc đơn vị cấp dưới, chỉ với các vai trò trong phạm vi đó — quản trị viên của đơn vị',
        querystring: z.object({ unit: UnitCode }),
        response: { 200: usersAnswer },
      },
    },
    async (request) => {
      await requireRole(request, request.query.unit, 'admin');
      const codes = await subtreeCodes(app.db, request.query.unit);
      return { users: await listUsersOfUnits(app.db, codes.length ? codes : [request.query.unit]) };
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['Tài khoản'],
        summary:
          'Tạo tài khoản với vai trò; cần quyền quản trị trên đơn vị của từng vai trò. Mật khẩu tạo ngẫu nhiên được trả một lần',
        body: NewUserBody,
        response: { 201: createdUserAnswer },
      },
    },
    async (request, reply) => {
      for (const role of request.body.roles) await requireRole(request, role.unitCode, 'admin');
      const password = request.body.password ?? generatePassword();
      const user = await createUser(app.db, actorOf(request), { ...request.body, password });
      return reply.status(201).send({
        user,
        roles: await rolesOf(app.db, user.id),
        ...(request.body.password ? {} : { password }),
      });
    },
  );

  app.post(
    '/api/users/:id/roles',
    {
      schema: {
        tags: ['Tài khoản'],
        summary:
          'Cấp thêm vai trò trên một đơn vị — quản trị viên của đơn vị đó và của mọi đơn vị người dùng đang có vai trò',
        params: UserIdParam,
        body: Assignment,
        response: { 201: rolesAnswer },
      },
    },
    async (request, reply) => {
      await requireRole(request, request.body.unitCode, 'admin');
      // The user must be one of the admin's own: a role here would otherwise reach a user of
      // another province (and the answer would show their roles there).
      const user = await authorizeUser(request, request.params.id);
      await app.db.transaction((tx) => grantRole(tx, actorOf(request), user.id, request.body));
      noteChange(app.db, 'accounts');
      return reply.status(201).send({ roles: await rolesOf(app.db, user.id) });
    },
  );

  app.post(
    '/api/users/:id/disabled',
    {
      schema: {
        tags: ['Tài khoản'],
        summary:
          'Khóa (hoặc mở lại) tài khoản; khóa thì các phiên kết thúc ngay — quản trị mọi đơn vị của người đó',
        params: UserIdParam,
        body: z.strictObject({ disabled: z.boolean() }),
        response: { 200: okAnswer },
      },
    },
    async (request) => {
      const user = await authorizeUser(request, request.params.id);
      if (user.id === requireUser(request).user.id) {
        throw new AppError('validation_failed', 'Không thể tự khóa tài khoản của mình.');
      }
      await setDisabled(app.db, actorOf(request), user.id, request.body.disabled);
      return { ok: true as const };
    },
  );
};

/**
 * The HTTP application: `buildApp({ db, config })` returns a ready Fastify instance without
 * listening (tests use `app.inject`); `startServer` in start.ts listens. Route modules live in
 * `routes/<area>.routes.ts`, each a Fastify plugin registered below.
 */
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { resolveConfig, type ServerConfig } from './config';
import { clientErrorAnswer, frameworkErrorAnswer } from './early-errors';
import { installErrorHandler, installNotFound } from './error-handler';
import { installResponseValidation } from './response-contract';
import { routeModules } from './routes';
import { installInputGuard } from './input-guard';
import { installScopeHook } from './scope-hook';
import { installSecurityHeaders } from './security-headers';
import { installSession } from './session';
import { serveWebApp } from './web-app';
import { watchChanges } from '../db/change-feed';
import { installSharedAnswerCompression } from './shared-answers';
import { jsonSerializerCompiler, zodSwaggerTransform, zodValidatorCompiler } from './zod';
import type { RegisteredRoute } from './types';

/** What the app needs: an open, migrated database and optional settings. */
export interface AppOptions {
  db: Database;
  config?: Partial<ServerConfig>;
  /** Check every JSON answer against its route's response schema; a mismatch answers 500 and
   * is reported (see response-contract.ts). On in tests, off in production. */
  validateResponses?: boolean;
}

/** Builds the application (routes, docs, sessions, error handling). Call `app.ready()` or
 * `app.inject()` to use it; closing the app does not close the database. */
export async function buildApp({
  db,
  config,
  validateResponses = false,
}: AppOptions): Promise<FastifyInstance> {
  const settings = resolveConfig(config);
  const app = Fastify({
    logger: settings.logger,
    bodyLimit: settings.bodyLimit,
    trustProxy: settings.trustProxy,
    // Very long URLs or deep query strings are not ours: refuse early.
    routerOptions: { maxParamLength: 200 },
    // Errors raised before routing get the same shape and headers as every other answer.
    frameworkErrors: frameworkErrorAnswer(settings.secureCookies),
    clientErrorHandler: clientErrorAnswer(settings.secureCookies),
  });
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || !route.url.startsWith('/api/')) continue;
      const access = route.config?.access ?? (route.url.startsWith('/api/docs') ? 'public' : 'user');
      routes.push({
        method,
        url: route.url,
        access,
        ...(route.config?.scope ? { scope: route.config.scope } : {}),
      });
    }
  });
  app.decorate('apiRoutes', routes);
  app.decorate('db', db);
  app.decorate('serverConfig', settings);
  // Every instance learns of every committed write at once (read caches, session cache).
  const releaseChangeFeed = await watchChanges(db);
  app.addHook('onClose', releaseChangeFeed);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(jsonSerializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app);
  installSharedAnswerCompression(app);
  if (validateResponses) installResponseValidation(app);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Về Đích API',
        version: '0.1.0',
        description:
          'Theo dõi thực hiện Nghị quyết Đại hội. Đăng nhập bằng POST /api/auth/login (cookie vedich_session); ' +
          'mọi yêu cầu khác GET phải gửi tiêu đề x-csrf-token.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vedich_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: zodSwaggerTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installSession(app);
  installInputGuard(app);
  installScopeHook(app);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  for (const module of routeModules) await app.register(module);
  const spa = settings.webRoot ? await serveWebApp(app, settings.webRoot) : false;
  installNotFound(app, spa);
  return app;
}

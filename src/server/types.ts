/**
 * What the server adds to Fastify: the database and settings on the instance, the session on the
 * request, and the access requirement a route declares in its `config`.
 */
import type { Database } from '../db/database';
import type { SessionInfo } from './accounts/sessions.service';
import type { ServerConfig } from './config';

/** How a route is protected: `public` (no sign-in), `user` (signed in; unit checks inside). */
export type RouteAccess = 'public' | 'user';

/** A route of the API as registered (for the access tests and the docs). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route registered, with its declared access. */
    apiRoutes: RegisteredRoute[];
    db: Database;
    serverConfig: ServerConfig;
  }
  interface FastifyRequest {
    /** The signed-in session, or null. Set for every /api request before its handler. */
    auth: SessionInfo | null;
  }
  interface FastifyContextConfig {
    /** Declared by every /api route; `user` routes refuse anonymous requests with 401. */
    access?: RouteAccess;
  }
}

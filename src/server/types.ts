/**
 * What the server adds to Fastify: the database and settings on the instance, the session on the
 * request, and the access requirement a route declares in its `config`.
 */
import type { Database } from '../db/database';
import type { SessionInfo } from './accounts/sessions.service';
import type { Role } from './accounts/roles';
import type { ServerConfig } from './config';

/** The unit a route acts on, found from a path parameter before the body is even validated, so
 * a user without the role is refused (403/404) whatever they send. */
export interface RouteScope {
  resource: 'unit' | 'resolution' | 'target' | import('./task-resources').TaskScope;
  /** Name of the path parameter holding the unit code or the id. */
  param: string;
  role: Role;
}

/** How a route is protected: `public` (no sign-in), `user` (signed in; unit checks inside). */
export type RouteAccess = 'public' | 'user';

/** A route of the API as registered (for the access tests and the docs). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  scope?: RouteScope;
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
    /** Checked before validation by the scope hook (the handler still authorises itself). */
    scope?: RouteScope;
  }
}

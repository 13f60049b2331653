/**
 * Authorises routes that declare `config.scope` before their body is validated: the unit of the
 * resource named in the path is found and the role checked first, so a user of another unit gets
 * 403/404 even with a malformed body, and learns nothing from validation messages.
 */
import type { FastifyInstance } from 'fastify';
import { authorizeResolution, authorizeTarget, authorizeUnit } from './resources';
import { authorizeTaskScope } from './task-resources';

/** Installs the hook (after the session hook, before validation). */
export function installScopeHook(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const scope = request.routeOptions.config.scope;
    if (!scope) return;
    const value = (request.params as Record<string, unknown>)[scope.param];
    if (typeof value !== 'string') return; // the params schema will refuse it
    if (await authorizeTaskScope(request, scope.resource, value, scope.role)) return;
    if (scope.resource === 'unit') await authorizeUnit(request, value, scope.role);
    else if (scope.resource === 'resolution') await authorizeResolution(request, value, scope.role);
    else await authorizeTarget(request, value, scope.role);
  });
}

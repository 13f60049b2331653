/**
 * Every route module of the API, registered in this order by app.ts. To add a module: export a
 * `FastifyPluginAsync` from `routes/<area>.routes.ts` and add it to this list.
 */
import type { FastifyPluginAsync } from 'fastify';
import { auditRoutes } from './audit.routes';
import { authRoutes } from './auth.routes';
import { compareRoutes } from './compare.routes';
import { figureRoutes } from './figures.routes';
import { healthRoutes } from './health.routes';
import { importExportRoutes } from './import-export.routes';
import { observationHistoryRoutes } from './observations.routes';
import { provinceRoutes } from './province.routes';
import { reportRoutes } from './reports.routes';
import { resolutionRoutes } from './resolutions.routes';
import { targetRoutes } from './targets.routes';
import { taskChaseRoutes } from './tasks-chase.routes';
import { taskRoutes } from './tasks.routes';
import { unitRoutes } from './units.routes';
import { userRoutes } from './users.routes';

/** The route modules, registered without prefix (each declares full /api/... paths). */
export const routeModules: FastifyPluginAsync[] = [
  healthRoutes,
  authRoutes,
  userRoutes,
  unitRoutes,
  resolutionRoutes,
  targetRoutes,
  observationHistoryRoutes,
  figureRoutes,
  compareRoutes,
  provinceRoutes,
  importExportRoutes,
  auditRoutes,
  reportRoutes,
  taskRoutes,
  taskChaseRoutes,
];

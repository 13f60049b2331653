/**
 * Serves the built web app (dist/web). The single-page fallback (index.html for GETs outside
 * /api) is in the not-found handler (error-handler.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Registers the static files when `root` holds an index.html; returns whether it did. */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<boolean> {
  const absolute = path.resolve(root);
  if (!existsSync(path.join(absolute, 'index.html'))) return false;
  await app.register(fastifyStatic, { root: absolute, wildcard: false });
  return true;
}

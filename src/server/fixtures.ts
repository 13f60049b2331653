/**
 * A populated app for the server's tests: the seed units (38 › 380, 381; 30 › 290), a Bỉm Sơn
 * (381) resolution and a Chí Linh (290) one, and users of every role on them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import type { ResolutionDossier } from '../core';
import { EXAMPLES_DIR } from '../services/demo/demo.service';
import { saveDossierIn } from '../services/dossier.service';
import type { RoleAssignment } from './accounts/roles';
import { addUser, type TestApp } from './testing';

/** Ids of what {@link seedWorld} created. */
export interface World {
  bimSon: { resolutionId: string; targetIds: Record<string, string> };
  chiLinh: { resolutionId: string; targetIds: Record<string, string> };
}

/** The test users and their roles. */
export const WORLD_USERS: Record<string, RoleAssignment[]> = {
  'tinh.admin': [{ unitCode: '38', role: 'admin' }],
  'bimson.editor': [{ unitCode: '381', role: 'editor' }],
  'bimson.approver': [{ unitCode: '381', role: 'approver' }],
  'bimson.viewer': [{ unitCode: '381', role: 'viewer' }],
  'bimson.admin': [{ unitCode: '381', role: 'admin' }],
  'chilinh.editor': [{ unitCode: '290', role: 'editor' }],
  'chilinh.admin': [{ unitCode: '290', role: 'admin' }],
  'haiduong.admin': [{ unitCode: '30', role: 'admin' }],
};

/** The Chí Linh dossier: the factory's, moved to unit 290 of Hải Dương. */
export function chiLinhDossier(): ResolutionDossier {
  return buildDossier({
    unit: { code: '290', name: 'thành phố Chí Linh', level: 'district', parentCode: '30' },
    congress: { number: 1, term: '2020-2025', date: '2020-08-01', committee: 'Đảng bộ thành phố Chí Linh' },
    title: 'Nghị quyết Đại hội Đảng bộ thành phố Chí Linh lần thứ I',
  });
}

/** Seeds units, two resolutions and the users. */
export async function seedWorld(t: TestApp, users = WORLD_USERS): Promise<World> {
  const db = t.database.db;
  await seedUnitTree(db);
  const bimSon = await db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, buildDossier()));
  const chiLinh = await db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, chiLinhDossier()));
  for (const [username, roles] of Object.entries(users)) await addUser(t, username, roles);
  return { bimSon, chiLinh };
}

/** The parts of an example interchange file that `POST /api/units/:code/resolutions` takes (the
 * unit and the file's own facts dropped): always valid against the interchange schema. */
export function exampleParts(
  file: string,
): Record<string, unknown> & { title: string; targets: Record<string, unknown>[] } {
  const text = readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
  const {
    format: _f,
    illustrative: _i,
    notes: _n,
    sources: _s,
    unit: _u,
    ...parts
  } = JSON.parse(text) as Record<string, unknown>;
  return parts as Record<string, unknown> & { title: string; targets: Record<string, unknown>[] };
}

/**
 * The read engine gives exactly the core's answers: after random writes (figures saved, changed,
 * deleted, imported; a goal changed; a target dropped), its totals for every unit and area equal
 * a fresh evaluation of every dossier read from the database, added up here the plain way. And
 * two server instances on one PostgreSQL database agree: what is written through one is in the
 * other's totals once its notification has arrived.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countMet, evaluateDossier, LIGHTS, type Light, type ResolutionDossier } from '../core';
import { watchChanges } from '../db/change-feed';
import { openDatabase, type Database } from '../db/database';
import { loadDossier, saveDossierIn } from '../services/dossier.service';
import { recordImportedFigures, type ImportedFigure } from '../services/figure-import.service';
import { recordObservations } from '../services/observation.service';
import { dropTarget, updateTarget } from '../services/target.service';
import { createUnit } from '../services/unit.service';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { syntheticDossier } from '../../bench/synthetic';
import { reviewEngineOf } from './review-engine';
import type { ReviewTotals } from './review-columns';
import { seededRandom } from '../services/demo/seeded-random';

const AS_OF = '2025-Q4';
const COMMUNES = [
  { code: '38001', parentCode: '380' },
  { code: '38002', parentCode: '380' },
  { code: '38101', parentCode: '381' },
  { code: '29001', parentCode: '290' },
];

interface Seeded {
  unitCode: string;
  resolutionId: string;
  targetIds: string[];
}

async function seed(db: Database): Promise<Seeded[]> {
  await seedUnitTree(db);
  const out: Seeded[] = [];
  for (const [i, c] of COMMUNES.entries()) {
    await createUnit(db, TEST_ACTOR, {
      code: c.code,
      name: `xã ${c.code}`,
      level: 'commune',
      parentCode: c.parentCode,
    });
    const dossier = syntheticDossier(c.code, 7, 20, i + 1);
    dossier.unit = { code: c.code, name: `xã ${c.code}`, level: 'commune', parentCode: c.parentCode };
    const saved = await db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, dossier));
    out.push({
      unitCode: c.code,
      resolutionId: saved.resolutionId,
      targetIds: dossier.targets.map((t) => saved.targetIds[t.id] as string),
    });
  }
  return out;
}

/** Every unit's totals computed the plain way: each dossier read afresh, evaluated by the core,
 * added into the unit and each unit above it. */
async function freshTotals(db: Database, seeded: readonly Seeded[]): Promise<Map<string, ReviewTotals>> {
  const parentOf = new Map<string, string | undefined>();
  for (const r of await db.query<{ code: string; parent: string | null }>(
    'select u.code, p.code as parent from units u left join units p on p.id = u.parent_id',
  ))
    parentOf.set(r.code, r.parent ?? undefined);
  const totals = new Map<string, ReviewTotals>();
  const totalOf = (code: string): ReviewTotals => {
    let t = totals.get(code);
    if (!t) {
      t = { code, lights: { red: 0, orange: 0, green: 0, grey: 0 }, met: 0, judged: 0, unitsReviewed: 0 };
      totals.set(code, t);
    }
    return t;
  };
  for (const code of parentOf.keys()) totalOf(code);
  for (const s of seeded) {
    const dossier: ResolutionDossier = await loadDossier(db, s.resolutionId);
    const evaluation = evaluateDossier(dossier, { asOf: AS_OF, narrative: false });
    const count = countMet(evaluation.targets);
    for (let code: string | undefined = s.unitCode; code !== undefined; code = parentOf.get(code)) {
      const t = totalOf(code);
      for (const e of evaluation.targets) if (!e.target.dropped) t.lights[e.final.light as Light]++;
      t.met += count.met;
      t.judged += count.of;
      t.unitsReviewed++;
    }
  }
  return totals;
}

async function currentRevision(db: Database, targetId: string, period: string): Promise<number> {
  const rows = await db.query<{ r: number | null }>(
    'select max(revision) as r from observation_revisions where target_id = $1 and period = $2',
    [targetId, period],
  );
  return Number(rows[0]?.r ?? 0);
}

/** One random write; returns what it did, for the failure message. */
async function randomWrite(db: Database, seeded: readonly Seeded[], next: () => number): Promise<string> {
  const s = seeded[Math.floor(next() * seeded.length)] as Seeded;
  const targetId = s.targetIds[Math.floor(next() * s.targetIds.length)] as string;
  const year = 2021 + Math.floor(next() * 5);
  const period = next() < 0.5 ? String(year) : `${year}-Q${1 + Math.floor(next() * 4)}`;
  const value = Math.round(next() * 2000) / 10;
  const choice = next();
  const revision = await currentRevision(db, targetId, period);
  if (choice < 0.45) {
    await recordObservations(db, TEST_ACTOR, s.resolutionId, [
      { targetId, period, value, status: next() < 0.5 ? 'official' : 'estimate', expectedRevision: revision },
    ]);
    return `save ${s.unitCode} ${period} = ${value}`;
  }
  if (choice < 0.6 && revision > 0) {
    const deleted = await db.query<{ deleted: boolean }>(
      'select deleted from observation_revisions where target_id = $1 and period = $2 and revision = $3',
      [targetId, period, revision],
    );
    if (!deleted[0]?.deleted) {
      await recordObservations(db, TEST_ACTOR, s.resolutionId, [
        { targetId, period, delete: true, expectedRevision: revision },
      ]);
      return `delete ${s.unitCode} ${period}`;
    }
  }
  if (choice < 0.8) {
    const periods = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
    const figures: ImportedFigure[] = [];
    for (const p of periods)
      figures.push({
        targetId,
        period: p,
        value: Math.round(next() * 2000) / 10,
        status: 'official' as const,
        expectedRevision: await currentRevision(db, targetId, p),
      });
    await db.transaction((tx) =>
      recordImportedFigures(tx, TEST_ACTOR, s.resolutionId, figures, crypto.randomUUID()),
    );
    return `import ${s.unitCode} 2024 quarters`;
  }
  if (choice < 0.93) {
    await updateTarget(db, TEST_ACTOR, targetId, {
      goal: { type: 'number', value: Math.round(next() * 200) },
    });
    return `goal ${s.unitCode}`;
  }
  const dropped = await db.query<{ dropped: unknown }>('select dropped from targets where id = $1', [
    targetId,
  ]);
  if (dropped[0]?.dropped) return 'nothing';
  await dropTarget(db, TEST_ACTOR, targetId, {
    decision: 'Nghị quyết số 12-NQ/ĐU',
    date: '2024-06-01',
    reason: 'Không còn phù hợp',
  });
  return `drop ${s.unitCode}`;
}

describe.each(BACKENDS)('the read engine gives the core’s answers after random writes (%s)', (backend) => {
  let t: TestDatabase;
  let seeded: Seeded[];
  let release: () => Promise<void>;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    release = await watchChanges(t.db);
    seeded = await seed(t.db);
  });
  afterAll(async () => {
    await release();
    await t.close();
  });

  it('equals a fresh evaluation of every dossier after each of 30 random writes', async () => {
    const engine = reviewEngineOf(t.db);
    expect(await engine.totals(AS_OF)).toEqual(await freshTotals(t.db, seeded));
    const next = seededRandom(20261126);
    const done: string[] = [];
    for (let step = 0; step < 30; step++) {
      done.push(await randomWrite(t.db, seeded, next));
      const engineTotals = await engine.totals(AS_OF);
      expect(engineTotals, `after: ${done.join('; ')}`).toEqual(await freshTotals(t.db, seeded));
    }
    // Something was red, orange and green along the way: the comparison is not of empty columns.
    // One saved figure evaluates its own unit again, and no other.
    const before = engine.unitsEvaluated;
    const s = seeded[1] as Seeded;
    await recordObservations(t.db, TEST_ACTOR, s.resolutionId, [
      {
        targetId: s.targetIds[0] as string,
        period: '2025',
        value: 1,
        status: 'official',
        expectedRevision: await currentRevision(t.db, s.targetIds[0] as string, '2025'),
      },
    ]);
    expect(await engine.totals(AS_OF)).toEqual(await freshTotals(t.db, seeded));
    expect(engine.unitsEvaluated - before).toBe(1);
    const province = (await engine.totals(AS_OF)).get('38') as ReviewTotals;
    expect(LIGHTS.filter((l) => province.lights[l] > 0).length).toBeGreaterThanOrEqual(2);
    expect(province.unitsReviewed).toBe(3);
  });
});

describe('two server instances on one PostgreSQL database agree (server)', () => {
  let t: TestDatabase;
  let other: Database;
  let releases: (() => Promise<void>)[];
  let seeded: Seeded[];
  beforeAll(async () => {
    t = await openTestDatabase('server');
    other = await openDatabase({ url: t.url as string });
    releases = [await watchChanges(t.db), await watchChanges(other)];
    seeded = await seed(t.db);
  });
  afterAll(async () => {
    for (const r of releases) await r();
    await other.close();
    await t.close();
  });

  it('a figure saved through one is in the other’s totals once notified', async () => {
    const mine = reviewEngineOf(t.db);
    const theirs = reviewEngineOf(other);
    expect(await theirs.totals(AS_OF)).toEqual(await mine.totals(AS_OF));
    const next = seededRandom(7);
    for (let step = 0; step < 8; step++) {
      const did = await randomWrite(t.db, seeded, next);
      const expected = await freshTotals(t.db, seeded);
      // Within a second of the commit (the notification's way to the other connection).
      const deadline = Date.now() + 1000;
      let seen = await theirs.totals(AS_OF);
      while (JSON.stringify([...seen]) !== JSON.stringify([...expected]) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        seen = await theirs.totals(AS_OF);
      }
      expect(seen, `after ${did}`).toEqual(expected);
      expect(await mine.totals(AS_OF)).toEqual(expected);
    }
  });
});

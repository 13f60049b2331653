import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { buildDossier, TEST_ACTOR } from '../../../test/factories';
import { saveDossierIn } from '../../services/dossier.service';
import { seedWorld } from '../fixtures';
import { openTestApp, signIn, type TestApp } from '../testing';

describe.each(BACKENDS)('GET /api/compare (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(backend);
    await seedWorld(t);
    // Thanh Hóa city (380) reports the same indicator as Bỉm Sơn (381).
    const city = buildDossier({
      unit: { code: '380', name: 'thành phố Thanh Hóa', level: 'district', parentCode: '38' },
      congress: { number: 21, term: '2020-2025', committee: 'Đảng bộ thành phố Thanh Hóa' },
      title: 'Nghị quyết Đại hội Đảng bộ thành phố Thanh Hóa lần thứ XXI',
    });
    await t.database.db.transaction((tx) => saveDossierIn(tx, TEST_ACTOR, city));
  });
  afterAll(async () => t.close());

  it('ranks the units below the province on an indicator, equal values sharing a rank', async () => {
    const admin = await signIn(t.app, 'tinh.admin');
    const r = await admin.get('/api/compare?unit=38&indicator=tang-truong-gia-tri-san-xuat&asOf=2022');
    expect(r.statusCode).toBe(200);
    const body = r.json() as {
      units: { unitCode: string; rank: number; value: number; multiple: number }[];
      average: number;
      missing: string[];
    };
    expect(body.units.map((u) => u.unitCode).sort()).toEqual(['380', '381']);
    expect(body.units.every((u) => u.value === 25100.75)).toBe(true);
    expect(body.units.map((u) => u.rank)).toEqual([1, 1]);
    expect(body.units[0]?.multiple).toBe(1);
    expect(body.missing).toEqual([]);
  });

  it('refuses a unit user who has no role on the parent', async () => {
    const editor = await signIn(t.app, 'bimson.editor');
    const r = await editor.get('/api/compare?unit=38&indicator=tang-truong-gia-tri-san-xuat');
    expect(r.statusCode).toBe(403);
  });
});

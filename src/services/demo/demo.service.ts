/**
 * Loads the demo data: Thanh Hóa's official units before and after 1 July 2025 with their
 * lineage, Hải Dương and Hải Phòng with an illustrative merge, every example dataset of
 * `examples/*.json` (validated by the interchange schema), two small illustrative dossiers of
 * neighbouring units for comparison screens, and the province view's illustrative figures
 * (demo-province.ts). Idempotent: units, links
 * and resolutions already there are skipped. Everything is written in one transaction.
 * Demo accounts are the HTTP layer's (`ensureDemoAccounts`), not loaded here.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolutionDossier } from '../../core';
import type { Database } from '../../db/database';
import { parseInterchange } from '../../schema';
import { AppError, type Actor } from '../app-error';
import { findResolution, saveDossierIn } from '../dossier.service';
import { createUnitIn, getUnit, recordLineageIn } from '../unit.service';
import { DEMO_NEIGHBOURS } from './demo-neighbours';
import { loadProvinceDemo } from './demo-province.service';
import { importOfficialUnitsIn } from '../units-import/units-import.service';
import { DEMO_LINEAGE, DEMO_UNITS } from './demo-units';

/** The folder of the example datasets. */
export const EXAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

/** What {@link loadDemo} did. */
export interface DemoReport {
  unitsCreated: number;
  lineageCreated: number;
  resolutions: { file: string; title: string; unitCode: string; targets: number; created: boolean }[];
}

/** One dataset read from the examples folder, with the title it is stored under. */
export interface DemoDataset {
  file: string;
  dossier: ResolutionDossier;
}

/** Reads and validates every `*.json` of the folder. Datasets of the same resolution (same unit,
 * congress and title, e.g. two reviews of one resolution) are kept apart: the one with the most
 * targets keeps the title, the others get " (bộ số liệu FILE)" appended. */
export async function readDemoDatasets(dir = EXAMPLES_DIR): Promise<DemoDataset[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const out: DemoDataset[] = [];
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    const parsed = parseInterchange(JSON.parse(text) as unknown);
    if (!parsed.ok)
      throw new AppError('validation_failed', `Tệp ví dụ ${file} không hợp lệ.`, {
        issues: parsed.issues.map((i) => ({ ...i, path: `${file}:${i.path}` })),
      });
    parsed.dossiers.forEach((dossier, i) =>
      out.push({ file: parsed.dossiers.length > 1 ? `${file}#${i + 1}` : file, dossier }),
    );
  }
  const key = (d: ResolutionDossier) => `${d.unit.code}|${d.congress.number}|${d.title}`;
  const groups = new Map<string, DemoDataset[]>();
  for (const item of out) groups.set(key(item.dossier), [...(groups.get(key(item.dossier)) ?? []), item]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const keep = group.reduce((a, b) => (b.dossier.targets.length > a.dossier.targets.length ? b : a));
    for (const item of group)
      if (item !== keep)
        item.dossier = {
          ...item.dossier,
          title: `${item.dossier.title} (bộ số liệu ${item.file.replace(/\.json$/, '')})`,
        };
  }
  return out;
}

/** Loads the demo units, lineage and example datasets; returns what was created. */
export async function loadDemo(
  db: Database,
  actor: Actor,
  options: { examplesDir?: string } = {},
): Promise<DemoReport> {
  const datasets = await readDemoDatasets(options.examplesDir);
  const report = await db.transaction(async (tx) => {
    const report: DemoReport = { unitsCreated: 0, lineageCreated: 0, resolutions: [] };
    const official = await importOfficialUnitsIn(tx, actor, { province: '38' });
    report.unitsCreated += official.unitsCreated;
    report.lineageCreated += official.linksCreated;
    for (const unit of DEMO_UNITS) {
      if (await getUnit(tx, unit.code)) continue;
      await createUnitIn(tx, actor, unit);
      report.unitsCreated++;
    }
    report.lineageCreated += await recordLineageIn(tx, actor, DEMO_LINEAGE);
    const neighbours = DEMO_NEIGHBOURS.map((dossier) => ({ file: 'minh họa để so sánh', dossier }));
    for (const { file, dossier } of [...datasets, ...neighbours]) {
      const existing = await findResolution(tx, dossier.unit.code, dossier.congress.number, dossier.title);
      if (!existing) await saveDossierIn(tx, actor, dossier);
      report.resolutions.push({
        file,
        title: dossier.title,
        unitCode: dossier.unit.code,
        targets: dossier.targets.length,
        created: !existing,
      });
    }
    report.resolutions.push(...(await loadProvinceDemo(tx, actor)));
    return report;
  });
  // Fresh statistics for the planner after loading (the embedded database has no autovacuum).
  await db.exec('analyze');
  return report;
}

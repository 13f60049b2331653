/**
 * One truth: for every example dataset and several as-of periods, the figures, percentages,
 * labels and counts read off every surface are the core's, identical: the resolution answer the
 * dashboard and the review screens show, the command line's `vedich evaluate --format json`, the
 * Word and Excel report, the Excel and CSV exports and the comparison of units.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bandLabelVi,
  defaultAsOf,
  evaluateDossier,
  formatNumberVi,
  narrateBands,
  narrateVerdicts,
  reportTypesFor,
  resolveConfig,
  verdictLabelVi,
  type DossierEvaluation,
  type ResolutionDossier,
} from '../src/core';
import { readDocx } from '../src/reports/fixtures/docx-inspect';
import { VERDICT_CELL } from '../src/reports/assessment-words';
import { EXAMPLES_DIR, loadDemo, readDemoDatasets } from '../src/services/demo/demo.service';
import { findResolution, loadDossier } from '../src/services/dossier.service';
import { addUser, openTestApp, signIn, type Client, type TestApp } from '../src/server/testing';
import { TEST_ACTOR } from './factories';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** What every surface must say of one target. */
interface Said {
  code: string;
  percent: string | undefined;
  verdict: string;
  band: string;
}

function saidByCore(evaluation: DossierEvaluation): Said[] {
  return evaluation.targets.map((e) => ({
    code: e.target.code,
    percent: e.view?.percentOfGoal?.text,
    verdict: e.final.verdict,
    band: e.final.band,
  }));
}

/** A percentage cell of a workbook as it prints: the value at its format's decimals. */
function percentCellText(cell: ExcelJS.Cell): string | undefined {
  if (typeof cell.value !== 'number') return undefined;
  const decimals = /0\.(0+)%/.exec(cell.numFmt ?? '')?.[1]?.length ?? 0;
  return `${formatNumberVi(cell.value * 100, decimals)}%`;
}

/** The rows of the last table of a .docx, each a list of cell texts. */
function lastTableRows(xml: string): string[][] {
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const table = tables[tables.length - 1] ?? '';
  return (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
    (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) =>
      (cell.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
        .map((t) =>
          t
            .replace(/<[^>]+>/g, '')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&amp;/g, '&'),
        )
        .join(''),
    ),
  );
}

/** The as-of periods checked for a dataset: its own, and a quarter, six months and the year. */
function asOfsOf(dossier: ResolutionDossier): string[] {
  const own = defaultAsOf(dossier);
  const year = own.slice(0, 4);
  return [...new Set([own, `${year}-Q1`, `${year}-H1`, year])];
}

describe('one truth for every figure, on every surface', () => {
  let t: TestApp;
  let client: Client;
  const datasets: { file: string; dossier: ResolutionDossier; id: string }[] = [];

  beforeAll(async () => {
    t = await openTestApp('embedded');
    await loadDemo(t.database.db, TEST_ACTOR);
    await addUser(t, 'ca.nuoc', [
      { unitCode: '38', role: 'viewer' },
      { unitCode: '30', role: 'viewer' },
    ]);
    client = await signIn(t.app, 'ca.nuoc');
    for (const { file, dossier } of await readDemoDatasets()) {
      const id = await findResolution(
        t.database.db,
        dossier.unit.code,
        dossier.congress.number,
        dossier.title,
      );
      if (id) datasets.push({ file, dossier, id });
    }
  }, 240_000);
  afterAll(() => t?.close());

  it('covers every example dataset', async () => {
    expect(datasets.map((d) => d.file).sort()).toEqual((await readDemoDatasets()).map((d) => d.file).sort());
  });

  it('says the same on the API, the command line, the reports and the exports', async () => {
    let checked = 0;
    for (const { file, id } of datasets) {
      const stored = await loadDossier(t.database.db, id);
      for (const asOf of asOfsOf(stored)) {
        const where = `${file} as of ${asOf}`;
        const core = evaluateDossier(stored, { asOf });
        const expected = saidByCore(core);

        // The resolution answer (dashboard and review screens).
        const answer = await client.get(`/api/resolutions/${id}?asOf=${asOf}`);
        expect(answer.statusCode, where).toBe(200);
        const api = (answer.json() as { evaluation: DossierEvaluation }).evaluation;
        expect(saidByCore(api), where).toEqual(expected);
        expect(api.summary, where).toEqual(core.summary);
        expect(api.narrative, where).toEqual(core.narrative);

        // The command line, on the example file itself.
        const cli = await run(
          process.execPath,
          [
            path.join(ROOT, 'bin/vedich.js'),
            'evaluate',
            path.join(EXAMPLES_DIR, file),
            '--as-of',
            asOf,
            '--format',
            'json',
          ],
          { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
        );
        const fromFile = JSON.parse(cli.stdout) as DossierEvaluation;
        expect(saidByCore(fromFile), where).toEqual(expected);
        expect(fromFile.summary, where).toEqual(core.summary);

        // The report of the period (Word and Excel): the appendix's percentage and verdict.
        const type = reportTypesFor(asOf)[0] ?? 'midterm';
        const reportUrl = `/api/resolutions/${id}/report?type=${type}&asOf=${asOf}`;
        const xlsx = await client.get(`${reportUrl}&format=xlsx`);
        expect(xlsx.statusCode, where).toBe(200);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        const sheet = book.getWorksheet('Phụ lục');
        if (!sheet) throw new Error(`${where}: no appendix sheet`);
        let header = 0;
        sheet.eachRow((row, n) => {
          if (header === 0 && row.getCell(1).value === 'STT') header = n;
        });
        const headers = (sheet.getRow(header).values as unknown[]).map((v) => String(v ?? ''));
        const pctColumn = headers.indexOf('% so với mục tiêu Đại hội');
        const verdictColumn = headers.indexOf('Đánh giá');
        const docx = await client.get(`${reportUrl}&format=docx`);
        expect(docx.statusCode, where).toBe(200);
        const parts = await readDocx(docx.rawPayload);
        const docRows = lastTableRows(parts.document);
        const docHeader = docRows.findIndex((r) => r[0] === 'STT');
        const docPct = docRows[docHeader]?.indexOf('% so với mục tiêu Đại hội') ?? -1;
        for (const e of core.targets) {
          const said = e.view?.percentOfGoal?.text;
          const xRow = [...Array(sheet.rowCount).keys()]
            .map((i) => sheet.getRow(i + 1))
            .find(
              (r) =>
                r.number > header &&
                r.getCell(1).value === e.target.code &&
                r.getCell(2).value === e.target.name,
            );
          expect(xRow, `${where}: target ${e.target.code} in the Excel appendix`).toBeDefined();
          const xPct = xRow ? percentCellText(xRow.getCell(pctColumn)) : undefined;
          // a periodic report leaves the cell empty where the figure is a part of the year; where it
          // prints one, it is the core's
          if (xPct !== undefined) expect(xPct, `${where}: ${e.target.code} % in Excel`).toBe(said);
          if (type === 'midterm') expect(xPct, `${where}: ${e.target.code} % in Excel`).toBe(said);
          expect(String(xRow?.getCell(verdictColumn).value ?? '').replace(/ \(\*\)$/, ''), where).toBe(
            VERDICT_CELL[e.final.verdict],
          );
          const dRow = docRows.find(
            (r, i) => i > docHeader && r[0] === e.target.code && r[1] === e.target.name,
          );
          expect(dRow, `${where}: target ${e.target.code} in the Word appendix`).toBeDefined();
          const dPct = dRow?.[docPct] ?? '';
          if (dPct !== '') expect(`${dPct}%`, `${where}: ${e.target.code} % in Word`).toBe(said);
          checked++;
        }
        const paragraphs = parts.document;
        expect(paragraphs, where).toContain(narrateBands(core.summary, resolveConfig()));
        expect(paragraphs, where).toContain(
          narrateVerdicts(core.summary).replace(/^Dự kiến đến cuối nhiệm kỳ, /, ''),
        );

        // The Excel export's assessment sheet and the CSV table.
        const unit = stored.unit.code;
        const exported = await client.get(`/api/units/${unit}/export.xlsx?asOf=${asOf}&resolutionId=${id}`);
        expect(exported.statusCode, where).toBe(200);
        const exportBook = new ExcelJS.Workbook();
        await exportBook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
        const assessment = exportBook.getWorksheet('Đánh giá');
        if (!assessment) throw new Error(`${where}: no assessment sheet`);
        const csv = await client.get(
          `/api/units/${unit}/export.csv?table=danh-gia&asOf=${asOf}&resolutionId=${id}`,
        );
        expect(csv.statusCode, where).toBe(200);
        const csvRows = parseCsv(csv.body, {
          delimiter: ';',
          bom: true,
          relax_column_count: true,
        }) as string[][];
        for (const e of core.targets) {
          const row = [...Array(assessment.rowCount).keys()]
            .map((i) => assessment.getRow(i + 2))
            .find((r) => r.getCell(3).value === e.target.code && r.getCell(4).value === e.target.name);
          expect(row, `${where}: ${e.target.code} in the export`).toBeDefined();
          if (!row) continue;
          expect(percentCellText(row.getCell(9)), `${where}: ${e.target.code} % exported`).toBe(
            e.view?.percentOfGoal?.text,
          );
          expect(row.getCell(10).value, where).toBe(verdictLabelVi(e.final.verdict));
          expect(row.getCell(11).value, where).toBe(bandLabelVi(e.final.band));
          const line = csvRows.find((cells) => cells[2] === e.target.code && cells[3] === e.target.name);
          expect(line, `${where}: ${e.target.code} in the CSV`).toBeDefined();
          const csvPct = line?.[8] ?? '';
          expect(csvPct === '' ? undefined : `${csvPct}%`, `${where}: ${e.target.code} % in CSV`).toBe(
            e.view?.percentOfGoal?.text,
          );
        }

        // The comparison of units: where this unit is ranked, on the figure the core judged (a unit
        // with two example datasets for the same term is compared on one of them: skipped).
        const single = datasets.filter((d) => d.dossier.unit.code === unit).length === 1;
        for (const e of core.targets.filter((x) => single && x.target.indicator && !x.target.dropped)) {
          const parent = stored.unit.parentCode;
          if (!parent) continue;
          const compared = await client.get(
            `/api/compare?unit=${parent}&indicator=${encodeURIComponent(e.target.indicator ?? '')}&asOf=${asOf}`,
          );
          expect(compared.statusCode, where).toBe(200);
          const own = (compared.json() as { units: { unitCode: string; value: number }[] }).units.find(
            (u) => u.unitCode === unit,
          );
          const judged = e.target.kind === 'average-growth' ? e.averageGrowth : e.achievement?.actual;
          if (own && judged !== undefined)
            expect(own.value, `${where}: ${e.target.code} compared`).toBeCloseTo(judged, 9);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 600_000);
});

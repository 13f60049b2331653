/**
 * Every example dataset: the documents are generated and their text says what the core computed
 * (every target's sentences, the counts, every appendix row); the seed reports' figures appear.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  FIELDS,
  evaluateDossier,
  narrateBands,
  narrateTarget,
  narrateVerdicts,
  resolveConfig,
  termBaseYear,
  termEndYear,
} from '../core';
import { buildReportModel } from './report-model';
import { renderDocx } from './render-docx';
import { renderXlsx } from './render-xlsx';
import { cellText } from './cell-text';
import { paragraphTexts, readDocx, tableRows } from './fixtures/docx-inspect';
import { loadExamples } from './fixtures/examples';

const examples = loadExamples();

/** Figures the seed reports print, by unit code (see the seed reports' summary, shared/seeds/README.md). */
const SEED_FIGURES: Record<string, Record<string, string[]>> = {
  '381': {
    midterm: [
      'có 23 chỉ tiêu đạt trên 80% mục tiêu đại hội, 3 chỉ tiêu đạt trên 50% và 3 chỉ tiêu đạt dưới 50%',
      '10,71%, bằng 71,4% mục tiêu Đại hội',
    ],
  },
  '380': {
    midterm: [
      '9.710,8 tỷ đồng, đạt 122% dự toán tỉnh giao, 105% dự toán thành phố giao',
      '93.867 tỷ đồng, bằng 52,15% kế hoạch cả nhiệm kỳ',
      '84,67 triệu đồng',
      'gấp 1,53 lần bình quân chung của tỉnh',
    ],
    quarter: [
      '799.690 triệu đồng, đạt 32% dự toán tỉnh giao, 25,7% dự toán thành phố giao và tăng 67,8% so với cùng kỳ',
      '17.305 tỷ đồng, tăng 31,9% so với cùng kỳ',
    ],
  },
};

describe('reports of the example datasets', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(examples.map((e) => [e.file, e] as const))('%s', (_file, example) => {
    const { dossier, type, asOf } = example;
    const evaluation = evaluateDossier(dossier, { asOf });
    const model = buildReportModel(dossier, evaluation, { type, asOf, date: '2023-07-26', number: '12' });
    const docx = renderDocx(model).then(readDocx);

    it('the Word text says what the core computed', async () => {
      const texts = paragraphTexts((await docx).document);
      const config = resolveConfig();
      for (const e of evaluation.targets) {
        const years = {
          baseYear: e.target.baseYear ?? termBaseYear(dossier.congress.term),
          targetYear: e.target.targetYear ?? termEndYear(dossier.congress.term),
        };
        expect(texts).toContain(narrateTarget(e, years, config).join(' '));
      }
      expect(texts).toContain(narrateBands(evaluation.summary, config));
      expect(texts).toContain(narrateVerdicts(evaluation.summary));
      const all = texts.join('\n');
      for (const figure of SEED_FIGURES[dossier.unit.code]?.[type] ?? []) expect(all).toContain(figure);
    });

    it('the appendix has a row per target with every column, in Word and in Excel', async () => {
      const rows = tableRows((await docx).document);
      const header = rows.findIndex((r) => r[0] === 'STT');
      expect(rows[header]).toEqual(model.appendix.columns.map((c) => c.header));
      const targetRows = model.appendix.rows.filter((r) => r.kind === 'target');
      // every target once, grouped by field in the order reports use
      expect(targetRows.map((r) => r.targetId)).toEqual(
        FIELDS.flatMap((f) => dossier.targets.filter((t) => t.field === f).map((t) => t.id)),
      );
      expect(rows.slice(header + 1, header + 1 + model.appendix.rows.length)).toEqual(
        model.appendix.rows.map((r) => r.cells.map(cellText)),
      );

      // change on last year: percentage points for shares in %, % for amounts, the very figure the
      // core shows (rounded once by the target's rule)
      const yoyColumn = model.appendix.columns.findIndex((c) => c.key === 'yoy');
      for (const e of evaluation.targets) {
        const cell = model.appendix.rows.find((r) => r.targetId === e.target.id)?.cells[yoyColumn];
        if (!e.yearOnYear) continue;
        const shown = e.view?.yearOnYear?.change;
        const raw =
          e.target.unit === '%' && e.target.kind !== 'average-growth'
            ? e.yearOnYear.absoluteChange
            : e.yearOnYear.change * 100;
        expect(cell).toMatchObject({ kind: 'number', value: shown?.value, decimals: shown?.decimals });
        expect(Math.abs((shown?.value ?? 0) - raw)).toBeLessThan(0.051);
      }

      const wb = new ExcelJS.Workbook();
      const bytes = await renderXlsx(model);
      await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
      const ws = wb.getWorksheet('Phụ lục');
      model.appendix.rows.forEach((row, r) =>
        row.cells.forEach((cell, i) => {
          const v = ws?.getRow(6 + r).getCell(i + 1).value;
          if (cell.kind === 'number') expect(v).toBe(cell.value);
        }),
      );
    });
  });
});

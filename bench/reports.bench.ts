/**
 * Report generation speed: a 40-target mid-term report in Word (and its Excel appendix), from the
 * dossier to the file's bytes (evaluation, document model, rendering). Baseline, measured in the
 * same run: evaluating the same dossier and serialising the evaluation to JSON — what the API
 * does to show the same results on screen.
 */
import { evaluateDossier } from '../src/core';
import { buildReportModel } from '../src/reports/report-model';
import { renderDocx } from '../src/reports/render-docx';
import { renderXlsx } from '../src/reports/render-xlsx';
import { compare, type BenchResult } from './measure';
import { syntheticDossier } from './synthetic';

/** The mid-term report of a 40-target resolution with three years of quarterly figures. */
export async function benchReports(): Promise<BenchResult[]> {
  const dossier = syntheticDossier('00001', 40, 12);
  const asOf = '2023';
  const options = { type: 'midterm' as const, asOf, date: '2023-07-26', number: '12' };
  const baseline = () => JSON.stringify(evaluateDossier(dossier, { asOf }));
  const docx = await compare(
    'reports: 40-target mid-term report .docx (evaluate, model, Word)',
    async () => renderDocx(buildReportModel(dossier, evaluateDossier(dossier, { asOf }), options)),
    'evaluate + JSON of the evaluation',
    baseline,
    20,
  );
  const bytes = await renderDocx(buildReportModel(dossier, evaluateDossier(dossier, { asOf }), options));
  docx.details.docxBytes = bytes.length;
  const xlsx = await compare(
    'reports: 40-target appendix .xlsx (evaluate, model, Excel)',
    async () => renderXlsx(buildReportModel(dossier, evaluateDossier(dossier, { asOf }), options)),
    'evaluate + JSON of the evaluation',
    baseline,
    20,
  );
  return [docx, xlsx];
}

import { execFile } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from './report-model';
import { renderDocx } from './render-docx';
import { convertToPdf, isSofficeAvailable, SOFFICE_MISSING_VI } from './render-pdf';
import { HAND_DOSSIER, HAND_EVALUATION, STATE_ISSUER } from './fixtures/hand-made';

const run = promisify(execFile);
const OUT = path.resolve('test-output/reports');

// CI installs LibreOffice: a missing soffice is a failure, not a skip.
describe('PDF through LibreOffice', () => {
  beforeAll(async () => {
    if (!(await isSofficeAvailable())) throw new Error(SOFFICE_MISSING_VI);
    await mkdir(OUT, { recursive: true });
  });

  it.each([
    [
      'party',
      undefined,
      [
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'THÀNH ỦY THANH HÓA',
        'Số 12-BC/TU',
        'BÁO CÁO',
        'SƠ KẾT GIỮA NHIỆM KỲ',
        'PHỤ LỤC',
      ],
    ],
    [
      'state',
      STATE_ISSUER,
      [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 12/BC-UBND',
        'BÁO CÁO',
        'Sơ kết giữa nhiệm kỳ',
      ],
    ],
  ] as const)(
    '%s report: Vietnamese headings intact in the PDF text, first page as PNG',
    async (kind, issuer, headings) => {
      const model = buildReportModel(HAND_DOSSIER, HAND_EVALUATION, {
        type: 'midterm',
        asOf: '2023',
        date: '2023-07-26',
        number: '12',
        ...(issuer ? { issuer } : {}),
      });
      const pdf = await convertToPdf(await renderDocx(model));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pdfPath = path.join(OUT, `midterm-${kind}.pdf`);
      await writeFile(pdfPath, pdf);
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
      const text = stdout.normalize('NFC').replace(/\s+/g, ' ');
      for (const h of headings) expect(text).toContain(h);
      expect(text).toContain('Thanh Hóa, ngày 26 tháng 7 năm 2023');
      // page numbers: none on the first page, "2" centred at the top of the second
      const page = async (n: number) =>
        (
          await run('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdfPath, '-'])
        ).stdout.trim();
      expect((await page(1)).split('\n')[0]).not.toMatch(/^\d+$/);
      expect((await page(2)).split('\n')[0]).toBe('2');
      await run('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdfPath,
        path.join(OUT, `midterm-${kind}-page1`),
      ]);
      const png = path.join(OUT, `midterm-${kind}-page1.png`);
      expect((await stat(png)).size).toBeGreaterThan(1000);
      expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
    },
  );

  it('converts concurrently (one LibreOffice profile per call)', async () => {
    const docx = await renderDocx(
      buildReportModel(HAND_DOSSIER, HAND_EVALUATION, { type: 'year', asOf: '2023', issuer: STATE_ISSUER }),
    );
    const pdfs = await Promise.all([convertToPdf(docx), convertToPdf(docx), convertToPdf(docx)]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

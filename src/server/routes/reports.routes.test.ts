import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { TEST_ACTOR } from '../../../test/factories';
import { parseInterchangeText } from '../../schema';
import { saveDossier } from '../../services/dossier.service';
import { seedWorld } from '../fixtures';
import { openTestApp, signIn, type Client, type TestApp } from '../testing';

const BOUNDARY = '----vedich-report-boundary';

function bimSonExample() {
  const parsed = parseInterchangeText(readFileSync('examples/bim-son-midterm-2023.json', 'utf8'));
  if (!parsed.ok || !parsed.dossiers[0]) throw new Error('example invalid');
  return parsed.dossiers[0];
}

function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer }): Buffer {
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  return Buffer.concat([
    ...parts,
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

const WRONG_COUNT =
  'Trong tổng số 29 chỉ tiêu Nghị quyết đề ra, có 24 chỉ tiêu đạt trên 80% mục tiêu đại hội, 3 chỉ tiêu đạt trên 50% và 3 chỉ tiêu đạt dưới 50%.';

describe.each(BACKENDS)('report and draft-check routes (%s)', (backend) => {
  let t: TestApp;
  let viewer: Client;
  let outsider: Client;
  let id: string;
  beforeAll(async () => {
    t = await openTestApp(backend);
    await seedWorld(t);
    id = await saveDossier(t.database.db, TEST_ACTOR, bimSonExample());
    viewer = await signIn(t.app, 'bimson.viewer');
    outsider = await signIn(t.app, 'chilinh.editor');
  });
  afterAll(async () => t?.close());

  it('downloads the mid-term report as Word with a Vietnamese file name (RFC 5987)', async () => {
    const res = await viewer.get(
      `/api/resolutions/${id}/report?type=midterm&asOf=2023&format=docx&date=2023-06-16&number=12`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(
      /^attachment; filename="Bao cao so ket giua nhiem ky - thi xa Bim Son \(nam 2023\)\.docx"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(
      'Báo cáo sơ kết giữa nhiệm kỳ - thị xã Bỉm Sơn (năm 2023).docx',
    );
    const xml =
      (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
    for (const s of [
      'THỊ ỦY BỈM SƠN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 12-BC/TU',
      'Bỉm Sơn, ngày 16 tháng 6 năm 2023',
      'BÁO CÁO',
      'SƠ KẾT GIỮA NHIỆM KỲ',
    ]) {
      expect(xml).toContain(s);
    }
    expect(xml).toContain(
      'có 23 chỉ tiêu đạt trên 80% mục tiêu đại hội, 3 chỉ tiêu đạt trên 50% và 3 chỉ tiêu đạt dưới 50%',
    );
  });

  it('downloads the appendix as Excel with numbers', async () => {
    const res = await viewer.get(`/api/resolutions/${id}/report?type=midterm&asOf=2023&format=xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet('Phụ lục');
    const numeric = ws?.getRow(7).values as unknown[];
    expect(numeric.some((v) => typeof v === 'number')).toBe(true);
  });

  it('downloads a PDF made by LibreOffice', async () => {
    const res = await viewer.get(`/api/resolutions/${id}/report?type=midterm&asOf=2023&format=pdf`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers 503 with a Vietnamese message when LibreOffice is missing', async () => {
    const saved = process.env.VEDICH_SOFFICE;
    process.env.VEDICH_SOFFICE = '/nonexistent/soffice';
    try {
      const res = await viewer.get(`/api/resolutions/${id}/report?type=midterm&asOf=2023&format=pdf`);
      expect(res.statusCode).toBe(503);
      const body = JSON.parse(res.body) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('unavailable');
      expect(body.error.message).toContain('Không tìm thấy LibreOffice');
    } finally {
      if (saved === undefined) delete process.env.VEDICH_SOFFICE;
      else process.env.VEDICH_SOFFICE = saved;
    }
  });

  it('refuses other units, unknown types and periods that do not fit the type', async () => {
    expect((await outsider.get(`/api/resolutions/${id}/report?type=midterm&asOf=2023`)).statusCode).toBe(403);
    expect((await viewer.get(`/api/resolutions/${id}/report?type=weekly&asOf=2023`)).statusCode).toBe(400);
    const res = await viewer.get(`/api/resolutions/${id}/report?type=quarter&asOf=2023`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0]).toMatchObject({ path: 'asOf' });
  });

  it('checks pasted text against the data', async () => {
    const res = await viewer.post('/api/drafts/check', { text: WRONG_COUNT, resolutionId: id, asOf: '2023' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      asOf: '2023',
      findings: [
        {
          sentence: WRONG_COUNT,
          found: '24 chỉ tiêu đạt trên 80% mục tiêu đại hội',
          expected: '23',
          reason: expect.stringMatching(/23/),
        },
      ],
    });
  });

  it('checks an uploaded Word draft: the generated report raises nothing', async () => {
    const report = await viewer.get(`/api/resolutions/${id}/report?type=midterm&asOf=2023&format=docx`);
    const res = await viewer.request({
      method: 'POST',
      url: '/api/drafts/check',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart(
        { resolutionId: id, asOf: '2023' },
        { name: 'du-thao.docx', bytes: report.rawPayload },
      ),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ asOf: '2023', findings: [] });
  });

  it('refuses drafts of resolutions the user cannot see', async () => {
    const res = await outsider.post('/api/drafts/check', { text: WRONG_COUNT, resolutionId: id });
    expect(res.statusCode).toBe(403);
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { SHEET_EVALUATION, SHEET_FIGURES, SHEET_GUIDE, SHEET_TARGETS } from '../../excel/layout';
import { seedWorld } from '../fixtures';
import { openTestApp, signIn, type Client, type TestApp } from '../testing';

const BOUNDARY = '----vedich-test-boundary';

/** A multipart body with one file field. */
function multipartBody(filename: string, bytes: Uint8Array): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

interface Job {
  id: string;
  state: string;
  progress: number;
  code?: string;
  message?: string;
  errors: { message: string; sheet?: string; row?: number; column?: string }[];
  result?: { figuresRecorded: number; unchanged: number; plansSet: number };
}

async function upload(client: Client, unit: string, filename: string, bytes: Uint8Array, wait = true) {
  return client.request({
    method: 'POST',
    url: `/api/units/${unit}/imports${wait ? '?wait=true' : ''}`,
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: multipartBody(filename, bytes),
  });
}

async function counts(t: TestApp): Promise<number[]> {
  const tables = ['targets', 'observation_revisions', 'plan_revisions', 'audit_log', 'resolutions'];
  const out: number[] = [];
  for (const table of tables) {
    const [row] = await t.database.db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    out.push(row?.n ?? -1);
  }
  return out;
}

describe.each(BACKENDS)('Excel, CSV and JSON import and export over HTTP (%s)', (backend) => {
  let t: TestApp;
  let editor: Client;
  let outsider: Client;
  let exported: Buffer;
  beforeAll(async () => {
    t = await openTestApp(backend);
    await seedWorld(t);
    editor = await signIn(t.app, 'bimson.editor');
    outsider = await signIn(t.app, 'chilinh.editor');
  });
  afterAll(async () => t.close());

  it('gives the import template to anyone, with its guide and data sheets', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/templates/import.xlsx' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      SHEET_GUIDE,
      'Nghị quyết',
      SHEET_TARGETS,
      SHEET_FIGURES,
      'Kế hoạch',
      'So sánh',
      'Điều chỉnh',
      'Danh mục',
    ]);
  });

  it('exports a unit as Excel with number cells, number formats, frozen headers and the evaluation', async () => {
    const r = await editor.get('/api/units/381/export.xlsx?asOf=2023');
    expect(r.statusCode).toBe(200);
    exported = r.rawPayload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as ArrayBuffer);
    const figures = workbook.getWorksheet(SHEET_FIGURES);
    expect(figures?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const numbers: ExcelJS.Cell[] = [];
    figures?.getColumn(3).eachCell((cell, row) => {
      if (row > 1 && cell.type === ExcelJS.ValueType.Number) numbers.push(cell);
    });
    expect(numbers.length).toBeGreaterThan(0);
    for (const cell of numbers) expect(cell.numFmt).toMatch(/^#,##0(\.0+)?$/);
    const evaluation = workbook.getWorksheet(SHEET_EVALUATION);
    expect(evaluation?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(evaluation?.autoFilter).toBeTruthy();
    expect(evaluation?.getRow(1).getCell(9).value).toBe('% mục tiêu');
  });

  it('exports a subtree with a unit column, as of a period written in Vietnamese', async () => {
    const admin = await signIn(t.app, 'tinh.admin');
    const r = await admin.get(
      `/api/units/38/export.xlsx?subtree=true&asOf=${encodeURIComponent('quý II/2023')}`,
    );
    expect(r.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SHEET_EVALUATION) as ExcelJS.Worksheet;
    const units = new Set<unknown>();
    sheet.getColumn(1).eachCell((cell, row) => {
      if (row > 1) units.add(cell.value);
    });
    expect([...units]).toEqual(['381']);
    expect(sheet.headerFooter.oddHeader).toContain('quý II/2023');
    const bad = await admin.get('/api/units/38/export.xlsx?asOf=quý%20IX');
    expect(bad.statusCode).toBe(400);
  });

  it('exports CSV in UTF-8 with a BOM, semicolons and decimal commas by default', async () => {
    const r = await editor.get('/api/units/381/export.csv?table=so-lieu');
    expect(r.statusCode).toBe(200);
    expect(r.body.startsWith('\uFEFFMã chỉ tiêu;Kỳ;Giá trị;')).toBe(true);
    expect(r.body).toMatch(/;\d+,\d+;/);
    const en = await editor.get('/api/units/381/export.csv?table=so-lieu&locale=en');
    expect(en.body.startsWith('\uFEFFMã chỉ tiêu,Kỳ,Giá trị,')).toBe(true);
  });

  it('re-imports its own export without writing anything, and reports progress through the job', async () => {
    const before = await counts(t);
    const started = await upload(editor, '381', 'xuat.xlsx', exported, false);
    expect(started.statusCode).toBe(202);
    const { id } = started.json() as { id: string };
    let job: Job | undefined;
    for (let i = 0; i < 600; i++) {
      job = (await editor.get(`/api/imports/${id}`)).json() as Job;
      if (job.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(job).toMatchObject({ state: 'succeeded', progress: 100 });
    expect(job?.result?.figuresRecorded).toBe(0);
    expect(job?.result?.unchanged).toBeGreaterThan(0);
    expect(await counts(t)).toEqual(before);
  });

  it('a bad Excel file changes nothing and reports each error with sheet, row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as ArrayBuffer);
    const figures = workbook.getWorksheet(SHEET_FIGURES) as ExcelJS.Worksheet;
    figures.getCell('C2').value = 999.5; // a valid change: must not be written either
    figures.getCell('C3').value = '12,3,4';
    figures.getCell('C4').value = 5e15;
    figures.getCell('E5').value = {
      formula: 'HYPERLINK("http://example.com","bấm vào đây")',
      result: 'bấm vào đây',
    };
    figures.getCell('A6').value = 'không-có';
    const targets = workbook.getWorksheet(SHEET_TARGETS) as ExcelJS.Worksheet;
    targets.getCell('D2').value = 'Loại lạ';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await counts(t);
    const r = await upload(editor, '381', 'loi.xlsx', bytes);
    expect(r.statusCode).toBe(200);
    const job = (r.json() as { job: Job }).job;
    expect(job.state).toBe('failed');
    expect(job.code).toBe('import_invalid');
    const where = job.errors.map((e) => `${e.sheet}!${e.column}${e.row}`);
    expect(where).toEqual(
      expect.arrayContaining([
        `${SHEET_FIGURES}!C3`,
        `${SHEET_FIGURES}!C4`,
        `${SHEET_FIGURES}!E5`,
        `${SHEET_FIGURES}!A6`,
        `${SHEET_TARGETS}!D2`,
      ]),
    );
    expect(job.errors.find((e) => e.column === 'C' && e.row === 3)?.message).toBe(
      "Sheet Số liệu, dòng 3, cột C (Giá trị): '12,3,4' không phải là số (viết theo kiểu Việt Nam: 9.710,8)",
    );
    expect(await counts(t)).toEqual(before);
  });

  it('refuses a file over 10 MB with 413 and a clear message', async () => {
    const r = await upload(editor, '381', 'lon.csv', new Uint8Array(10 * 1024 * 1024 + 10).fill(65));
    expect(r.statusCode).toBe(413);
    expect((r.json() as { error: { message: string } }).error.message).toContain('giới hạn là 10 MB');
  });

  it('answers a broken file, HTML and CSV injection with a clear failed job, never a 500', async () => {
    const junk = await upload(
      editor,
      '381',
      'hong.xlsx',
      new TextEncoder().encode('PK\u0003\u0004 not really a zip'),
    );
    expect(junk.statusCode).toBe(200);
    expect((junk.json() as { job: Job }).job.errors[0]?.message).toContain('Excel');
    const csv =
      'Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái;Nguồn;Ghi chú\n2;2024;0,8;Ước;<b onmouseover=alert(1)>x</b>;"=cmd|\' /C calc\'!A0"\n';
    const ok = await upload(editor, '381', 'so-lieu.csv', new TextEncoder().encode(csv));
    expect((ok.json() as { job: Job }).job).toMatchObject({
      state: 'succeeded',
      result: { figuresRecorded: 1 },
    });
    const out = await editor.get('/api/units/381/export.csv?table=so-lieu');
    expect(out.body).toContain('<b onmouseover=alert(1)>x</b>');
    expect(out.body).toContain(`'=cmd|' /C calc'!A0`);
  });

  it('refuses the wrong user on every import and export route', async () => {
    expect((await upload(outsider, '381', 'x.xlsx', exported)).statusCode).toBe(403);
    expect((await outsider.get('/api/units/381/export.xlsx')).statusCode).toBe(403);
    expect((await outsider.get('/api/units/381/export.csv')).statusCode).toBe(403);
    expect((await outsider.get('/api/units/381/export.json')).statusCode).toBe(403);
    const mine = await upload(editor, '381', 'x.xlsx', exported);
    const id = (mine.json() as { id: string }).id;
    expect((await outsider.get(`/api/imports/${id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/imports/${id}` })).statusCode).toBe(401);
  });
});

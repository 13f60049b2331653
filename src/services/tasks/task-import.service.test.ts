/**
 * Drafts from the files offices have: an Excel table exported from a document system (columns
 * found by their headers, a date cell, "hằng quý" as text, an unreadable deadline reported) and a
 * Word document with numbered tasks; nothing is written.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/databases';
import { seedUnitTree } from '../../../test/factories';
import { draftTasks } from './task-import.service';

describe('drafts from Excel and Word', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('embedded');
    await seedUnitTree(t.db);
  });
  afterAll(async () => t.close());

  it('reads an Excel table by its headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhiệm vụ');
    ws.addRow(['DANH MỤC NHIỆM VỤ THEO KẾT LUẬN SỐ 2402-KL/TU']);
    ws.addRow([
      'STT',
      'Nội dung nhiệm vụ',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Người chịu trách nhiệm',
      'Thời hạn hoàn thành',
    ]);
    ws.addRow([
      1,
      'Rà soát tiến độ các cụm công nghiệp',
      'UBND thị xã Bỉm Sơn',
      'Sở Công Thương; Sở Xây dựng',
      'Nguyễn Văn A',
      new Date(Date.UTC(2023, 8, 30)),
    ]);
    ws.addRow([2, 'Báo cáo giải ngân vốn đầu tư công', 'Sở Tài chính', '', '', 'Hằng quý']);
    ws.addRow([3, 'Tuyển dụng giáo viên', '', '', '', 'sớm nhất có thể']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const { source, drafts } = await draftTasks(
      t.db,
      '38',
      { file, fileName: 'nhiem-vu.xlsx' },
      '2023-06-30',
    );
    expect(source).toBe('xlsx');
    expect(drafts.map((d) => [d.number, d.leadUnitCode, d.deadline])).toEqual([
      ['1', '381', { kind: 'date', date: '2023-09-30' }],
      ['2', null, { kind: 'recurring', every: 'quarter' }],
      ['3', null, { kind: 'none' }],
    ]);
    expect(drafts[0]).toMatchObject({
      cooperatingUnits: ['Sở Công Thương', 'Sở Xây dựng'],
      ownerName: 'Nguyễn Văn A',
    });
    expect(drafts[2]?.warnings).toEqual([
      'Chưa rõ đơn vị chủ trì.',
      'Không đọc được thời hạn "sớm nhất có thể".',
    ]);
  });

  it('reads the numbered tasks of a Word document', async () => {
    const lines = [
      'KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY',
      '1. UBND thành phố Thanh Hóa chủ trì, phối hợp với Sở Tài nguyên và Môi trường đẩy nhanh giải phóng mặt bằng, hoàn thành trước ngày 31/12/2023.',
      '2. Sở Xây dựng rà soát quy hoạch chung đô thị trong quý IV/2023.',
    ];
    const doc = new Document({
      sections: [
        {
          children: lines.map(
            (text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(text)] }),
          ),
        },
      ],
    });
    const file = await Packer.toBuffer(doc);
    const { source, drafts } = await draftTasks(
      t.db,
      '38',
      { file, fileName: 'ket-luan.docx' },
      '2023-06-30',
    );
    expect(source).toBe('docx');
    expect(drafts.map((d) => [d.number, d.leadUnit, d.leadUnitCode, d.deadline])).toEqual([
      ['1', 'UBND thành phố Thanh Hóa', '380', { kind: 'date', date: '2023-12-31' }],
      ['2', 'Sở Xây dựng', null, { kind: 'date', date: '2023-12-31' }],
    ]);
  });

  it('refuses other files and texts without numbered tasks', async () => {
    await expect(
      draftTasks(t.db, '38', { file: Buffer.from('x'), fileName: 'a.pdf' }, '2023-06-30'),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      draftTasks(t.db, '38', { file: Buffer.from('không phải excel'), fileName: 'a.xlsx' }, '2023-06-30'),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      draftTasks(t.db, '38', { text: 'Không có nhiệm vụ đánh số.' }, '2023-06-30'),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});

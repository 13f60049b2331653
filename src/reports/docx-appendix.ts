/** The appendix table in Word: bordered, header row repeated on each page, field rows bold. */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { AppendixTable } from './report-types';
import type { LayoutSpec } from './layout-spec';
import { cellText } from './cell-text';
import { textWidthTwips } from './docx-header';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function para(
  text: string,
  size: number,
  align: (typeof ALIGN)[keyof typeof ALIGN],
  bold = false,
): Paragraph {
  return new Paragraph({
    alignment: align,
    spacing: { after: 0, line: 240 },
    children: [new TextRun({ text, size: size * 2, bold })],
  });
}

/** The heading lines and the table of an appendix. */
export function appendixBlocks(appendix: AppendixTable, layout: LayoutSpec): (Paragraph | Table)[] {
  const size = layout.sizes.table;
  const total = textWidthTwips(layout, appendix.landscape);
  const sum = appendix.columns.reduce((a, c) => a + c.width, 0);
  const widths = appendix.columns.map((c) => Math.floor((c.width / sum) * total));
  const headerRow = new TableRow({
    tableHeader: true,
    children: appendix.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [para(c.header, size, AlignmentType.CENTER, true)],
        }),
    ),
  });
  const rows = appendix.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map(
          (cell, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              verticalAlign: VerticalAlign.CENTER,
              children: [
                para(cellText(cell), size, ALIGN[appendix.columns[i]?.align ?? 'left'], row.kind === 'group'),
              ],
            }),
        ),
      }),
  );
  const centredLine = (text: string, opts: { bold?: boolean; italics?: boolean }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 60 },
      children: [
        new TextRun({
          text,
          size: layout.sizes.body * 2,
          bold: opts.bold ?? false,
          italics: opts.italics ?? false,
        }),
      ],
    });
  return [
    centredLine(appendix.heading, { bold: true }),
    centredLine(appendix.title, { bold: true }),
    centredLine(appendix.subtitle, { italics: true }),
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      rows: [headerRow, ...rows],
    }),
    ...appendix.notes.map(
      (n) =>
        new Paragraph({
          spacing: { before: 60, after: 0 },
          children: [new TextRun({ text: n, italics: true, size: size * 2 })],
        }),
    ),
  ];
}

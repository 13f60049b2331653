/**
 * The first-page header block of a report in Word: issuing body top left, national motto or
 * Party title top right, number and dateline, then the title. Follows the layout spec.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import type { ReportDocument } from './report-types';
import { mmToTwip, type LayoutSpec } from './layout-spec';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
/** No visible borders: the header block is laid out with a table, as offices do in Word. */
export const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const NO_TABLE_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** Width of the text area in twips. */
export function textWidthTwips(layout: LayoutSpec, landscape = false): number {
  const width = landscape ? layout.page.heightMm : layout.page.widthMm;
  return mmToTwip(width - layout.marginsMm.left - layout.marginsMm.right);
}

/** Line height of the header block and title: single spacing (240) lets the stacked marks of
 * Vietnamese capitals ("ĐẢNG BỘ", "THÀNH ỦY") touch the line above in LibreOffice's rendering of
 * Times New Roman metrics; 1,2 lines keeps them apart and still fits the block. */
const HEADER_LINE = 288;

function centred(
  text: string,
  sizePt: number,
  opts: { bold?: boolean; italics?: boolean; underline?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0, line: HEADER_LINE },
    children: [
      new TextRun({
        text,
        size: sizePt * 2,
        bold: opts.bold ?? false,
        italics: opts.italics ?? false,
        ...(opts.underline ? { underline: {} } : {}),
      }),
    ],
  });
}

/** A short centred rule (about a third of the cell) under the state body's name. */
function shortRule(cellWidth: number): Paragraph {
  const indent = Math.round(cellWidth / 3);
  return new Paragraph({
    // A little room above, or the rule runs through the descenders of the body's name.
    spacing: { before: 60, after: 0, line: 240 },
    indent: { left: indent, right: indent },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
}

/** The two-column header block (issuer | motto; number | dateline). */
export function headerBlock(doc: ReportDocument): Table {
  const { layout, header } = doc;
  const s = layout.sizes;
  // The header block may reach 5 mm into each side margin, as offices' templates do, so the
  // motto stays on one line.
  const spill = mmToTwip(5);
  const total = textWidthTwips(layout) + 2 * spill;
  const left = Math.round(total * 0.42);
  const right = total - left;
  const leftTop: Paragraph[] = [];
  if (header.superior) leftTop.push(centred(header.superior, s.issuer, { bold: false }));
  leftTop.push(centred(header.issuer, s.issuer, { bold: true }));
  leftTop.push(header.issuerMark === 'star' ? centred('*', s.issuer) : shortRule(left));
  const rightTop = header.mottoLines.map((line, i) => {
    const last = i === header.mottoLines.length - 1;
    const first = i === 0;
    return centred(line, first ? s.motto : s.mottoSub, { bold: true, underline: last });
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    indent: { size: -spill, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({ children: [cell(leftTop, left), cell(rightTop, right)] }),
      new TableRow({
        children: [
          cell([centred(header.numberLine, s.number)], left),
          cell([centred(header.dateLine, s.date, { italics: true })], right),
        ],
      }),
    ],
  });
}

/** "BÁO CÁO" and its subject, with the rule (state) or dashes (party) under it. */
export function titleParagraphs(doc: ReportDocument): Paragraph[] {
  const { layout, title } = doc;
  const out: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 60 },
      children: [new TextRun({ text: title.kind, bold: true, size: layout.sizes.titleKind * 2 })],
    }),
  ];
  for (const line of title.subject) out.push(centred(line, layout.sizes.titleSubject, { bold: true }));
  if (layout.kind === 'party')
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: '-----', size: layout.sizes.titleSubject * 2 })],
      }),
    );
  else {
    const w = textWidthTwips(layout);
    out.push(
      new Paragraph({
        spacing: { before: 80, after: 240 },
        indent: { left: Math.round(w * 0.35), right: Math.round(w * 0.35) },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [],
      }),
    );
  }
  return out;
}

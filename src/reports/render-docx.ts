/**
 * Renders a report to Word (.docx) with the `docx` package: A4, Times New Roman, the margins of
 * the layout spec, the header block on the first page, page numbers centred at the top from page
 * 2, the appendix on its own (landscape when wide) section.
 */
import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportDocument } from './report-types';
import { mmToTwip, type LayoutSpec } from './layout-spec';
import { headerBlock, NO_BORDERS, textWidthTwips, titleParagraphs } from './docx-header';
import { appendixBlocks } from './docx-appendix';

function pageNumberHeader(layout: LayoutSpec): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: layout.sizes.pageNumber * 2 })],
      }),
    ],
  });
}

function pageProperties(layout: LayoutSpec, landscape: boolean) {
  const m = layout.marginsMm;
  return {
    size: {
      width: mmToTwip(layout.page.widthMm),
      height: mmToTwip(layout.page.heightMm),
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: mmToTwip(m.top),
      bottom: mmToTwip(m.bottom),
      left: mmToTwip(m.left),
      right: mmToTwip(m.right),
      header: mmToTwip(m.header),
      footer: mmToTwip(m.footer),
    },
  };
}

function bodyParagraph(text: string, layout: LayoutSpec): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(layout.firstLineIndentMm) },
    spacing: {
      after: layout.paragraphSpacingPt * 20,
      line: Math.round(layout.lineSpacing * 240),
      lineRule: LineRuleType.AUTO,
    },
    children: [new TextRun({ text, size: layout.sizes.body * 2 })],
  });
}

function headingParagraph(text: string, layout: LayoutSpec): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(layout.firstLineIndentMm) },
    spacing: { before: 120, after: layout.paragraphSpacingPt * 20 },
    keepNext: true,
    children: [new TextRun({ text, bold: true, size: layout.sizes.heading * 2 })],
  });
}

function signatureBlock(doc: ReportDocument): Table {
  const { layout } = doc;
  const total = textWidthTwips(layout);
  const left = Math.round(total * 0.5);
  const p = (
    text: string,
    size: number,
    opts: { bold?: boolean; italics?: boolean; align?: 'left' | 'center' } = {},
  ) =>
    new Paragraph({
      alignment: opts.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
      spacing: { after: 0 },
      children: [
        new TextRun({ text, size: size * 2, bold: opts.bold ?? false, italics: opts.italics ?? false }),
      ],
    });
  const leftCell = [
    p('Nơi nhận:', 12, { bold: true, italics: true, align: 'left' }),
    ...doc.recipients.map((r) => p(r, 11, { align: 'left' })),
  ];
  const rightCell = [
    p(doc.signature.capacity, layout.sizes.body, { bold: true }),
    p(doc.signature.title, layout.sizes.body, { bold: true }),
    p('', layout.sizes.body),
    p('', layout.sizes.body),
    p('', layout.sizes.body),
    p(doc.signature.name, layout.sizes.body, { bold: true }),
  ];
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [left, total - left],
    rows: [
      new TableRow({
        children: [
          new TableCell({
            children: leftCell,
            width: { size: left, type: WidthType.DXA },
            borders: NO_BORDERS,
          }),
          new TableCell({
            children: rightCell,
            width: { size: total - left, type: WidthType.DXA },
            borders: NO_BORDERS,
          }),
        ],
      }),
    ],
  });
}

/** Builds the `docx` Document of a report (exported for tests and the benchmark). */
export function buildWordDocument(doc: ReportDocument): Document {
  const { layout } = doc;
  const body: (Paragraph | Table)[] = [headerBlock(doc), ...titleParagraphs(doc)];
  for (const section of doc.sections) {
    if (section.heading) body.push(headingParagraph(section.heading, layout));
    for (const p of section.paragraphs) body.push(bodyParagraph(p, layout));
  }
  body.push(new Paragraph({ children: [] }), signatureBlock(doc));
  return new Document({
    creator: doc.header.issuer,
    title: `${doc.title.kind} ${doc.title.subject.join(' ')}`,
    styles: {
      default: {
        document: { run: { font: layout.font, size: layout.sizes.body * 2 } },
      },
    },
    sections: [
      {
        properties: { page: pageProperties(layout, false), titlePage: layout.pageNumbers.fromPage > 1 },
        headers: { default: pageNumberHeader(layout), first: new Header({ children: [] }) },
        children: body,
      },
      {
        properties: { page: pageProperties(layout, doc.appendix.landscape) },
        headers: { default: pageNumberHeader(layout) },
        children: appendixBlocks(doc.appendix, layout),
      },
    ],
  });
}

/** Renders a report to the bytes of a .docx file. */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(buildWordDocument(doc));
}

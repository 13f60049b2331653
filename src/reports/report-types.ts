/**
 * The document model of a review report: what a report says, independent of its format.
 * Built by `buildReportModel` (pure), rendered by the docx, xlsx and pdf renderers.
 */
import type { Issuer, PeriodCode, IsoDate, ReportType } from '../core';

/** The kinds of report: mid-term review, end-of-term review and the periodic reports. */
export { REPORT_TYPES, type ReportType } from '../core';

/** Output formats. */
export const REPORT_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What the caller decides about a report (the data decides the rest). */
export interface ReportOptions {
  type: ReportType;
  /** The period the report is as of: "2023", "2022-Q1", "2023-H1", "2023-9M". */
  asOf: PeriodCode;
  /** Issuing body; defaults to the dossier's issuer. */
  issuer?: Issuer;
  /** Date of issue (dateline). Without it the dateline leaves the day blank to fill by hand. */
  date?: IsoDate;
  /** Document number ("12"); without it the number is left blank to fill by hand. */
  number?: string;
  /** Signer, printed under the signature block. */
  signer?: { capacity?: string; title?: string; name?: string };
}

/** A table cell: numbers stay numbers (the xlsx keeps them numeric), text stays text. */
export type Cell =
  | {
      kind: 'number';
      /** The raw value; for `percent` cells a ratio (0.312 prints as 31,2). */
      value: number;
      decimals: number;
      percent?: boolean;
      /** Text printed before the number, e.g. the qualifier "≥ ". */
      prefix?: string;
    }
  | { kind: 'text'; text: string }
  | { kind: 'empty' };

/** One column of the appendix table. */
export interface AppendixColumn {
  key: string;
  /** Header as printed, e.g. "Mục tiêu Đại hội". */
  header: string;
  /** Relative width (the renderers scale these to the page). */
  width: number;
  /** Horizontal alignment of the cells. */
  align: 'left' | 'center' | 'right';
}

/** A row of the appendix: a field heading (group) or a target. */
export interface AppendixRow {
  kind: 'group' | 'target';
  targetId?: string;
  cells: Cell[];
}

/** An appendix table (landscape when wide). */
export interface AppendixTable {
  /** "Phụ lục" heading, e.g. "PHỤ LỤC". */
  heading: string;
  /** Line under the heading, what the table is. */
  title: string;
  /** Italic note under the title ("(Kèm theo Báo cáo số ...)"). */
  subtitle: string;
  columns: AppendixColumn[];
  rows: AppendixRow[];
  /** Notes under the table: committee's override reasons, method notes. */
  notes: string[];
  landscape: boolean;
}

/** A section of the narrative: a heading ("I. ...") and its paragraphs. */
export interface NarrativeSection {
  /** 1: "I. KẾT QUẢ …" (upper case), 2: "1. Về kinh tế". */
  level: 1 | 2;
  heading: string;
  paragraphs: string[];
}

/** The header block: issuing body top left, national motto or Party title top right. */
export interface HeaderBlock {
  /** Lines of the issuing body, top left ("ĐẢNG BỘ TỈNH THANH HÓA", "THÀNH ỦY THANH HÓA"). */
  superior?: string;
  issuer: string;
  /** Mark under the issuing body: "*" for Party committees, a short rule for state bodies. */
  issuerMark: 'star' | 'rule';
  /** "Số: 12/BC-UBND" or "Số 12-BC/TU". */
  numberLine: string;
  /** Top right, first line: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or "ĐẢNG CỘNG SẢN VIỆT NAM". */
  mottoLines: string[];
  /** "Thanh Hóa, ngày 26 tháng 7 năm 2023" (printed in italics). */
  dateLine: string;
}

/** A whole report, ready to render. */
export interface ReportDocument {
  type: ReportType;
  asOf: PeriodCode;
  layout: import('./layout-spec').LayoutSpec;
  header: HeaderBlock;
  /** "BÁO CÁO" and the subject lines under it. */
  title: { kind: string; subject: string[] };
  sections: NarrativeSection[];
  appendix: AppendixTable;
  signature: { capacity: string; title: string; name: string };
  /** "Nơi nhận:" list. */
  recipients: string[];
  /** Suggested file name without extension (Vietnamese, diacritics kept). */
  fileStem: string;
}

/**
 * Layout rules of the two kinds of issuing body, kept as data so that tests can check them and
 * the renderers only read them.
 *
 * - State bodies (HĐND, UBND): Nghị định 30/2020/NĐ-CP, Phụ lục I — A4, Times New Roman, body
 *   13-14 pt, margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm, national motto with a
 *   rule as long as "Độc lập - Tự do - Hạnh phúc", issuing body with a short rule under it,
 *   "Số: 12/BC-UBND", italic dateline, page numbers centred in the top margin from page 2.
 * - Party committees: Hướng dẫn 36-HD/VPTW (2018) — same paper, font and margins; "ĐẢNG CỘNG SẢN
 *   VIỆT NAM" top right with a rule under it, superior and issuing committee top left with "*"
 *   under them, "Số 12-BC/TU" (numbers restart each term), italic dateline.
 * Both write days below 10 and the months January and February with a leading zero
 * ("ngày 05 tháng 02 năm 2023", "ngày 26 tháng 7 năm 2023").
 */
import { formatDatelineVi, type Issuer } from '../core';

/** Millimetres to twips (1/1440 inch), the unit of page setup in WordprocessingML. */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Font sizes in points. */
export interface FontSizes {
  body: number;
  motto: number; // first line top right
  mottoSub: number; // "Độc lập - Tự do - Hạnh phúc"
  issuer: number;
  number: number;
  date: number;
  titleKind: number; // "BÁO CÁO"
  titleSubject: number;
  heading: number;
  table: number;
  pageNumber: number;
}

/** The page and typography rules of one kind of issuing body. */
export interface LayoutSpec {
  kind: 'state' | 'party';
  /** The rule it follows, for notes and tests. */
  basis: string;
  page: { widthMm: number; heightMm: number };
  marginsMm: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  font: string;
  sizes: FontSizes;
  /** Line spacing of body paragraphs (1.0 = single). */
  lineSpacing: number;
  /** First-line indent of body paragraphs, mm. */
  firstLineIndentMm: number;
  /** Space after a body paragraph, pt. */
  paragraphSpacingPt: number;
  /** Top-right lines; the last one is underlined by a rule of its own length. */
  mottoLines: string[];
  /** Whether the motto's first line is bold (Party title is bold 15, state motto bold 13). */
  issuerMark: 'star' | 'rule';
  /** "Số: 12/BC-UBND" (state) or "Số 12-BC/TU" (party). */
  numberStyle: 'state' | 'party';
  /** Default symbol when the issuer has none. */
  defaultSymbol: string;
  /** Page numbers: centred in the header from page 2 (first page different). */
  pageNumbers: { position: 'header-center'; fromPage: number };
  /** Case of the title's subject line under "BÁO CÁO". */
  titleSubjectCase: 'upper' | 'sentence';
  /** Appendix tables wider than this many columns go on a landscape section. */
  landscapeFromColumns: number;
  /** Signature capacity line: "TM. ỦY BAN NHÂN DÂN" / "T/M BAN THƯỜNG VỤ". */
  signatureCapacity: string;
  signatureTitle: string;
}

const A4 = { widthMm: 210, heightMm: 297 };

/** Nghị định 30/2020/NĐ-CP (state bodies). */
export const STATE_LAYOUT: LayoutSpec = {
  kind: 'state',
  basis: 'Nghị định 30/2020/NĐ-CP',
  page: A4,
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
  font: 'Times New Roman',
  sizes: {
    body: 14,
    motto: 12,
    mottoSub: 13,
    issuer: 12,
    number: 13,
    date: 14,
    titleKind: 14,
    titleSubject: 14,
    heading: 14,
    table: 11,
    pageNumber: 13,
  },
  lineSpacing: 1.15,
  firstLineIndentMm: 10,
  paragraphSpacingPt: 6,
  mottoLines: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  issuerMark: 'rule',
  numberStyle: 'state',
  defaultSymbol: 'BC-UBND',
  pageNumbers: { position: 'header-center', fromPage: 2 },
  titleSubjectCase: 'sentence',
  landscapeFromColumns: 8,
  signatureCapacity: 'TM. ỦY BAN NHÂN DÂN',
  signatureTitle: 'CHỦ TỊCH',
};

/** Hướng dẫn 36-HD/VPTW (Party committees). */
export const PARTY_LAYOUT: LayoutSpec = {
  kind: 'party',
  basis: 'Hướng dẫn 36-HD/VPTW',
  page: A4,
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
  font: 'Times New Roman',
  sizes: {
    body: 14,
    motto: 15,
    mottoSub: 15,
    issuer: 14,
    number: 14,
    date: 14,
    titleKind: 16,
    titleSubject: 14,
    heading: 14,
    table: 11,
    pageNumber: 14,
  },
  lineSpacing: 1.15,
  firstLineIndentMm: 10,
  paragraphSpacingPt: 6,
  mottoLines: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
  issuerMark: 'star',
  numberStyle: 'party',
  defaultSymbol: 'BC/TU',
  pageNumbers: { position: 'header-center', fromPage: 2 },
  titleSubjectCase: 'upper',
  landscapeFromColumns: 8,
  signatureCapacity: 'T/M BAN THƯỜNG VỤ',
  signatureTitle: 'BÍ THƯ',
};

/** The layout an issuer must use. */
export function layoutFor(issuer: Issuer): LayoutSpec {
  return issuer.kind === 'party' ? PARTY_LAYOUT : STATE_LAYOUT;
}

/** "Số: 12/BC-UBND" (state) or "Số 12-BC/TU" (party); a blank number leaves room to fill in. */
export function documentNumberLine(
  layout: LayoutSpec,
  symbol: string | undefined,
  number: string | undefined,
): string {
  const sym = symbol && symbol.trim() !== '' ? symbol : layout.defaultSymbol;
  const num = number && number.trim() !== '' ? number.trim() : '      ';
  return layout.numberStyle === 'party' ? `Số ${num}-${sym}` : `Số: ${num}/${sym}`;
}

/** "Thanh Hóa, ngày 26 tháng 7 năm 2023"; without a date, blanks to fill by hand. */
export function dateLine(place: string, iso: string | undefined, fallbackYear: number): string {
  if (!iso) return `${place}, ngày      tháng      năm ${fallbackYear}`;
  return formatDatelineVi(place, iso, 'nd30');
}

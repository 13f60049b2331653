/**
 * Cutting a resolution's list of main targets into statements, one target each, and reading the
 * field headings between them ("Về kinh tế:", "b) Văn hóa - xã hội"). A list comes one target a
 * line (a pasted Word list, a .docx's paragraphs) or several in a paragraph separated by ";".
 */
import type { Field } from '../model';

/** One statement and the field its heading gave, if any. */
export interface Statement {
  text: string;
  /** The field of the heading above it ("Về kinh tế"), when the list has headings. */
  heading?: Field;
}

const HEADINGS: [RegExp, Field][] = [
  [/^(về\s+)?(phát triển\s+)?kinh tế(\s*[-–]\s*xã hội)?$/i, 'kinh-te'],
  [/^(về\s+)?(lĩnh vực\s+)?văn hóa(\s*[-–,]\s*|\s+và\s+)xã hội$/i, 'van-hoa-xa-hoi'],
  [/^(về\s+)?xã hội$/i, 'van-hoa-xa-hoi'],
  [/^(về\s+)?(tài nguyên(\s+và|,)\s+)?môi trường$/i, 'moi-truong'],
  [/^(về\s+)?quốc phòng(\s*[-–,]\s*|\s+và\s+)an ninh$/i, 'quoc-phong-an-ninh'],
  [/^(về\s+)?(công tác\s+)?xây dựng đảng(\s+và\s+hệ thống chính trị)?$/i, 'xay-dung-dang'],
];

/** Numbering and bullets in front of an item: "1.", "(2)", "a)", "-", "+", "•", "2.3.". */
const BULLET = /^\s*(?:(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]\)?(?!\d)|\(?[a-zđ][.)]|[-–+•*·])\s*)+/iu;

/** The field a heading names, or undefined when the line is not a heading. */
export function headingField(line: string): Field | undefined {
  const text = line
    .replace(BULLET, '')
    .replace(/^(các\s+)?chỉ tiêu\s+(chủ yếu\s+)?(về\s+)?/i, '')
    .replace(/[:.]\s*$/, '')
    .trim();
  if (text.length > 60) return undefined;
  for (const [pattern, field] of HEADINGS) if (pattern.test(text)) return field;
  return undefined;
}

/** Strips the numbering of an item and the punctuation that closes it. */
export function cleanStatement(text: string): string {
  return text
    .replace(BULLET, '')
    .replace(/\s+/g, ' ')
    .replace(/[;.,]\s*$/, '')
    .trim();
}

/** Splits on ";" outside parentheses (a list item may hold "(gồm: a; b)"). */
function splitSemicolons(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of line) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Whether a piece says something measurable enough to be a target (a number or a milestone
 * verb); a line of prose ("Các chỉ tiêu chủ yếu đến năm 2025:") is not. */
function looksLikeTarget(text: string): boolean {
  if (text.length < 8) return false;
  if (/:\s*$/.test(text)) return false;
  return (
    /\d/.test(text) || /(công nhận|trở thành|hoàn thành|xếp loại|vững mạnh|đạt chuẩn|đô thị loại)/i.test(text)
  );
}

/**
 * The statements of a list of targets, in order, each with the heading above it. A heading may
 * also open a line ("Về kinh tế: tốc độ tăng …; thu ngân sách …").
 */
export function splitStatements(text: string): Statement[] {
  const out: Statement[] = [];
  let heading: Field | undefined;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = rawLine.trim();
    if (!line) continue;
    const own = headingField(line);
    if (own) {
      heading = own;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && colon < 60) {
      const lead = headingField(line.slice(0, colon));
      if (lead) {
        heading = lead;
        line = line.slice(colon + 1);
      }
    }
    const pieces = line.split(/\.\s+(?=\p{Lu})/u).flatMap(splitSemicolons);
    for (const piece of pieces) {
      const cleaned = cleanStatement(piece);
      if (looksLikeTarget(cleaned)) out.push({ text: cleaned, ...(heading ? { heading } : {}) });
    }
  }
  return out;
}

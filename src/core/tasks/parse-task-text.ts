/**
 * The tasks of a directive read from its text (as pasted from Word): a list of numbered items
 * ("1.", "2.1.", "a)") with the lead unit ("X chủ trì", "Giao X …", "X: …"), the cooperating
 * units ("phối hợp với …") and the deadline. The result is drafts for a person to confirm, each
 * with what could not be read; nothing is decided here.
 */
import { parseDeadlineVi, type FoundDeadline } from './parse-deadline';
import type { TaskDeadline } from './task-types';

/** A task read from text, to be confirmed. */
export interface TaskDraft {
  /** The item's number as written: "1", "2.3", "3.a". */
  number: string;
  content: string;
  leadUnit: string | null;
  cooperatingUnits: string[];
  deadline: TaskDeadline;
  /** The words the deadline was read from. */
  deadlineSource: string;
  /** The section heading the item sits under ("I. Về kinh tế"), if any. */
  section: string | null;
  /** What the reader could not find ("chưa rõ đơn vị chủ trì", …). */
  warnings: string[];
}

const ITEM = /^\s*(\d{1,3}(?:\.\d{1,3})*)[.)]\s*(?=\S)/;
const LETTER = /^\s*([a-zđ])\)\s*(?=\S)/;
const ROMAN_HEADING = /^\s*([IVXLC]{1,6})[.)]\s+(.+)$/;

/** Reads the drafts from the text; `defaultYear` completes dates written without a year. */
export function parseTaskText(text: string, defaultYear?: number): TaskDraft[] {
  const items: { number: string; lines: string[]; section: string | null }[] = [];
  let section: string | null = null;
  let parent: string | null = null;
  for (const raw of text.normalize('NFC').split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const heading = ROMAN_HEADING.exec(line);
    if (heading && !ITEM.test(line)) {
      section = line;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const number = item[1] as string;
      parent = number;
      items.push({ number, lines: [line.slice(item[0].length)], section });
      continue;
    }
    const letter = LETTER.exec(line);
    if (letter && parent) {
      items.push({ number: `${parent}.${letter[1]}`, lines: [line.slice(letter[0].length)], section });
      continue;
    }
    items[items.length - 1]?.lines.push(line);
  }
  // An item followed by its own sub-items ("1." then "1.1.", "1.a") is a heading, not a task.
  const numbers = items.map((i) => i.number);
  const withChildren = new Set(
    numbers.filter((n) => numbers.some((other) => other !== n && other.startsWith(`${n}.`))),
  );
  return items
    .filter((i) => !withChildren.has(i.number))
    .map((i) => draftOf(i.number, i.lines.join(' '), i.section, parentText(items, i.number), defaultYear));
}

function parentText(items: { number: string; lines: string[] }[], number: string): string | null {
  const cut = number.lastIndexOf('.');
  if (cut < 0) return null;
  const parent = items.find((i) => i.number === number.slice(0, cut));
  return parent ? parent.lines.join(' ') : null;
}

function draftOf(
  number: string,
  content: string,
  section: string | null,
  parent: string | null,
  defaultYear?: number,
): TaskDraft {
  const warnings: string[] = [];
  const lead = leadUnitOf(content) ?? (parent ? leadUnitOf(parent) : null);
  const cooperating = cooperatingOf(content);
  let found: FoundDeadline = parseDeadlineVi(content, defaultYear);
  if (found.deadline.kind === 'none' && parent) found = parseDeadlineVi(parent, defaultYear);
  if (!lead) warnings.push('Chưa rõ đơn vị chủ trì.');
  if (found.deadline.kind === 'none') warnings.push('Chưa rõ thời hạn.');
  return {
    number,
    content: content.replace(/[;.]\s*$/, '').trim(),
    leadUnit: lead,
    cooperatingUnits: cooperating,
    deadline: found.deadline,
    deadlineSource: found.source,
    section,
    warnings,
  };
}

const UNIT_WORDS =
  /^(?:(?:Giao|Đề nghị|Yêu cầu)\s+(?:cho\s+)?)?((?:Sở|Ban|Văn phòng|UBND|Ủy ban|Uỷ ban|Công an|Bộ Chỉ huy|Thanh tra|Cục|Chi cục|Kho bạc|Ngân hàng|Liên đoàn|Mặt trận|Đảng ủy|Đảng uỷ|Huyện ủy|Thị ủy|Thành ủy|Tỉnh ủy|Hội|Trường|Đài|Báo|Các|Trung tâm)[^:,;]{0,120}?)\s*(?::|chủ trì|thực hiện|tham mưu|khẩn trương|tập trung|rà soát|chỉ đạo|tiếp tục|tăng cường|đẩy nhanh|chủ động|hướng dẫn|phối hợp)/i;

/** The lead unit: "Sở Xây dựng chủ trì, …", "Giao UBND thành phố …", "UBND thị xã Bỉm Sơn: …". */
export function leadUnitOf(text: string): string | null {
  const chair = /^(?:(?:Giao|Đề nghị|Yêu cầu)\s+(?:cho\s+)?)?(.{3,120}?)\s+chủ trì/i.exec(text);
  if (chair && !/[.;]/.test(chair[1] as string)) return tidyUnit(chair[1] as string);
  const named = UNIT_WORDS.exec(text);
  return named ? tidyUnit(named[1] as string) : null;
}

/** The cooperating units: "phối hợp với Sở Tài chính, Sở Xây dựng và UBND các huyện …". Case
 * matters: the verbs that end the list are lower case, unit names capitalised ("Sở Xây dựng"). */
export function cooperatingOf(text: string): string[] {
  const m =
    /[Pp]hối hợp(?:\s+với)?\s+(.+?)(?=\s+(?:để|tổ chức|thực hiện|triển khai|rà soát|xây dựng|tham mưu|hoàn thành|trước|trong|báo cáo)(?=[\s,;.]|$)|[;.:(]|$)/.exec(
      text,
    );
  if (!m) return [];
  return (m[1] as string)
    .split(/,|\s+và\s+/)
    .map(tidyUnit)
    .filter((u) => u.length > 1 && !/^(các )?(đơn vị|cơ quan|địa phương|ngành)( có)? liên quan$/i.test(u));
}

const tidyUnit = (s: string): string =>
  s
    .replace(/^(cho|với)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();

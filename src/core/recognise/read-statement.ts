/**
 * One target statement read into a draft target: kind, direction, qualifier, value or range,
 * unit, target year and field, with what was only guessed. The rules follow how Vietnamese
 * resolutions write their main targets ("Tốc độ tăng giá trị sản xuất bình quân 15%/năm trở lên",
 * "Thu nhập bình quân đầu người đến năm 2025 đạt 100 triệu đồng", "Tỷ lệ hộ nghèo giảm còn dưới
 * 1%", "Kết nạp 640 đảng viên mới", "Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt
 * nhiệm vụ", "Cơ cấu kinh tế: công nghiệp - xây dựng 60%, dịch vụ 38%, nông nghiệp 2%").
 */
import type { Accumulation, Direction, Field, Qualifier, TargetGoal, TargetKind } from '../model';
import { numbersIn, type FoundNumber } from './numbers-in-text';

/** What a recogniser may have only guessed about a draft: the user checks these first. */
export type RecognisedPart = 'kind' | 'direction' | 'qualifier' | 'value' | 'unit' | 'year' | 'field';

/** A target as read from its statement, before the user confirms it. */
export interface RecognisedTarget {
  /** The statement it came from, as written (numbering stripped). */
  source: string;
  /** 0-1: how sure the reading is (1 minus the weight of each guessed part). */
  confidence: number;
  /** The parts that were guessed rather than read. */
  doubts: RecognisedPart[];
  name: string;
  field: Field;
  kind: TargetKind;
  direction: Direction;
  qualifier: Qualifier;
  unit: string;
  precision: number;
  goal: TargetGoal;
  baseYear?: number;
  targetYear?: number;
  accumulation?: Accumulation;
}

/** Context of the list: the term ("2020-2025") gives base and target years. */
export interface ReadContext {
  term?: { start: number; end: number };
  heading?: Field;
}

const RATING_SCALE = ['Trung bình', 'Khá', 'Tốt', 'Xuất sắc'];
const GRADE_SCALE = [
  'Không hoàn thành nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành xuất sắc nhiệm vụ',
];

const FIELD_WORDS: [RegExp, Field][] = [
  [
    /(đảng viên|tổ chức (cơ sở )?đảng|chi bộ|đảng bộ|cấp ủy|hệ thống chính trị|mặt trận|đoàn thể|cán bộ|kiểm tra, giám sát)/iu,
    'xay-dung-dang',
  ],
  [
    /(quốc phòng|an ninh|quân sự|tuyển quân|giao quân|dân quân|tội phạm|ma túy|trật tự|phòng thủ)/iu,
    'quoc-phong-an-ninh',
  ],
  [
    /(môi trường|chất thải|rác|nước thải|che phủ rừng|nước sạch|hợp vệ sinh|ô nhiễm|cây xanh)/iu,
    'moi-truong',
  ],
  [
    /(hộ nghèo|lao động|việc làm|bảo hiểm|y tế|bác sĩ|giường bệnh|trường|giáo dục|học sinh|văn hóa|dân số|tuổi thọ|suy dinh dưỡng|thể thao|gia đình|HDI|thất nghiệp|an sinh)/iu,
    'van-hoa-xa-hoi',
  ],
  [
    /(kinh tế|sản xuất|GRDP|GDP|ngân sách|đầu tư|thu nhập|xuất khẩu|bán lẻ|doanh nghiệp|du lịch|nông thôn mới|đô thị|năng suất|công nghiệp|dịch vụ|nông nghiệp|khách)/iu,
    'kinh-te',
  ],
];

const LOWER_WORDS =
  /(hộ nghèo|thất nghiệp|suy dinh dưỡng|bội chi|nợ công|tăng dân số|sinh con thứ|tai nạn|tội phạm|ma túy|tái nghèo)/iu;
const GRADE_WORDS = /(hoàn thành (tốt|xuất sắc) nhiệm vụ|trong sạch,? vững mạnh|xếp loại)/iu;
const EVERY_YEAR = /(hằng năm|hàng năm|mỗi năm|năm nào cũng)/iu;
const GROWTH =
  /(tốc độ tăng|tăng trưởng[^%]{0,30}bình quân|bình quân[^%]{0,40}tăng|tăng[^%]{0,20}bình quân)/iu;
const OVER_TERM =
  /(\b5 năm\b|năm năm|cả nhiệm kỳ|trong nhiệm kỳ|toàn nhiệm kỳ|giai đoạn (19|20)\d{2}\s*[-–]\s*(19|20)\d{2}|\((19|20)\d{2}\s*[-–]\s*(19|20)\d{2}\)|lũy kế|tổng vốn|tổng số vốn|tổng huy động)/iu;
const ADDITIONS =
  /(kết nạp|tăng thêm|xây dựng mới|thành lập mới|phát triển mới|giải quyết việc làm|tạo việc làm|đào tạo nghề cho|có thêm)/iu;
const COUNT_UNITS = new Set([
  'xã',
  'phường',
  'thôn',
  'khu phố',
  'làng',
  'trường',
  'đảng viên',
  'doanh nghiệp',
  'hợp tác xã',
  'chi bộ',
  'tổ chức cơ sở đảng',
  'tổ chức đảng',
  'công trình',
  'dự án',
  'sản phẩm',
  'cơ sở',
  'người',
  'lao động',
  'hộ',
]);
const MONEY = /(đồng|USD)/u;

/** Weight of each doubt in the confidence. */
const DOUBT_WEIGHT: Record<RecognisedPart, number> = {
  kind: 0.2,
  value: 0.25,
  unit: 0.15,
  field: 0.1,
  year: 0.05,
  direction: 0.15,
  qualifier: 0.1,
};

function qualifierAround(text: string, first: FoundNumber, last: FoundNumber): Qualifier | undefined {
  const before = text.slice(Math.max(0, first.start - 24), first.start).toLowerCase();
  const after = text.slice(last.unitEnd).toLowerCase();
  if (/trở lên/u.test(after)) return 'at-least';
  if (/(không quá|tối đa|không vượt quá|không vượt)\s*$/u.test(before)) return 'at-most';
  if (/(tối thiểu|ít nhất)\s*$/u.test(before)) return 'at-least';
  if (/(dưới|thấp hơn)\s*$/u.test(before)) return 'less-than';
  if (/(trên|hơn|vượt)\s*$/u.test(before)) return 'more-than';
  if (/(khoảng|gần|xấp xỉ)\s*$/u.test(before)) return 'about';
  return undefined;
}

const NAME_TAIL =
  /(\s|,|:|\(|-|–)*(đạt được|đạt|tăng|giảm|còn|xuống|khoảng|trên|dưới|hơn|từ|tối thiểu|ít nhất|bình quân|ở mức|duy trì( ổn định)?( ở mức)?|ổn định|là|có|hằng năm|hàng năm|mỗi năm|đến năm|năm|vào|trước|không quá|tối đa|gần|xấp xỉ|phấn đấu|trở lên|đến|cho)\s*$/iu;

function trimTail(name: string): string {
  let prev = '';
  let s = name.trim();
  while (s !== prev) {
    prev = s;
    s = s
      .replace(/(,\s*)?(đến|vào|trước)?\s*năm\s+(19|20)\d{2}\s*,?\s*$/iu, '')
      .replace(NAME_TAIL, '')
      .replace(/[\s,:(–-]+$/u, '')
      .trim();
  }
  return s;
}

/** The target's name: the words before its figure, or the statement without its figures. */
function nameOf(text: string, first: FoundNumber | undefined, kind: TargetKind): string {
  if (kind === 'structure') {
    const head = /^(cơ cấu[^:(\d]*?)(\s+đến năm|\s*:|\s*\(|\s+\d|$)/iu.exec(text)?.[1];
    if (head) return capitalise(head.trim());
  }
  let lead = text
    .replace(/^(đến năm|năm|đến hết năm)\s+(19|20)\d{2}\s*,?\s*/iu, '')
    .replace(/^(phấn đấu|hằng năm|hàng năm|mỗi năm)\s*,?\s*(có\s+)?/iu, '')
    .replace(/^có\s+(?=\d)/iu, 'Số ');
  const offset = text.length - lead.length;
  if (first && first.start - offset > 0) {
    const name = trimTail(lead.slice(0, first.start - offset));
    if (name.split(/\s+/).length >= 3 && !/^(có|kết nạp|có thêm)$/i.test(name)) return capitalise(name);
  }
  lead = lead
    .replace(
      /(trên|dưới|khoảng|tối thiểu|ít nhất|không quá|có)?\s*\d[\d.,]*\s*(%|[-–]\s*\d[\d.,]*\s*%?)?/gu,
      ' ',
    )
    .replace(/\s*trở lên/giu, '')
    .replace(/\s*\/\s*năm\b/giu, '')
    .replace(/^Số\s+(\p{L}+)/u, 'Số $1')
    .replace(/\s+/g, ' ')
    .trim();
  if (first?.unit === '%' && kind !== 'average-growth' && !/^(tỷ lệ|tỷ trọng)/iu.test(lead))
    return capitalise(`tỷ lệ ${lead}`);
  return capitalise(lead);
}

function capitalise(s: string): string {
  const t = s.trim();
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

function fieldOf(text: string, heading: Field | undefined): { field: Field; guessed: boolean } {
  if (heading) return { field: heading, guessed: false };
  for (const [pattern, field] of FIELD_WORDS) if (pattern.test(text)) return { field, guessed: false };
  return { field: 'kinh-te', guessed: true };
}

function structureShares(text: string, values: FoundNumber[]): { name: string; value: number }[] {
  const slashed = /(\d+(?:,\d+)?)\s*\/\s*(\d+(?:,\d+)?)(?:\s*\/\s*(\d+(?:,\d+)?))?\s*%/u.exec(text);
  if (slashed) {
    const names = /\(([^)]+)\)/u.exec(text)?.[1]?.split(/\s*[-–/]\s*|\s*,\s*/u) ?? [];
    return slashed
      .slice(1)
      .filter((v): v is string => v !== undefined)
      .map((v, i) => ({
        name: capitalise(names[i] ?? `Thành phần ${i + 1}`),
        value: Number(v.replace(',', '.')),
      }));
  }
  let from = 0;
  return values.map((v, i) => {
    const piece = text.slice(from, v.start);
    from = v.unitEnd;
    const name = trimTail(
      piece
        .replace(/^.*?(cơ cấu[^:]*:|cơ cấu kinh tế)/iu, '')
        .replace(/^[\s,;:.]+/u, '')
        .replace(/^(ngành|khu vực)\s+/iu, ''),
    );
    return { name: capitalise(name || `Thành phần ${i + 1}`), value: v.value };
  });
}

/** Reads one statement. */
export function readStatement(text: string, context: ReadContext = {}): RecognisedTarget {
  const doubts = new Set<RecognisedPart>();
  const all = numbersIn(text);
  const years = all.filter((n) => n.role === 'year').map((n) => n.value);
  const values = all.filter((n) => n.role === 'value');
  const percents = values.filter((n) => n.unit === '%');
  const lower = text.toLowerCase();
  const { field, guessed } = fieldOf(text, context.heading);
  if (guessed) doubts.add('field');

  // The figure: a range "7,5-8%" / "từ 7,5 đến 8%", or the first value. A share's figure is its
  // first percentage: "Tỷ lệ sinh con thứ 3 trở lên … dưới 10%", "trẻ em dưới 5 tuổi … 7%".
  const share = /^\s*(tỷ lệ|tỷ trọng)/iu.test(text) && percents.length > 0;
  let at = share ? values.indexOf(percents[0]!) : 0;
  const before = values[at - 1];
  const joined = (a: FoundNumber, b: FoundNumber): boolean =>
    /^\s*([-–]|đến)\s*$/iu.test(text.slice(a.end, b.start)) && a.value < b.value;
  if (share && before && joined(before, values[at]!)) at -= 1;
  const first = values[at];
  const second = values[at + 1];
  const between = first && second ? text.slice(first.end, second.start) : '';
  const isRange =
    first !== undefined &&
    second !== undefined &&
    (/^\s*[-–]\s*$/u.test(between) || /^\s*(%\s*)?đến\s*$/iu.test(between)) &&
    second.value > first.value;
  const last = isRange ? second : first;
  const unit = last?.unit ?? first?.unit ?? '';
  const isPercent = unit === '%';

  let kind: TargetKind;
  let goal: TargetGoal;
  let accumulation: Accumulation | undefined;
  const structure = /cơ cấu/iu.test(text) && (percents.length >= 2 || /\d+\s*\/\s*\d+/u.test(text));
  if (structure) {
    kind = 'structure';
    goal = { type: 'structure', shares: structureShares(text, percents) };
  } else if (!first) {
    if (GRADE_WORDS.test(text)) {
      kind = 'grade';
      const rating = !/hoàn thành/iu.test(text) && /xếp loại\s+(trung bình|khá|tốt|xuất sắc)/iu.exec(text);
      if (rating) {
        const required = RATING_SCALE.find((g) => g.toLowerCase() === rating[1]?.toLowerCase()) ?? 'Khá';
        goal = { type: 'grade', scale: RATING_SCALE, required };
      } else {
        const required =
          [...GRADE_SCALE].reverse().find((g) => lower.includes(g.toLowerCase().replace(' nhiệm vụ', ''))) ??
          (/trong sạch,? vững mạnh/iu.test(text) ? 'Hoàn thành tốt nhiệm vụ' : 'Hoàn thành nhiệm vụ');
        goal = { type: 'grade', scale: GRADE_SCALE, required };
      }
    } else {
      kind = 'milestone';
      goal = { type: 'milestone' };
    }
  } else if (isRange && second) {
    kind = 'range';
    goal = { type: 'range', min: first.value, max: second.value };
  } else {
    goal = { type: 'number', value: first.value };
    if (isPercent && (GROWTH.test(text) || first.perYear) && !/^\s*(tỷ lệ|tỷ trọng)/iu.test(text)) {
      kind = EVERY_YEAR.test(text) && !/bình quân/iu.test(text) ? 'annual-threshold' : 'average-growth';
    } else if (EVERY_YEAR.test(text)) kind = 'annual-threshold';
    else if (ADDITIONS.test(text) && !isPercent) {
      kind = 'count';
      accumulation = 'additions';
    } else if (OVER_TERM.test(text) && !isPercent) kind = 'cumulative-total';
    else if (isPercent) kind = 'ratio';
    else if (COUNT_UNITS.has(unit) && !/bình quân/iu.test(text)) kind = 'count';
    else {
      kind = 'end-level';
      if (!MONEY.test(unit) && !/(đến năm|bình quân|đầu người)/iu.test(text)) doubts.add('kind');
    }
  }
  if (!first && kind !== 'milestone' && kind !== 'grade') doubts.add('value');
  if (first && !structure) {
    const extra = values.filter((n) => n !== first && n !== second && n.unit !== undefined);
    if (extra.length > 0 || (second && !isRange && second.unit !== undefined)) doubts.add('value');
  }
  if (first && !unit && kind !== 'structure') doubts.add('unit');
  // "Số bác sĩ/vạn dân đạt 15 bác sĩ": the unit is per ten thousand people.
  const per = unit ? new RegExp(`${unit}\\s*/\\s*(vạn dân|nghìn dân|người)`, 'iu').exec(text) : null;
  const fullUnit = per ? `${unit}/${per[1]}` : unit;

  let qualifier: Qualifier = first ? (qualifierAround(text, first, last ?? first) ?? 'none') : 'none';
  if (structure) qualifier = /khoảng/iu.test(text) ? 'about' : 'none';
  if (kind === 'grade' && /trở lên/iu.test(text)) qualifier = 'at-least';
  const reduction =
    /giảm[^;]{0,30}bình quân|bình quân[^;]{0,30}giảm|giảm\s*(từ\s*)?[\d,.\s–-]+%?\s*\/\s*năm/iu.test(text) &&
    (first?.perYear ?? false);
  let direction: Direction = 'higher-is-better';
  if (!reduction) {
    if (qualifier === 'less-than' || qualifier === 'at-most' || /giảm (còn|xuống)/iu.test(text))
      direction = 'lower-is-better';
    else if (LOWER_WORDS.test(text) && kind !== 'average-growth' && kind !== 'range') {
      direction = 'lower-is-better';
      if (qualifier === 'at-least' || qualifier === 'more-than') doubts.add('direction');
    }
  }

  let targetYear = context.term?.end;
  let baseYear = context.term?.start;
  const span = /(19|20)(\d{2})\s*[-–]\s*((19|20)\d{2})/u.exec(text);
  const yearAt = /(đến|vào|trước|đến hết|trong)?\s*năm\s+((19|20)\d{2})/iu.exec(text);
  if (span) {
    baseYear = Number(`${span[1]}${span[2]}`) - 1;
    targetYear = Number(span[3]);
  } else if (yearAt) targetYear = Number(yearAt[2]);
  else if (years.length > 0) targetYear = Math.max(...years);
  // A year past the term is a horizon ("quy hoạch đến năm 2040"), not the year of the goal; or
  // the list belongs to a later term than the one given: either way, to be checked.
  if (context.term && targetYear !== undefined && targetYear > context.term.end) {
    targetYear = context.term.end;
    doubts.add('year');
  }
  if (targetYear === undefined) doubts.add('year');
  if (baseYear !== undefined && targetYear !== undefined && baseYear >= targetYear) baseYear = undefined;

  const precision = Math.min(
    3,
    Math.max(
      0,
      ...(structure ? percents : [first, second].filter((n) => n !== undefined)).map((n) => n.decimals),
    ),
  );
  const doubtList = [...doubts];
  const confidence =
    Math.round(Math.max(0.05, 0.95 - doubtList.reduce((sum, d) => sum + DOUBT_WEIGHT[d], 0)) * 100) / 100;
  return {
    source: text,
    confidence,
    doubts: doubtList,
    name: nameOf(text, first, kind) || capitalise(text),
    field,
    kind,
    direction,
    qualifier,
    unit: structure ? '%' : fullUnit,
    precision,
    goal,
    ...(baseYear !== undefined ? { baseYear } : {}),
    ...(targetYear !== undefined ? { targetYear } : {}),
    ...(accumulation ? { accumulation } : {}),
  };
}

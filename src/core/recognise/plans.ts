/**
 * Annual plans read from their text: a year's plan or resolution on socio-economic tasks lists
 * the figures set for that year ("Năm 2024 phấn đấu: tổng giá trị sản xuất tăng 12%; thu ngân
 * sách trên địa bàn đạt 1.250 tỷ đồng; tỷ lệ hộ nghèo giảm 0,5%"). Each statement is read by the
 * target recogniser's statement reader, then matched to the resolution's target whose words it
 * shares (weighted by how rare each word is among the targets, and by whether the units agree).
 * A figure stated as a change of a level or a rate ("giảm 0,5%" of the poverty rate) is kept as
 * a change, never turned into a plan value: the user gives the value.
 */
import type { Plan, Target } from '../model';
import { numbersIn } from './numbers-in-text';
import { readStatement, type RecognisedTarget } from './read-statement';
import { splitStatements } from './split';

/** What a plan reading may have only guessed. */
export type PlanDoubt = 'target' | 'value' | 'unit' | 'year' | 'change';

/** A plan as read from its statement, before the user confirms it. */
export interface RecognisedPlan {
  /** The statement as written (numbering stripped). */
  source: string;
  /** 0-1: how sure the reading is. */
  confidence: number;
  doubts: PlanDoubt[];
  /** The target it was matched to, when one matches. */
  targetId?: string;
  /** 0-1: how well the words and the unit match that target. */
  match: number;
  /** The plan's value in the target's unit; absent when the statement gives only a change. */
  value?: number;
  /** The unit written after the figure ("%", "tỷ đồng"). */
  unit: string;
  /** A change stated instead of a value: "giảm 0,5%" is { by: -0.5, unit: '%' }. */
  change?: { by: number; unit: string };
  /** The year the plan is for. */
  year?: number;
  kind: Plan['kind'];
  /** Stable key and words of the plan's source ("ke-hoach-nam", "kế hoạch năm"). */
  planSource: string;
  label: string;
  /** The statement as the target recogniser reads it. */
  reading: RecognisedTarget;
}

/** Options: the year when the text does not say it (its heading or title gives it otherwise). */
export interface RecognisePlansOptions {
  year?: number;
}

/** The plans of a text and the year its heading gives. */
export interface RecognisedPlanList {
  year?: number;
  plans: RecognisedPlan[];
}

const DOUBT_WEIGHT: Record<PlanDoubt, number> = {
  target: 0.35,
  value: 0.3,
  unit: 0.15,
  year: 0.1,
  change: 0.3,
};

/** Words that say nothing of which indicator a statement is about. */
const STOP = new Set(
  (
    'và các của được có trên đạt năm hằng hàng mỗi phấn đấu trở lên dưới khoảng theo so với cho từ đến là ' +
    'trong mức ở gần tối thiểu ít nhất không quá còn xuống tăng giảm hơn thêm ước thực hiện kế hoạch chỉ tiêu dự toán giao'
  ).split(' '),
);

/** The content words of a name, in order. */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !STOP.has(w));
}

function bigrams(ws: string[]): string[] {
  return ws.slice(1).map((w, i) => `${ws[i]} ${w}`);
}

/** How rare each word is among the targets' names: rare words tell targets apart. */
function weigher(targets: readonly Target[]): (word: string) => number {
  const df = new Map<string, number>();
  for (const t of targets) for (const w of new Set(words(t.name))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = targets.length;
  return (word) => {
    const parts = word.split(' ');
    return parts.reduce((sum, p) => sum + Math.log((n + 1) / ((df.get(p) ?? 0) + 0.5)), 0) / parts.length;
  };
}

/** Share of `a`'s weight (words, and pairs of words counted twice) that `b` holds too. */
function coverage(a: string[], b: Set<string>, bPairs: Set<string>, weight: (w: string) => number): number {
  const aPairs = bigrams(a);
  let total = 0;
  let common = 0;
  for (const w of new Set(a)) {
    total += weight(w);
    if (b.has(w)) common += weight(w);
  }
  for (const p of new Set(aPairs)) {
    total += 2 * weight(p);
    if (bPairs.has(p)) common += 2 * weight(p);
  }
  return total > 0 ? common / total : 0;
}

/** Whether a target's goal is itself a rate of increase ("tốc độ tăng …", "hằng năm tăng 10%"). */
function isGrowthTarget(t: Target): boolean {
  if (t.kind === 'average-growth') return true;
  return (
    t.kind === 'annual-threshold' &&
    t.unit.trim() === '%' &&
    /tăng/iu.test(t.name) &&
    !/^tỷ lệ/iu.test(t.name)
  );
}

/** Whether the plan's unit is one the target's plan can be written in. */
function unitFits(unit: string, t: Target): boolean {
  if (!unit) return false;
  if (unit === '%') return t.unit.trim().startsWith('%') || isGrowthTarget(t);
  return unit === t.unit || unit === t.levelUnit || t.unit.startsWith(`${unit}/`);
}

interface Candidate {
  target: Target;
  score: number;
}

/** The targets ranked by how well the statement matches them. */
function rank(
  reading: RecognisedTarget,
  targets: readonly Target[],
  weight: (w: string) => number,
): Candidate[] {
  const planWords = words(reading.name);
  const planSet = new Set(planWords);
  const planPairs = new Set(bigrams(planWords));
  return targets
    .filter((t) => t.goal.type === 'number' || t.goal.type === 'range')
    .filter((t) => !t.dropped)
    .map((target) => {
      const targetWords = words(target.name);
      const byPlan = coverage(planWords, new Set(targetWords), new Set(bigrams(targetWords)), weight);
      const byTarget = coverage(targetWords, planSet, planPairs, weight);
      const words2 = byPlan + byTarget > 0 ? (2 * byPlan * byTarget) / (byPlan + byTarget) : 0;
      const fits = unitFits(reading.unit, target);
      const score = Math.max(0, Math.min(1, words2 + (fits ? 0.15 : reading.unit ? -0.15 : 0)));
      return { target, score };
    })
    .sort((a, b) => b.score - a.score);
}

/** A year the text states for itself ("năm 2024"), not one it compares with ("so với năm 2023"). */
const STATED_YEAR = /(?<!(?:so với|cùng kỳ|từ)\s+)năm\s+((?:19|20)\d{2})/iu;

const CHANGE_BEFORE = /(tăng|giảm|thêm)(\s+(thêm|trên|hơn|khoảng|ít nhất|tối thiểu|từ))?\s*$/iu;

/** The figure stated as a change ("giảm 0,5%", "có thêm 2 xã"), when the words right before it
 * say so. */
function changeOf(
  text: string,
  figure: number | undefined,
): { by: number; unit: string; added: boolean } | undefined {
  const found = numbersIn(text).find((n) => n.role === 'value' && n.value === figure);
  if (!found) return undefined;
  const m = CHANGE_BEFORE.exec(text.slice(Math.max(0, found.start - 24), found.start));
  if (!m) return undefined;
  const word = (m[1] ?? '').toLocaleLowerCase('vi');
  return { by: (word === 'giảm' ? -1 : 1) * found.value, unit: found.unit ?? '', added: word === 'thêm' };
}

const GIVEN =
  /(dự toán|kế hoạch)\s+((HĐND|Hội đồng nhân dân)\s+)?(tỉnh|thành phố|thị xã|huyện|quận|xã|phường)?\s*giao/iu;

/** Which plan the text says it is: the annual plan, a plan or budget estimate set by the level
 * above ("dự toán tỉnh giao", "kế hoạch tỉnh giao") or by the unit's council ("dự toán thành phố
 * giao"). */
function planKindOf(text: string): Pick<RecognisedPlan, 'kind' | 'planSource' | 'label'> {
  const given = GIVEN.exec(text);
  if (!given) return { kind: 'annual-plan', planSource: 'ke-hoach-nam', label: 'kế hoạch năm' };
  const what = (given[1] ?? '').toLocaleLowerCase('vi');
  const level = given[4]?.toLocaleLowerCase('vi');
  return {
    kind: what === 'dự toán' ? 'budget-estimate' : 'annual-plan',
    planSource: level === 'tỉnh' && !given[2] ? 'tinh-giao' : 'hdnd-giao',
    label: `${what} ${level ? `${level} ` : ''}giao`,
  };
}

/** Words a heading of a year's list is made of ("Các chỉ tiêu chủ yếu năm 2024", "Năm 2024,
 * thành phố phấn đấu"): a lead with any other word names an indicator, not the list. */
const HEADING_WORDS = new Set(
  (
    'năm các những một số chỉ tiêu chủ yếu mục nhiệm vụ kế hoạch phát triển kinh tế xã hội phấn đấu ' +
    'đề ra cụ thể về của toàn thành phố thị tỉnh huyện quận phường đảng bộ nhân dân và là đạt sau như gồm'
  ).split(' '),
);

/** A heading before a colon that names the year ("Năm 2024 phấn đấu:", "Chỉ tiêu chủ yếu năm
 * 2024:"): the year, and the text with the heading taken off. */
function headingYear(line: string): { year?: number; rest: string } {
  const colon = line.indexOf(':');
  if (colon > 0 && colon < 120) {
    const head = line.slice(0, colon);
    const m = STATED_YEAR.exec(head);
    if (!m) return { rest: line };
    const lead = head.replace(m[0], ' ').replace(/^[\s\dIVXivx.)(-]*/u, '');
    if (/\d/.test(lead)) return { rest: line };
    const others = lead
      .toLocaleLowerCase('vi')
      .split(/[^\p{L}]+/u)
      .filter((w) => w !== '');
    if (others.some((w) => !HEADING_WORDS.has(w))) return { rest: line };
    return { year: Number(m[1]), rest: line.slice(colon + 1) };
  }
  // A title with the year and no other figure ("NGHỊ QUYẾT về nhiệm vụ … năm 2024").
  const m = STATED_YEAR.exec(line);
  if (m && !/\d/.test(line.replace(m[0], ' ').replace(/^[\s\dIVXivx.)(-]*/u, '')))
    return { year: Number(m[1]), rest: '' };
  return { rest: line };
}

/**
 * Reads every plan statement of a text and matches each to one of `targets`. A target matched by
 * two statements keeps the better one; the other is left for the user (doubt 'target').
 */
export function recognisePlans(
  text: string,
  targets: readonly Target[],
  options: RecognisePlansOptions = {},
): RecognisedPlanList {
  let headYear: number | undefined;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const { year, rest } = headingYear(line.trim());
      if (year !== undefined && headYear === undefined) headYear = year;
      return rest;
    });
  // The list's own heading or title wins over the year given for a text that states none.
  const year = headYear ?? options.year;
  const weight = weigher(targets);
  let previous: { candidate: Candidate; year: number | undefined } | undefined;
  const plans = splitStatements(lines.join('\n')).map((statement): RecognisedPlan => {
    const reading = readStatement(
      statement.text,
      year !== undefined ? { term: { start: year - 1, end: year } } : {},
    );
    const doubts = new Set<PlanDoubt>();
    // "…; 1.250 tỷ đồng theo dự toán thị xã giao": a figure without a name belongs to the
    // indicator of the statement before it.
    const bare = reading.name
      .replace(GIVEN, ' ')
      .replace(
        reading.unit ? new RegExp(reading.unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'giu') : /$^/u,
        ' ',
      )
      .replace(/(^|\s)(theo|là|đạt)(?=\s|$)/giu, ' ');
    const nameless = words(bare).length === 0;
    const [best, next] = nameless && previous ? [previous.candidate] : rank(reading, targets, weight);
    const target = best && best.score >= 0.3 ? best.target : undefined;
    if (!target || (best && next && best.score - next.score < 0.05)) doubts.add('target');
    const figure = reading.goal.type === 'number' ? reading.goal.value : undefined;
    const change = changeOf(statement.text, figure);
    let value: number | undefined = figure;
    let changeStated: RecognisedPlan['change'];
    // "tăng 12%" is the plan of a growth target entered as rates; any other change ("giảm 0,5%"
    // of a rate, "tăng 10%" of a level) is not the plan's value.
    const rateOfGrowth =
      target !== undefined &&
      isGrowthTarget(target) &&
      change?.unit === '%' &&
      target.seriesBasis !== 'level';
    // "thêm 150 doanh nghiệp" is the plan of a count of additions, a change of any other count.
    const additions = target?.accumulation === 'additions' && change?.added === true;
    if (target && change && !rateOfGrowth && !additions) {
      value = undefined;
      changeStated = { by: change.by, unit: change.unit };
      doubts.add('change');
    }
    if (figure === undefined) doubts.add('value');
    if (target && value !== undefined && !unitFits(reading.unit, target)) doubts.add('unit');
    // A year the statement states ("năm 2022") wins over the list's; "giá so sánh 2010" is no year.
    const stated = STATED_YEAR.exec(statement.text)?.[1];
    const planYear = stated ? Number(stated) : nameless && previous ? previous.year : year;
    if (planYear === undefined) doubts.add('year');
    if (target && best) previous = { candidate: best, year: planYear };
    const doubtList = [...doubts];
    const confidence =
      Math.round(Math.max(0.05, 0.95 - doubtList.reduce((s, d) => s + DOUBT_WEIGHT[d], 0)) * 100) / 100;
    return {
      source: statement.text,
      confidence,
      doubts: doubtList,
      ...(target ? { targetId: target.id } : {}),
      match: Math.round((best?.score ?? 0) * 100) / 100,
      ...(value !== undefined ? { value } : {}),
      unit: reading.unit,
      ...(changeStated ? { change: changeStated } : {}),
      ...(planYear !== undefined ? { year: planYear } : {}),
      ...planKindOf(statement.text),
      reading,
    };
  });
  // One plan of a kind per target and year: the better match keeps the target.
  const owner = new Map<string, number>();
  plans.forEach((p, i) => {
    if (!p.targetId) return;
    const key = `${p.targetId}|${p.year}|${p.kind}|${p.planSource}`;
    const seen = owner.get(key);
    if (seen === undefined || plans[seen]!.match < p.match) owner.set(key, i);
  });
  const out = plans.map((p, i) => {
    if (!p.targetId) return p;
    if (owner.get(`${p.targetId}|${p.year}|${p.kind}|${p.planSource}`) === i) return p;
    const { targetId: _t, ...rest } = p;
    const doubts: PlanDoubt[] = rest.doubts.includes('target') ? rest.doubts : [...rest.doubts, 'target'];
    return {
      ...rest,
      doubts,
      confidence: Math.max(0.05, Math.round((rest.confidence - DOUBT_WEIGHT.target) * 100) / 100),
    };
  });
  return { ...(year !== undefined ? { year } : {}), plans: out };
}

/** A confirmed plan reading as a plan of the model (undefined without a target, value or year). */
export function recognisedAsPlan(plan: RecognisedPlan): Plan | undefined {
  if (!plan.targetId || plan.value === undefined || plan.year === undefined) return undefined;
  return {
    targetId: plan.targetId,
    period: String(plan.year),
    kind: plan.kind,
    source: plan.planSource,
    label: plan.label,
    value: plan.value,
  };
}

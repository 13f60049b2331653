/**
 * The appendix table of a report: one row per target grouped by field, with the Congress target,
 * the figures per year of the term (or of the period for periodic reports), the achievement, the
 * plan, the change on last year, the forecast and the assessment with the committee's override.
 */
import type { Target, TargetGoal, ResolutionDossier, Observation, ShownNumber } from '../core';
import {
  FIELDS,
  QUALIFIER_SYMBOLS,
  changesInPoints,
  endMonthIndex,
  formatFigure,
  formatGoal,
  formatPeriodVi,
  periodOf,
} from '../core';
import type { DossierEvaluation, TargetEvaluation } from '../core';
import type { AppendixColumn, AppendixRow, AppendixTable, Cell, ReportType } from './report-types';
import { FIELD_GROUP, VERDICT_CELL } from './assessment-words';
import { figureFor, indexObservations, type ObservationIndex } from './observations';
import { periodPhrase, periodYear, termBounds } from './report-title';
import { capitalizeVi, romanNumeral } from './vi';

const text = (t: string): Cell => ({ kind: 'text', text: t });
const EMPTY: Cell = { kind: 'empty' };
const num = (
  value: number,
  decimals: number,
  extra: Partial<Extract<Cell, { kind: 'number' }>> = {},
): Cell => ({
  kind: 'number',
  value,
  decimals,
  ...extra,
});

/** The Congress target as a cell: a number (with its qualifier as prefix) where it is one. */
export function goalCell(target: Target, goal: TargetGoal = target.goal): Cell {
  switch (goal.type) {
    case 'number':
      return num(
        goal.value,
        target.precision,
        QUALIFIER_SYMBOLS[target.qualifier] ? { prefix: QUALIFIER_SYMBOLS[target.qualifier] } : {},
      );
    default:
      return text(formatGoal(target, goal));
  }
}

/** A reported value as a cell. */
export function valueCell(target: Target, value: Observation['value'] | undefined): Cell {
  if (value === undefined) return EMPTY;
  if (typeof value === 'number') return num(value, target.precision);
  return text(formatFigure(target, value));
}

/** Annual growth (%) from levels: what a growth target's year columns show. */
function growthFromLevels(index: ObservationIndex, target: Target, year: number): number | undefined {
  const cur = figureFor(index, target.id, String(year))?.value;
  const prevObs = figureFor(index, target.id, String(year - 1))?.value;
  const prev =
    typeof prevObs === 'number' ? prevObs : year - 1 === target.baseYear ? target.baseValue : undefined;
  if (typeof cur !== 'number' || prev === undefined || prev <= 0) return undefined;
  return (cur / prev - 1) * 100;
}

function yearCell(index: ObservationIndex, target: Target, year: number): Cell {
  if (target.kind === 'average-growth' && target.seriesBasis !== 'growth-rate') {
    const g = growthFromLevels(index, target, year);
    return g === undefined ? EMPTY : num(g, Math.max(target.precision, 1));
  }
  return valueCell(target, figureFor(index, target.id, String(year))?.value);
}

function yearHeader(index: ObservationIndex, dossier: ResolutionDossier, year: number): string {
  const statuses = dossier.observations
    .filter((o) => o.period === String(year))
    .map((o) => figureFor(index, o.targetId, o.period)?.status);
  return statuses.includes('estimate') ? `Ước TH ${year}` : `TH ${year}`;
}

/** Whether a target is a share in % whose changes read in percentage points (the core's rule). */
export const isPointsTarget = changesInPoints;

/** Change on the same period of last year as the core shows it: % for amounts, percentage
 * points for shares. */
function yearOnYearCell(ev: TargetEvaluation): Cell {
  const y = ev.view?.yearOnYear;
  return y ? num(y.change.value, y.change.decimals) : EMPTY;
}

/** A percentage as the core shows it: the rounded figure and its decimals, so the cell prints
 * what the narrative prints. */
function percentCell(shown: ShownNumber | undefined): Cell {
  return shown ? num(shown.value / 100, shown.decimals, { percent: true }) : EMPTY;
}

/** The forecast as the core shows it: a number where it is one, the words for a grade or a
 * milestone, nothing for a structure. */
function forecastCell(ev: TargetEvaluation): Cell {
  const f = ev.forecast;
  const shown = ev.view?.forecast;
  if (!f || shown === undefined) return EMPTY;
  const goal = ev.goal ?? ev.target.goal;
  if (goal.type === 'milestone' || goal.type === 'grade') return text(shown);
  return num(f.value, Math.max(ev.target.precision, ev.target.kind === 'average-growth' ? 2 : 0));
}

/** Whether the achievement rests on the figure the row prints for a period (a quarter's value is
 * never printed beside the percentage of a whole year). */
function achievementOnFigure(ev: TargetEvaluation): boolean {
  const basis = ev.achievement?.basis;
  const latest = ev.latest;
  if (!basis || !latest) return true;
  return (
    endMonthIndex(periodOf(basis.period)) === endMonthIndex(periodOf(latest.period)) &&
    (basis.period === latest.period || ev.achievement?.measure === 'sum-so-far')
  );
}

/** Whether the committee's verdict differs from the one the figures suggest. */
function verdictOverridden(ev: TargetEvaluation): boolean {
  return ev.final.verdict !== ev.suggestions.verdict;
}

function assessmentCell(ev: TargetEvaluation): Cell {
  const label = VERDICT_CELL[ev.final.verdict];
  return text(verdictOverridden(ev) ? `${label} (*)` : label);
}

function noteCell(ev: TargetEvaluation, dossier: ResolutionDossier): Cell {
  const parts: string[] = [];
  const override = dossier.overrides.find((o) => o.targetId === ev.target.id && o.scheme === 'verdict');
  if (override) {
    const differs = verdictOverridden(ev);
    const suggested = differs
      ? `Đề xuất theo số liệu: ${VERDICT_CELL[ev.suggestions.verdict].toLocaleLowerCase('vi-VN')}; cấp ủy đánh giá: `
      : 'Cấp ủy: ';
    parts.push(`${suggested}${override.reason.replace(/\.$/, '')}`);
    if (override.causes) parts.push(`Nguyên nhân: ${override.causes.replace(/\.$/, '')}`);
  }
  const adj = dossier.adjustments.filter((a) => a.targetId === ev.target.id);
  for (const a of adj) parts.push(`Điều chỉnh theo ${a.decision}`);
  if (ev.target.dropped) parts.push(`Đưa ra ngoài kế hoạch: ${ev.target.dropped.reason}`);
  if (ev.view?.actual?.approved === false) parts.push('Số liệu chưa được cấp trên phê duyệt');
  return parts.length ? text(parts.join('. ')) : EMPTY;
}

/** Builds the appendix of a report. */
export function buildAppendix(
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
  type: ReportType,
): AppendixTable {
  const index = indexObservations(dossier);
  const asOfYear = periodYear(evaluation.asOf);
  const term = termBounds(dossier.congress.term);
  const isTerm = type === 'midterm' || type === 'final';
  const years: number[] = [];
  if (isTerm) for (let y = term.start + 1; y <= Math.min(asOfYear, term.end); y++) years.push(y);

  const columns: AppendixColumn[] = [
    { key: 'stt', header: 'STT', width: 6, align: 'center' },
    { key: 'name', header: 'Chỉ tiêu', width: 22, align: 'left' },
    { key: 'unit', header: 'ĐVT', width: 7, align: 'center' },
    { key: 'goal', header: 'Mục tiêu Đại hội', width: 9, align: 'right' },
  ];
  if (isTerm) {
    for (const y of years)
      columns.push({ key: `y${y}`, header: yearHeader(index, dossier, y), width: 8, align: 'right' });
  } else {
    columns.push({ key: 'plan', header: `Kế hoạch năm ${asOfYear}`, width: 8, align: 'right' });
    columns.push({
      key: 'actual',
      header: `Thực hiện ${periodPhrase(evaluation.asOf)}`,
      width: 8,
      align: 'right',
    });
  }
  columns.push(
    { key: 'pctGoal', header: '% so với mục tiêu Đại hội', width: 7, align: 'right' },
    { key: 'pctPlan', header: '% so với kế hoạch', width: 7, align: 'right' },
    { key: 'yoy', header: 'Tăng, giảm so với cùng kỳ (%)', width: 7, align: 'right' },
    { key: 'forecast', header: `Dự báo đến năm ${term.end}`, width: 9, align: 'right' },
    { key: 'verdict', header: 'Đánh giá', width: 11, align: 'left' },
    { key: 'note', header: 'Ghi chú', width: 12, align: 'left' },
  );

  const rows: AppendixRow[] = [];
  const notes: string[] = [];
  const byId = new Map(evaluation.targets.map((e) => [e.target.id, e]));
  let groupNo = 0;
  for (const field of FIELDS) {
    const inField = dossier.targets.filter((t) => t.field === field && byId.has(t.id));
    if (inField.length === 0) continue;
    groupNo++;
    rows.push({
      kind: 'group',
      cells: [text(romanNumeral(groupNo)), text(FIELD_GROUP[field]), ...columns.slice(2).map(() => EMPTY)],
    });
    for (const target of inField) {
      const ev = byId.get(target.id) as TargetEvaluation;
      const planIndex = Math.max(
        0,
        ev.plans.findIndex((p) => periodYear(p.period) === asOfYear),
      );
      const plan = ev.plans[planIndex];
      const planShown = ev.view?.plans[planIndex]?.percent;
      const cells: Cell[] = [text(target.code), text(target.name), text(target.unit), goalCell(target)];
      if (isTerm) for (const y of years) cells.push(yearCell(index, target, y));
      else {
        cells.push(plan ? num(plan.plan, target.precision) : EMPTY);
        cells.push(
          ev.latest
            ? num(ev.latest.value, target.precision)
            : valueCell(target, figureFor(index, target.id, evaluation.asOf)?.value),
        );
      }
      const goalShown = isTerm || achievementOnFigure(ev) ? ev.view?.percentOfGoal : undefined;
      cells.push(percentCell(goalShown), percentCell(planShown), yearOnYearCell(ev));
      cells.push(forecastCell(ev));
      cells.push(assessmentCell(ev), noteCell(ev, dossier));
      rows.push({ kind: 'target', targetId: target.id, cells });
      if (ev.plans.length > 1) {
        notes.push(
          `${target.code}. ${target.name}: ${(ev.view?.plans ?? []).map((p) => `đạt ${p.percent.text} ${p.label}`).join(', ')}.`,
        );
      }
    }
  }
  if (evaluation.targets.some(verdictOverridden)) {
    notes.push(
      '(*) Đánh giá do cấp ủy quyết định, khác với đề xuất tính từ số liệu; lý do ghi ở cột Ghi chú.',
    );
  }
  if (dossier.approvedPeriods) {
    const approved = [...new Set(dossier.approvedPeriods)].map(formatPeriodVi);
    notes.push(
      approved.length > 0
        ? `Số liệu đã được cấp trên phê duyệt: ${approved.join(', ')}; số liệu các kỳ khác ghi "chưa được cấp trên phê duyệt" ở cột Ghi chú.`
        : 'Số liệu trong báo cáo chưa được cấp trên phê duyệt.',
    );
  }
  if (dossier.targets.some(isPointsTarget)) {
    notes.push('Chỉ tiêu tính bằng tỷ lệ (%): cột "Tăng, giảm so với cùng kỳ" là chênh lệch điểm phần trăm.');
  }
  notes.push(
    'Chỉ tiêu tốc độ tăng bình quân: các cột năm là tốc độ tăng của từng năm (%); "% so với mục tiêu Đại hội" là tỷ lệ giữa tốc độ bình quân đã đạt và mục tiêu.',
  );

  const title = isTerm
    ? `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NGHỊ QUYẾT ĐẠI HỘI, ƯỚC THỰC HIỆN ĐẾN NĂM ${term.end}`
    : `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU ${periodPhrase(evaluation.asOf).toLocaleUpperCase('vi-VN')}`;
  return {
    heading: 'PHỤ LỤC',
    title,
    subtitle: capitalizeVi(`(Số liệu tính đến ${periodPhrase(evaluation.asOf)})`),
    columns,
    rows,
    notes,
    landscape: columns.length >= 8,
  };
}

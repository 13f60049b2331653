/**
 * Presenting a dossier's evaluation to people in a terminal: a header, a table (target, unit,
 * goal, actual, % of target, verdict and band), the summary and the Vietnamese narrative.
 * Pure: text in, text out; the `evaluate` command prints it.
 */
import {
  bandLabelVi,
  formatGoal,
  formatDateVi,
  formatMultipleVi,
  formatNumberVi,
  formatPeriodVi,
  verdictLabelVi,
  statusLabelVi,
  type DossierEvaluation,
  type Observation,
  type ResolutionDossier,
  type Target,
  type TargetEvaluation,
} from '../core';

function numberVi(value: number, decimals: number): string {
  return formatNumberVi(value, decimals, { trimZeros: true });
}

/** The goal as a short cell, its unit in a column of its own: "≥ 13", "0,8-1", "68/30/2" (the
 * core's goal formatter). */
export function goalCell(target: Target): string {
  return formatGoal(target, target.goal, { unit: false });
}

/** The unit column: the target's unit, and for a growth target entered as levels the levels'
 * unit beside the rate's ("% (tỷ đồng)"): the figures in the row are levels, the goal a rate. */
export function unitCell(target: Target): string {
  const levels = target.kind === 'average-growth' && target.seriesBasis !== 'growth-rate';
  return levels && target.levelUnit ? `${target.unit} (${target.levelUnit})` : target.unit;
}

/** The figure of the latest period as a cell, with its status when not official: "8.504 (ước)". */
export function latestCell(evaluation: TargetEvaluation): string {
  const observation = evaluation.latestObservation;
  if (!observation) return '—';
  const value = valueText(observation.value, evaluation.target);
  return observation.status === 'official'
    ? value
    : `${value} (${statusLabelVi(observation.status).toLowerCase()})`;
}

function valueText(value: Observation['value'], target: Target): string {
  if (typeof value === 'boolean') return value ? 'Đã hoàn thành' : 'Chưa hoàn thành';
  if (Array.isArray(value)) return value.map((share) => numberVi(share, target.precision)).join('/');
  return typeof value === 'number' ? numberVi(value, target.precision) : value;
}

/** The measure compared with the goal (average growth so far, sum so far, latest level). A flow
 * judged on an earlier whole year than the row's period names that year: "58.250 (2021)". */
export function actualCell(evaluation: TargetEvaluation): string {
  const { target, achievement } = evaluation;
  if (!achievement || target.goal.type !== 'number') return '';
  const value = numberVi(achievement.actual, target.precision);
  const basis = achievement.basis;
  const judgedOnEarlierYear =
    achievement.measure === 'latest' &&
    basis !== undefined &&
    evaluation.latest !== undefined &&
    basis.period !== evaluation.latest.period;
  return judgedOnEarlierYear ? `${value} (${basis.period})` : value;
}

/** Change on the same period of last year as the core shows it: "+31,9%", "-0,3 điểm %". */
export function yearOnYearCell(evaluation: TargetEvaluation): string {
  return evaluation.view?.yearOnYear?.text ?? '';
}

/** Actual against each plan, rounded by each plan's rule: "32% dự toán tỉnh giao; 25,7% dự toán
 * thành phố giao". */
export function plansCell(evaluation: TargetEvaluation): string {
  return (evaluation.view?.plans ?? []).map((plan) => `${plan.percent.text} ${plan.label}`).join('; ');
}

/** "% of target": the percentage the core shows and banded. */
export function percentCell(evaluation: TargetEvaluation): string {
  return evaluation.view?.percentOfGoal?.text ?? '—';
}

/** Pads to a width counted in characters (the file's text is NFC, one char per letter). */
function pad(text: string, width: number, right = false): string {
  const chars = [...text.normalize('NFC')];
  const cut = chars.length > width ? [...chars.slice(0, width - 1), '…'].join('') : text.normalize('NFC');
  const fill = ' '.repeat(Math.max(0, width - [...cut].length));
  return right ? fill + cut : cut + fill;
}

const COLUMNS = [
  { title: 'TT', width: 4 },
  { title: 'Chỉ tiêu', width: 42 },
  { title: 'ĐVT', width: 11 },
  { title: 'Mục tiêu', width: 12, right: true },
  { title: 'Kỳ', width: 14 },
  { title: 'Số liệu kỳ', width: 16, right: true },
  { title: 'Cùng kỳ', width: 8, right: true },
  { title: 'Thực hiện', width: 16, right: true },
  { title: '% MT', width: 8, right: true },
  { title: 'Dự báo cuối nhiệm kỳ', width: 30 },
  { title: 'So mục tiêu', width: 22 },
  { title: 'So kế hoạch, dự toán', width: 0 },
] as const;

function row(cells: readonly string[]): string {
  return COLUMNS.map((column, index) => {
    const cell = cells[index] ?? '';
    return column.width === 0 ? cell : pad(cell, column.width, 'right' in column && column.right);
  })
    .join(' ')
    .trimEnd();
}

/** The table of every target, one line each. */
export function evaluationTable(evaluation: DossierEvaluation): string[] {
  const header = row(COLUMNS.map((column) => column.title));
  const lines = [header, '-'.repeat([...header].length)];
  for (const item of evaluation.targets) {
    lines.push(
      row([
        item.target.code,
        item.target.name,
        unitCell(item.target),
        goalCell(item.goal ? { ...item.target, goal: item.goal } : item.target),
        item.latestObservation ? formatPeriodVi(item.latestObservation.period) : '',
        latestCell(item),
        yearOnYearCell(item),
        actualCell(item),
        percentCell(item),
        verdictLabelVi(item.final.verdict),
        bandLabelVi(item.final.band),
        plansCell(item),
      ]),
    );
  }
  return lines;
}

/** The whole text for one dossier: header, table, summary counts and narrative. */
export function presentEvaluation(
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
  facts: { illustrative: boolean; notes: string[] },
): string {
  const lines: string[] = [
    dossier.title.toUpperCase(),
    `${capitalize(dossier.unit.name)} (mã ${dossier.unit.code}) · nhiệm kỳ ${dossier.congress.term} · đánh giá đến ${formatPeriodVi(evaluation.asOf)}`,
  ];
  if (facts.illustrative) lines.push('Lưu ý: tệp có số liệu minh họa (không lấy từ báo cáo), xem ghi chú.');
  lines.push('', ...evaluationTable(evaluation), '', ...summaryLines(evaluation));
  const comparisons = benchmarkLines(evaluation);
  if (comparisons.length > 0) lines.push('', 'So sánh:', ...comparisons);
  const adjustments = adjustmentLines(evaluation);
  if (adjustments.length > 0) lines.push('', 'Chỉ tiêu đã điều chỉnh:', ...adjustments);
  if (evaluation.narrative.length > 0)
    lines.push('', 'Nhận định:', ...evaluation.narrative.map((p) => `  ${p}`));
  if (facts.notes.length > 0) lines.push('', 'Ghi chú:', ...facts.notes.map((note) => `  - ${note}`));
  return lines.join('\n');
}

/** "- Thu nhập bình quân đầu người (năm 2023): 84,67 gấp 1,53 lần bình quân chung của tỉnh." */
export function benchmarkLines(evaluation: DossierEvaluation): string[] {
  const lines: string[] = [];
  for (const item of evaluation.targets) {
    // A growth target entered as levels has no unit for its levels (its unit is the rate's "%").
    const levels = item.target.kind === 'average-growth' && item.target.seriesBasis !== 'growth-rate';
    const unit = levels ? (item.target.levelUnit ?? '') : item.target.unit;
    const value = item.latest ? `${numberVi(item.latest.value, item.target.precision)} ${unit}`.trim() : '';
    for (const benchmark of item.benchmarks) {
      const rank = benchmark.rank
        ? `; xếp thứ ${benchmark.rank.position}/${benchmark.rank.of} ${benchmark.rank.scope}`
        : '';
      lines.push(
        `  - ${item.target.name} (${formatPeriodVi(benchmark.period)}): ${value} gấp ${formatMultipleVi(benchmark.multiple)} ${benchmark.label}${rank}.`,
      );
    }
  }
  return lines;
}

/** "- 10. Số xã …: mục tiêu 8 → 5 (Nghị quyết …, ngày 16 tháng 5 năm 2023): lý do." */
export function adjustmentLines(evaluation: DossierEvaluation): string[] {
  const lines: string[] = [];
  for (const item of evaluation.targets) {
    for (const adjustment of item.appliedAdjustments ?? []) {
      const from = goalCell({ ...item.target, goal: adjustment.oldGoal });
      const to = goalCell({ ...item.target, goal: adjustment.newGoal });
      const reason = adjustment.reason ? `: ${adjustment.reason}` : '.';
      lines.push(
        `  - ${item.target.code}. ${item.target.name}: mục tiêu ${from} → ${to} (${adjustment.decision}, ${formatDateVi(adjustment.date)})${reason}`,
      );
    }
  }
  return lines;
}

/** Counts per verdict and per band, in the register of the reports. */
export function summaryLines(evaluation: DossierEvaluation): string[] {
  const { summary } = evaluation;
  const verdicts = summary.verdicts
    .filter((c) => c.count > 0)
    .map((c) => `${c.count} ${verdictLabelVi(c.label).toLowerCase()}`);
  const bands = summary.bands
    .filter((c) => c.count > 0)
    .map((c) => `${c.count} ${bandLabelVi(c.label).toLowerCase()}`);
  return [
    `Tổng số ${summary.total} chỉ tiêu.`,
    `Dự báo đến cuối nhiệm kỳ: ${verdicts.join('; ') || 'chưa có'}.`,
    `So với mục tiêu Đại hội: ${bands.join('; ') || 'chưa có'}.`,
  ];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The Vietnamese narrative of a resolution's evaluation: the summary sentences the seed reports
 * open with ("Trong tổng số 29 chỉ tiêu …, có 23 chỉ tiêu đạt trên 80% mục tiêu đại hội, …";
 * "… có 9 chỉ tiêu vượt kế hoạch, 15 chỉ tiêu hoàn thành kế hoạch, …"), then the sentences of
 * each target in resolution order. Each element of the result is one paragraph.
 */
import { type AssessmentConfig, resolveConfig } from './config';
import type { DossierEvaluation, Summary } from './evaluation-types';
import type { PlanSummary } from './summarize';
import { labelsFor, type Lang } from './labels';
import type { ResolutionDossier, Verdict } from './model';
import { capitalise, joinVi } from './narrate-parts';
import { formatPeriodVi } from './periods-vi';
import { narrateTarget } from './narrate-target';
import { termBaseYear, termEndYear } from './periods';
import { countOf } from './summarize';
import { formatNumberVi } from './vi-number';

/** "Trong tổng số 29 chỉ tiêu Nghị quyết đề ra, có 23 chỉ tiêu đạt trên 80% mục tiêu đại hội,
 * 3 chỉ tiêu đạt trên 50% và 3 chỉ tiêu đạt dưới 50%." Zero counts are left out. */
export function narrateBands(summary: Summary, config: AssessmentConfig): string {
  const n = (x: number): string => formatNumberVi(x, 2, { trimZeros: true });
  const { high, low } = config.bandThresholds;
  const parts = [
    [countOf(summary.bands, 'above-80'), `đạt trên ${n(high)}% mục tiêu đại hội`],
    [countOf(summary.bands, 'above-50'), `đạt trên ${n(low)}%`],
    [countOf(summary.bands, 'below-50'), `đạt dưới ${n(low)}%`],
    [countOf(summary.bands, 'not-assessable'), 'chưa đánh giá được'],
  ] as const;
  const items = parts.filter(([c]) => c > 0).map(([c, text]) => `${c} chỉ tiêu ${text}`);
  return `Trong tổng số ${summary.total} chỉ tiêu Nghị quyết đề ra, có ${joinVi(items)}.`;
}

/** "Dự kiến đến cuối nhiệm kỳ, trong số 31 chỉ tiêu chủ yếu, có 9 chỉ tiêu vượt kế hoạch, 15 chỉ
 * tiêu hoàn thành kế hoạch, 6 chỉ tiêu phải phấn đấu, nỗ lực rất cao mới có thể hoàn thành và 1
 * chỉ tiêu đề nghị điều chỉnh, đưa ra ngoài kế hoạch." Zero counts are left out. */
export function narrateVerdicts(summary: Summary): string {
  const parts = [
    [countOf(summary.verdicts, 'met-early'), 'đã đạt sớm'],
    [countOf(summary.verdicts, 'exceed'), 'vượt kế hoạch'],
    [countOf(summary.verdicts, 'meet'), 'hoàn thành kế hoạch'],
    [countOf(summary.verdicts, 'basically-met'), 'cơ bản đạt'],
    [countOf(summary.verdicts, 'on-track'), 'đang trong lộ trình thực hiện'],
    [countOf(summary.verdicts, 'very-high-effort'), 'phải phấn đấu, nỗ lực rất cao mới có thể hoàn thành'],
    [countOf(summary.verdicts, 'not-met'), 'không đạt'],
    [countOf(summary.verdicts, 'propose-adjust'), 'đề nghị điều chỉnh, đưa ra ngoài kế hoạch'],
    [countOf(summary.verdicts, 'not-due'), 'chưa đến hạn đánh giá'],
    [countOf(summary.verdicts, 'not-assessable'), 'chưa đánh giá được'],
  ] as const;
  const items = parts.filter(([c]) => c > 0).map(([c, text]) => `${c} chỉ tiêu ${text}`);
  return `Dự kiến đến cuối nhiệm kỳ, trong số ${summary.total} chỉ tiêu chủ yếu, có ${joinVi(items)}.`;
}

/** Order in which verdict counts are read out: what was reached, then forecasts, then the rest. */
const VERDICT_READING_ORDER: readonly Verdict[] = [
  'met-early',
  'exceed',
  'meet',
  'basically-met',
  'on-track',
  'very-high-effort',
  'not-met',
  'propose-adjust',
  'not-due',
  'not-assessable',
];

/** The counts line of a review: "9 vượt, 15 hoàn thành, 6 phải phấn đấu rất cao, 1 đề nghị điều
 * chỉnh" (zero counts left out), from the summary that the narrative also reads: every target,
 * dropped ones included, so the line and the sentences always agree. */
export function verdictCountsLine(summary: Summary, lang: Lang = 'vi'): string {
  const words = labelsFor(lang).verdictCount;
  return VERDICT_READING_ORDER.map((v) => [countOf(summary.verdicts, v), v] as const)
    .filter(([c]) => c > 0)
    .map(([c, v]) => `${c} ${words[v]}`)
    .join(', ');
}

/** "Năm 2023, có 21/25 chỉ tiêu kế hoạch đạt và vượt (trong đó 12 chỉ tiêu vượt kế hoạch)."
 * Undefined when no target has an annual plan for the period. */
export function narratePlans(summary: PlanSummary): string | undefined {
  if (summary.total === 0) return undefined;
  const when = capitalise(formatPeriodVi(summary.period));
  const beyond = summary.exceeded > 0 ? ` (trong đó ${summary.exceeded} chỉ tiêu vượt kế hoạch)` : '';
  return `${when}, có ${summary.met}/${summary.total} chỉ tiêu kế hoạch đạt và vượt${beyond}.`;
}

/** The headline form: "23/29 chỉ tiêu đạt trên 80% mục tiêu Đại hội". */
export function bandHeadlineVi(summary: Summary, config: AssessmentConfig = resolveConfig()): string {
  const high = formatNumberVi(config.bandThresholds.high, 2, { trimZeros: true });
  return `${countOf(summary.bands, 'above-80')}/${summary.total} chỉ tiêu đạt trên ${high}% mục tiêu Đại hội`;
}

/** The narrative paragraphs of an evaluation: the two summary sentences, then each target's. */
export function narrate(
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
  options: { config?: Partial<AssessmentConfig> } = {},
): string[] {
  const config = resolveConfig(options.config);
  const term = dossier.congress.term;
  const out: string[] = [];
  if (evaluation.summary.total > 0) {
    out.push(narrateBands(evaluation.summary, config), narrateVerdicts(evaluation.summary));
  }
  for (const e of evaluation.targets) {
    const years = {
      baseYear: e.target.baseYear ?? termBaseYear(term),
      targetYear: e.target.targetYear ?? termEndYear(term),
    };
    out.push(narrateTarget(e, years, config).join(' '));
  }
  return out;
}

/**
 * The narrative of a report: the core's sentences on the figures (narrateTarget, narrateBands,
 * narrateVerdicts) framed by report-specific sentences — the opening, the results by field, the
 * targets that need very high effort and why, and the proposals to adjust.
 */
import {
  FIELDS,
  narrateBands,
  narrateTarget,
  narrateVerdicts,
  resolveConfig,
  termBaseYear,
  termEndYear,
  type CountOf,
  type DossierEvaluation,
  type Field,
  type ResolutionDossier,
  type TargetEvaluation,
} from '../core';
import type { NarrativeSection, ReportType } from './report-types';
import { BAND_PHRASE, FIELD_HEADING } from './assessment-words';
import { achievementPhrase, actualPhrase, joinVi, requirementPhrase } from './narrative-words';
import { periodPhrase, periodYear, resolutionPhrase, termBounds } from './report-title';
import { capitalizeVi, upperVi } from './vi';

function count<L extends string>(list: CountOf<L>[], label: L): number {
  return list.find((c) => c.label === label)?.count ?? 0;
}

/** The opening paragraph. */
export function openingParagraph(
  type: ReportType,
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
): string {
  const resolution = resolutionPhrase(dossier);
  const n = evaluation.summary.total;
  const asOf = periodPhrase(evaluation.asOf);
  if (type === 'midterm') {
    return `Thực hiện ${resolution}, báo cáo này đánh giá kết quả thực hiện ${n} chỉ tiêu chủ yếu của Nghị quyết trong nửa đầu nhiệm kỳ (số liệu tính đến ${asOf}), dự báo khả năng hoàn thành đến cuối nhiệm kỳ và đề xuất những chỉ tiêu cần điều chỉnh.`;
  }
  if (type === 'final') {
    return `Thực hiện ${resolution}, báo cáo này tổng kết kết quả thực hiện ${n} chỉ tiêu chủ yếu của Nghị quyết trong cả nhiệm kỳ (số liệu tính đến ${asOf}).`;
  }
  return `Báo cáo kết quả thực hiện ${n} chỉ tiêu chủ yếu theo ${resolution} trong ${asOf}.`;
}

/** "Trong 9 chỉ tiêu về văn hóa - xã hội, 8 chỉ tiêu đạt trên 80% mục tiêu Đại hội và 1 chỉ tiêu đạt trên 50%." */
export function fieldSummary(evaluation: DossierEvaluation, field: Field): string | undefined {
  const f = evaluation.summary.byField.find((x) => x.field === field);
  if (!f || f.total === 0) return undefined;
  const parts = (['above-80', 'above-50', 'below-50', 'not-assessable'] as const)
    .map((b) => ({ b, c: count(f.bands, b) }))
    .filter((x) => x.c > 0)
    .map((x) => `${x.c} chỉ tiêu ${BAND_PHRASE[x.b]}`);
  return `Trong ${f.total} chỉ tiêu ${FIELD_HEADING[field].replace(/^Về /, 'về ')}, ${joinVi(parts)}.`;
}

/** The results by field: a level-2 section per field with its summary and the core's sentences
 * on each of its targets. */
export function resultSections(
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
): NarrativeSection[] {
  const config = resolveConfig();
  const years = (e: TargetEvaluation) => ({
    baseYear: e.target.baseYear ?? termBaseYear(dossier.congress.term),
    targetYear: e.target.targetYear ?? termEndYear(dossier.congress.term),
  });
  const out: NarrativeSection[] = [];
  for (const field of FIELDS) {
    const evs = evaluation.targets.filter((e) => e.target.field === field);
    if (evs.length === 0) continue;
    const summary = fieldSummary(evaluation, field);
    out.push({
      level: 2,
      heading: `${out.length + 1}. ${FIELD_HEADING[field]}`,
      paragraphs: [
        ...(summary ? [summary] : []),
        ...evs.map((e) => narrateTarget(e, years(e), config).join(' ')),
      ],
    });
  }
  return out;
}

/** The counts by band and by verdict, in the core's words; an end-of-term report speaks of what
 * was reached, not of a forecast. */
export function countParagraphs(evaluation: DossierEvaluation, type: ReportType): string[] {
  const verdicts = narrateVerdicts(evaluation.summary);
  return [
    narrateBands(evaluation.summary, resolveConfig()),
    type === 'final' ? verdicts.replace(/^Dự kiến đến cuối nhiệm kỳ,/, 'Kết thúc nhiệm kỳ,') : verdicts,
  ];
}

/** One paragraph per target that needs very high effort: where it stands, what it needs, why. */
export function effortParagraphs(dossier: ResolutionDossier, evaluation: DossierEvaluation): string[] {
  return evaluation.targets
    .filter((e) => e.final.verdict === 'very-high-effort')
    .map((e) => effortParagraph(dossier, e));
}

function effortParagraph(dossier: ResolutionDossier, ev: TargetEvaluation): string {
  const override = dossier.overrides.find((o) => o.targetId === ev.target.id);
  const bits = [actualPhrase(ev), achievementPhrase(ev), requirementPhrase(ev)].filter((b) => b !== '');
  let p = `Chỉ tiêu ${ev.target.code} (${ev.target.name}): ${bits.join(', ')}.`;
  if (override?.causes) p += ` Nguyên nhân: ${override.causes.replace(/\.$/, '')}.`;
  else if (override?.reason) p += ` ${capitalizeVi(override.reason.replace(/\.$/, ''))}.`;
  if (override?.owner) p += ` Trách nhiệm chủ trì: ${override.owner.replace(/\.$/, '')}.`;
  return p;
}

/** Proposals: targets proposed for adjustment or removal, with reasons, and recorded adjustments. */
export function proposalParagraphs(dossier: ResolutionDossier, evaluation: DossierEvaluation): string[] {
  const out: string[] = [];
  for (const ev of evaluation.targets.filter((e) => e.final.verdict === 'propose-adjust')) {
    const override = dossier.overrides.find((o) => o.targetId === ev.target.id);
    const why = override?.reason ?? ev.target.dropped?.reason;
    out.push(
      `Đề nghị điều chỉnh, đưa ra ngoài kế hoạch chỉ tiêu ${ev.target.code} (${ev.target.name})${why ? `, do ${why.replace(/\.$/, '')}` : ''}.`,
    );
  }
  for (const a of dossier.adjustments) {
    const t = dossier.targets.find((x) => x.id === a.targetId);
    if (!t) continue;
    out.push(
      `Chỉ tiêu ${t.code} (${t.name}) đã được điều chỉnh theo ${a.decision}${a.reason ? `, do ${a.reason.replace(/\.$/, '')}` : ''}.`,
    );
  }
  if (out.length === 0)
    out.push('Giữ nguyên các chỉ tiêu Nghị quyết Đại hội đã đề ra; tập trung chỉ đạo các chỉ tiêu đạt thấp.');
  return out;
}

/** The sections of a report's narrative, in order. */
export function buildNarrative(
  type: ReportType,
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
): NarrativeSection[] {
  const isTerm = type === 'midterm' || type === 'final';
  const asOf = periodPhrase(evaluation.asOf);
  const { end } = termBounds(dossier.congress.term);
  const effort = effortParagraphs(dossier, evaluation);
  return [
    { level: 1, heading: '', paragraphs: [openingParagraph(type, dossier, evaluation)] },
    {
      level: 1,
      heading: isTerm ? 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU' : `I. KẾT QUẢ THỰC HIỆN ${upperVi(asOf)}`,
      paragraphs: [],
    },
    ...resultSections(dossier, evaluation),
    {
      level: 1,
      heading: isTerm
        ? `II. ĐÁNH GIÁ, DỰ BÁO KHẢ NĂNG HOÀN THÀNH CÁC CHỈ TIÊU ĐẾN NĂM ${end}`
        : 'II. ĐÁNH GIÁ CHUNG',
      paragraphs: countParagraphs(evaluation, type),
    },
    {
      level: 1,
      heading: 'III. CÁC CHỈ TIÊU PHẢI PHẤN ĐẤU, NỖ LỰC RẤT CAO',
      paragraphs: effort.length
        ? effort
        : ['Không có chỉ tiêu phải phấn đấu, nỗ lực rất cao mới có thể hoàn thành.'],
    },
    {
      level: 1,
      heading: isTerm
        ? 'IV. ĐỀ XUẤT, KIẾN NGHỊ'
        : `IV. NHIỆM VỤ TRỌNG TÂM ${upperVi(nextPhrase(evaluation.asOf))}`,
      paragraphs: [
        ...(effort.length
          ? [
              'Đối với nhóm chỉ tiêu còn đạt thấp so với kế hoạch, các cơ quan, đơn vị được giao chủ trì làm rõ nguyên nhân, xây dựng phương án, kịch bản cụ thể và phân công trách nhiệm cho từng tập thể, cá nhân.',
            ]
          : []),
        ...proposalParagraphs(dossier, evaluation),
      ],
    },
  ];
}

function nextPhrase(asOf: string): string {
  const y = periodYear(asOf);
  let m = /^\d{4}-Q([1-4])$/.exec(asOf);
  if (m) return Number(m[1]) < 4 ? periodPhrase(`${y}-Q${Number(m[1]) + 1}`) : periodPhrase(`${y + 1}-Q1`);
  m = /^\d{4}-H([12])$/.exec(asOf);
  if (m) return m[1] === '1' ? `6 tháng cuối năm ${y}` : `năm ${y + 1}`;
  if (/^\d{4}-9M$/.test(asOf)) return `quý IV/${y}`;
  return `năm ${y + 1}`;
}

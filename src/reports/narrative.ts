/**
 * The narrative of a report: the core's paragraphs on the figures (`evaluation.narrative`, from
 * the core's `narrate`), framed by report-specific sentences — the opening, the results by
 * field, the counts of targets by assessment, the targets that need very high effort and why,
 * and the proposals to adjust.
 */
import type { ResolutionDossier, Verdict } from '../core/model';
import type { CountOf, DossierEvaluation, TargetEvaluation } from '../core/evaluation-types';
import type { NarrativeSection, ReportType } from './report-types';
import { BAND_PHRASE, FIELD_HEADING, VERDICT_PHRASE } from './assessment-words';
import { achievementPhrase, actualPhrase, joinVi, requirementPhrase } from './narrative-words';
import { periodPhrase, periodYear, resolutionPhrase, termBounds } from './report-title';

const VERDICT_ORDER: Verdict[] = [
  'met-early',
  'exceed',
  'meet',
  'very-high-effort',
  'propose-adjust',
  'not-assessable',
];

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

/** One paragraph per field other than the economy: how many of its targets reached which band. */
export function fieldParagraphs(evaluation: DossierEvaluation): string[] {
  const out: string[] = [];
  for (const f of evaluation.summary.byField) {
    if (f.field === 'kinh-te' || f.total === 0) continue;
    const parts = (['above-80', 'above-50', 'below-50', 'not-assessable'] as const)
      .map((b) => ({ b, c: count(f.bands, b) }))
      .filter((x) => x.c > 0)
      .map((x) => `${x.c} chỉ tiêu ${BAND_PHRASE[x.b]}`);
    out.push(`${FIELD_HEADING[f.field]}: trong ${f.total} chỉ tiêu, ${joinVi(parts)}.`);
  }
  return out;
}

/** "Trong tổng số 29 chỉ tiêu, có 23 chỉ tiêu đạt trên 80% mục tiêu Đại hội, 3 ... và 3 ...". */
export function bandSentence(evaluation: DossierEvaluation): string {
  const s = evaluation.summary;
  const parts = (['above-80', 'above-50', 'below-50', 'not-assessable'] as const)
    .map((b) => ({ b, c: count(s.bands, b) }))
    .filter((x) => x.c > 0)
    .map((x) => `${x.c} chỉ tiêu ${BAND_PHRASE[x.b]}`);
  return `Trong tổng số ${s.total} chỉ tiêu, có ${joinVi(parts)}.`;
}

/** "... sẽ có 9 chỉ tiêu vượt kế hoạch, 15 chỉ tiêu hoàn thành kế hoạch, 6 chỉ tiêu phải phấn đấu,
 * nỗ lực rất cao mới có thể hoàn thành; đề nghị điều chỉnh, đưa ra ngoài kế hoạch 1 chỉ tiêu". */
export function verdictSentence(evaluation: DossierEvaluation, type: ReportType): string {
  const s = evaluation.summary;
  const main = VERDICT_ORDER.filter((v) => v !== 'propose-adjust')
    .map((v) => ({ v, c: count(s.verdicts, v) }))
    .filter((x) => x.c > 0)
    .map((x) => `${x.c} chỉ tiêu ${VERDICT_PHRASE[x.v]}`);
  const adjust = count(s.verdicts, 'propose-adjust');
  const lead =
    type === 'final'
      ? `Kết thúc nhiệm kỳ, trong số ${s.total} chỉ tiêu chủ yếu, có`
      : `Dự kiến đến cuối nhiệm kỳ, trong số ${s.total} chỉ tiêu chủ yếu, sẽ có`;
  const tail = adjust > 0 ? `; đề nghị điều chỉnh, đưa ra ngoài kế hoạch ${adjust} chỉ tiêu` : '';
  return `${lead} ${main.join(', ')}${tail}.`;
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
  else if (override?.reason) p += ` ${capitalize(override.reason.replace(/\.$/, ''))}.`;
  if (override?.owner) p += ` Trách nhiệm chủ trì: ${override.owner.replace(/\.$/, '')}.`;
  return p;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);
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
  const sections: NarrativeSection[] = [
    { heading: '', paragraphs: [openingParagraph(type, dossier, evaluation)] },
    {
      heading: isTerm
        ? 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU'
        : `I. KẾT QUẢ THỰC HIỆN ${asOf.toLocaleUpperCase('vi-VN')}`,
      paragraphs: [...evaluation.narrative, ...fieldParagraphs(evaluation)],
    },
    {
      heading: isTerm
        ? `II. ĐÁNH GIÁ, DỰ BÁO KHẢ NĂNG HOÀN THÀNH CÁC CHỈ TIÊU ĐẾN NĂM ${end}`
        : 'II. ĐÁNH GIÁ CHUNG',
      paragraphs: [bandSentence(evaluation), verdictSentence(evaluation, type)],
    },
    {
      heading: 'III. CÁC CHỈ TIÊU PHẢI PHẤN ĐẤU, NỖ LỰC RẤT CAO',
      paragraphs: effort.length
        ? effort
        : ['Không có chỉ tiêu phải phấn đấu, nỗ lực rất cao mới có thể hoàn thành.'],
    },
    {
      heading: isTerm
        ? 'IV. ĐỀ XUẤT, KIẾN NGHỊ'
        : `IV. NHIỆM VỤ TRỌNG TÂM ${nextPhrase(evaluation.asOf).toLocaleUpperCase('vi-VN')}`,
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
  return sections;
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

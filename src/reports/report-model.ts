/**
 * Builds the document model of a report from a dossier and its evaluation. Pure: no I/O, no
 * clock (the date of issue is an option).
 */
import { lowerFirst, type ResolutionDossier } from '../core';
import type { DossierEvaluation } from '../core';
import type { HeaderBlock, ReportDocument, ReportOptions } from './report-types';
import { buildAppendix } from './appendix';
import { buildNarrative } from './narrative';
import { dateLine, documentNumberLine, layoutFor } from './layout-spec';
import { fileStem, periodYear, titleSubject } from './report-title';
import { upperVi } from './vi';

/** Builds the whole report (header, title, narrative, appendix, signature) as data. */
export function buildReportModel(
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
  options: ReportOptions,
): ReportDocument {
  const issuer = options.issuer ?? dossier.issuer;
  const layout = layoutFor(issuer);
  const year = options.date ? Number(options.date.slice(0, 4)) : periodYear(evaluation.asOf);
  const header: HeaderBlock = {
    ...(issuer.superior ? { superior: upperVi(issuer.superior) } : {}),
    issuer: upperVi(issuer.name),
    issuerMark: layout.issuerMark,
    numberLine: documentNumberLine(layout, issuer.symbol, options.number),
    mottoLines: layout.mottoLines,
    dateLine: dateLine(issuer.place, options.date, year),
  };
  const subject = titleSubject(options.type, dossier, evaluation.asOf);
  const appendix = buildAppendix(dossier, evaluation, options.type);
  appendix.landscape = appendix.columns.length >= layout.landscapeFromColumns;
  const numberText = options.number ? ` số ${options.number}` : '';
  appendix.subtitle = `(Kèm theo Báo cáo${numberText} của ${issuer.name}; ${lowerFirst(appendix.subtitle.replace(/^\(|\)$/g, ''))})`;
  return {
    type: options.type,
    asOf: evaluation.asOf,
    layout,
    header,
    title: { kind: 'BÁO CÁO', subject: [layout.titleSubjectCase === 'upper' ? upperVi(subject) : subject] },
    sections: buildNarrative(options.type, dossier, evaluation),
    appendix,
    signature: {
      capacity: options.signer?.capacity ?? layout.signatureCapacity,
      title: options.signer?.title ?? layout.signatureTitle,
      name: options.signer?.name ?? '',
    },
    recipients:
      layout.kind === 'party'
        ? [
            `- ${issuer.superior ?? 'Cấp ủy cấp trên'} (để báo cáo),`,
            '- Các đồng chí cấp ủy viên,',
            '- Lưu Văn phòng.',
          ]
        : [`- ${issuer.superior ?? 'Cơ quan cấp trên'} (để báo cáo),`, '- Lưu: VT.'],
    fileStem: fileStem(options.type, dossier, evaluation.asOf),
  };
}

/**
 * Titles and wording that depend on the kind of report: the subject line under "BÁO CÁO", the
 * phrase for the time covered, the file name.
 */
import type { ResolutionDossier } from '../core';
import type { ReportType } from './report-types';
import { formatPeriodVi } from '../core';
import { romanNumeral } from './vi';

/** The year of a period code ("2023-Q1" → 2023, "2020-2025" → 2025: the end of a term). */
export function periodYear(code: string): number {
  const term = /^(\d{4})-(\d{4})$/.exec(code);
  if (term) return Number(term[2]);
  const m = /^(\d{4})/.exec(code);
  if (!m) throw new Error(`Kỳ không hợp lệ: ${code}`);
  return Number(m[1]);
}

/** First and last year of a term "2020-2025". */
export function termBounds(term: string): { start: number; end: number } {
  const m = /^(\d{4})-(\d{4})$/.exec(term);
  if (!m) throw new Error(`Nhiệm kỳ không hợp lệ: ${term}`);
  return { start: Number(m[1]), end: Number(m[2]) };
}

/** "quý I/2022", "6 tháng đầu năm 2023", "9 tháng năm 2023", "năm 2023" (the core's wording). */
export function periodPhrase(code: string): string {
  return formatPeriodVi(code);
}

/** Vietnamese name of each report type ("sơ kết giữa nhiệm kỳ"). */
export const REPORT_TYPE_LABEL: Record<ReportType, string> = {
  midterm: 'sơ kết giữa nhiệm kỳ',
  final: 'tổng kết nhiệm kỳ',
  quarter: 'báo cáo quý',
  half: 'báo cáo 6 tháng',
  'nine-months': 'báo cáo 9 tháng',
  year: 'báo cáo năm',
};

/** "Nghị quyết Đại hội Đảng bộ thành phố Thanh Hóa lần thứ XXI, nhiệm kỳ 2020 - 2025". */
export function resolutionPhrase(dossier: ResolutionDossier): string {
  const { start, end } = termBounds(dossier.congress.term);
  return `Nghị quyết Đại hội ${dossier.congress.committee} lần thứ ${romanNumeral(dossier.congress.number)}, nhiệm kỳ ${start} - ${end}`;
}

/** The subject line under "BÁO CÁO". */
export function titleSubject(type: ReportType, dossier: ResolutionDossier, asOf: string): string {
  const resolution = resolutionPhrase(dossier);
  switch (type) {
    case 'midterm':
      return `Sơ kết giữa nhiệm kỳ thực hiện ${resolution}`;
    case 'final':
      return `Tổng kết thực hiện ${resolution}`;
    default:
      return `Kết quả thực hiện các chỉ tiêu chủ yếu ${periodPhrase(asOf)} theo ${resolution}`;
  }
}

/** File name stem: "Bao-cao-so-ket-giua-nhiem-ky-380-2023" keeps diacritics out of the ASCII
 * fallback; the Vietnamese name goes in the RFC 5987 `filename*`. */
export function fileStem(type: ReportType, dossier: ResolutionDossier, asOf: string): string {
  const what = type === 'midterm' || type === 'final' ? REPORT_TYPE_LABEL[type] : periodPhrase(asOf);
  const name = `Báo cáo ${what} - ${dossier.unit.name}`;
  return type === 'midterm' || type === 'final'
    ? `${name} (${periodPhrase(asOf)})`.replace(/\//g, '-')
    : name.replace(/\//g, '-');
}

/**
 * The task report of a unit for a period, as bytes: tasks of the unit's directives and of the
 * units below (or of one directive) as they stood at the end of the period, in the layout of the
 * unit's issuer (the issuer of its newest resolution; a Party committee's otherwise).
 */
import type { Issuer } from '../../core';
import type { Sql } from '../../db/database';
import { AppError } from '../../services/app-error';
import { listExplanations } from '../../services/tasks/explanation.service';
import { loadTaskViews } from '../../services/tasks/task-view.service';
import { getDirective } from '../../services/tasks/directive.service';
import { subtreeCodes, type Unit } from '../../services/unit.service';
import { renderDocx } from '../render-docx';
import { convertToPdf } from '../render-pdf';
import { CONTENT_TYPES } from '../render-report';
import { renderXlsx } from '../render-xlsx';
import { buildTaskReport } from './task-report';

/** What to report. */
export interface TaskReportRequest {
  unit: Unit;
  from: string;
  to: string;
  format: 'docx' | 'xlsx' | 'pdf';
  directiveId?: string;
  date?: string;
  number?: string;
  /** The server's today: a period ending before it is reported as things stood at its end. */
  today: string;
}

async function issuerOf(sql: Sql, unit: Unit): Promise<Issuer> {
  const rows = await sql.query<Record<string, string | null>>(
    `select r.issuer_kind, r.issuer_superior, r.issuer_name, r.issuer_place, r.issuer_symbol
     from resolutions r join units u on u.id = r.unit_id where u.code = $1 order by r.created_at desc limit 1`,
    [unit.code],
  );
  const r = rows[0];
  if (r)
    return {
      kind: r.issuer_kind === 'state' ? 'state' : 'party',
      ...(r.issuer_superior ? { superior: r.issuer_superior } : {}),
      name: String(r.issuer_name),
      place: String(r.issuer_place),
      ...(r.issuer_symbol ? { symbol: r.issuer_symbol } : {}),
    };
  const place = unit.name.replace(/^(tỉnh|thành phố|thị xã|huyện|xã|phường|thị trấn)\s+/i, '');
  return { kind: 'party', name: `Ban Thường vụ ${unit.name}`, place, symbol: 'BC/TU' };
}

/** Generates the report; returns the bytes with their file name and type. */
export async function generateTaskReport(
  sql: Sql,
  request: TaskReportRequest,
): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  if (request.from > request.to)
    throw new AppError('validation_failed', 'Ngày bắt đầu sau ngày kết thúc.', {
      issues: [{ path: 'from', message: 'Ngày bắt đầu phải trước ngày kết thúc kỳ báo cáo.' }],
    });
  let directive = null;
  if (request.directiveId) {
    directive = await getDirective(sql, request.directiveId);
    const codes = await subtreeCodes(sql, request.unit.code);
    if (!directive || !codes.includes(directive.unitCode))
      throw new AppError('not_found', 'Không tìm thấy văn bản của đơn vị.');
  }
  const codes = await subtreeCodes(sql, request.unit.code);
  const filter = directive
    ? { directiveId: directive.id }
    : { unitCodes: codes.length ? codes : [request.unit.code] };
  const historical = request.to < request.today;
  const tasks = await loadTaskViews(sql, filter, request.to, { asOf: historical });
  const targetExplanations = directive
    ? []
    : await explanationsOnTargets(sql, codes.length ? codes : [request.unit.code], request.to, historical);
  const doc = buildTaskReport({
    unitName: request.unit.name,
    issuer: await issuerOf(sql, request.unit),
    from: request.from,
    to: request.to,
    tasks,
    directive,
    targetExplanations,
    ...(request.date ? { date: request.date } : {}),
    ...(request.number ? { number: request.number } : {}),
  });
  let bytes: Buffer;
  if (request.format === 'xlsx') bytes = await renderXlsx(doc);
  else {
    const docx = await renderDocx(doc);
    // Without LibreOffice a PDF fails with AppError 'unavailable' (503), as review reports do.
    bytes = request.format === 'pdf' ? await convertToPdf(docx, 'docx') : docx;
  }
  return { bytes, fileName: `${doc.fileStem}.${request.format}`, contentType: CONTENT_TYPES[request.format] };
}

/** Requests on the targets of these units known by `to`, with the target's code and name. */
async function explanationsOnTargets(sql: Sql, unitCodes: string[], to: string, historical: boolean) {
  const dayOf = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const requests = (await listExplanations(sql, { unitCodes })).filter(
    (e) => e.targetId && (!historical || dayOf(e.requestedAt) <= to),
  );
  const out = [];
  for (const e of requests) {
    const [target] = await sql.query<{ code: string; name: string }>(
      'select code, name from targets where id = $1',
      [e.targetId],
    );
    const answers = historical ? e.answers.filter((a) => dayOf(a.answeredAt) <= to) : e.answers;
    out.push({
      target: `Chỉ tiêu ${target?.code ?? ''}: ${target?.name ?? ''}`,
      explanation: { ...e, answers },
    });
  }
  return out;
}

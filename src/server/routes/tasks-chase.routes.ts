/**
 * The chase and the programmes: the office's reminder schedule, people and their contacts
 * (e-mail, superior for escalation), "remind now", the message log, programmes and key projects
 * with their decisions and progress, and attachments of progress reports.
 */
import type { FastifyPluginAsync } from 'fastify';
import { selectMessages } from '../../db/task-message.repository';
import { runReminders } from '../../jobs/reminders';
import {
  contactAnswer,
  messagesAnswer,
  peopleAnswer,
  programmeAnswer,
  programmeDetailAnswer,
  programmesAnswer,
  remindersRunAnswer,
  reportCreatedAnswer,
  scheduleAnswer,
} from '../../schema/api';
import { attachmentDisposition } from '../../reports/content-disposition';
import { generateTaskReport } from '../../reports/tasks/task-report.service';
import { AppError } from '../../services/app-error';
import {
  createProgramme,
  decideProgramme,
  listProgrammes,
  programmeDetail,
  reportProgrammeProgress,
} from '../../services/tasks/programme.service';
import { listPeople, scheduleFor, setContact, setSchedule } from '../../services/tasks/schedule.service';
import { subtreeCodes } from '../../services/unit.service';
import { actorOf, hasRole } from '../access';
import { authorizeUnit } from '../resources';
import { IdParam } from '../schemas';
import { authorizeAttachment, authorizeProgramme } from '../task-resources';
import type { ZodTypeProvider } from '../zod';
import {
  CodeParam,
  contactIn,
  PersonParam,
  programmeDecisionIn,
  programmeIn,
  programmeProgressIn,
  remindIn,
  scheduleIn,
  TaskReportQuery,
} from './tasks-input';
import { todayOf } from './tasks.routes';

const TAG = ['Nhắc việc, chương trình'];

/** Reminder, contact, message and programme routes. */
export const taskChaseRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/units/:code/reminder-schedule',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: TAG,
        summary: 'Lịch nhắc việc đang áp dụng (của đơn vị, của cấp trên, hoặc mặc định)',
        params: CodeParam,
        response: { 200: scheduleAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      return { schedule: await scheduleFor(app.db, unit.code) };
    },
  );

  app.put(
    '/api/units/:code/reminder-schedule',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'approver' } },
      schema: {
        tags: TAG,
        summary:
          'Đặt lịch nhắc việc của đơn vị (ngày nhắc trước hạn, nhắc khi quá hạn, báo cấp trên, kênh) — người phê duyệt',
        params: CodeParam,
        body: scheduleIn,
        response: { 200: scheduleAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'approver');
      return { schedule: await setSchedule(app.db, actorOf(request), unit.code, request.body) };
    },
  );

  app.get(
    '/api/units/:code/people',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: TAG,
        summary: 'Cán bộ của đơn vị và cấp dưới (để chọn người chịu trách nhiệm), với liên hệ',
        params: CodeParam,
        response: { 200: peopleAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      const people = await listPeople(app.db, unit.code);
      // Addresses are for those who chase (approvers and above); others see names and superiors.
      if (await hasRole(request, unit.code, 'approver')) return { people };
      return { people: people.map((p) => ({ ...p, email: null, phone: null })) };
    },
  );

  app.put(
    '/api/units/:code/people/:userId/contact',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'admin' } },
      schema: {
        tags: TAG,
        summary:
          'Địa chỉ e-mail, điện thoại, chức vụ và cấp trên (nhận báo cáo quá hạn) của một cán bộ — quản trị',
        params: PersonParam,
        body: contactIn,
        response: { 200: contactAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'admin');
      return {
        contact: await setContact(app.db, actorOf(request), unit.code, request.params.userId, request.body),
      };
    },
  );

  app.post(
    '/api/units/:code/reminders',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'approver' } },
      schema: {
        tags: TAG,
        summary:
          'Nhắc ngay: mỗi người chịu trách nhiệm nhận một tin gộp các nhiệm vụ quá hạn, đến hạn, sắp đến hạn — lãnh đạo',
        params: CodeParam,
        body: remindIn,
        response: { 200: remindersRunAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'approver');
      // Once an hour per unit at most: a second click in the same hour tells no one twice.
      const hour = app.serverConfig.now().toISOString().slice(0, 13);
      return runReminders(app.db, {
        today: todayOf(request),
        unitCode: unit.code,
        manualKey: `${unit.code}:${hour}`,
      });
    },
  );

  app.get(
    '/api/units/:code/messages',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'approver' } },
      schema: {
        tags: TAG,
        summary: 'Nhật ký tin nhắn đã gửi (trong ứng dụng, e-mail…) về nhiệm vụ của đơn vị và cấp dưới',
        params: CodeParam,
        response: { 200: messagesAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'approver');
      const codes = await subtreeCodes(app.db, unit.code);
      return {
        messages: await selectMessages(app.db, { unitCodes: codes.length ? codes : [unit.code], limit: 500 }),
      };
    },
  );

  app.get(
    '/api/units/:code/programmes',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: TAG,
        summary: 'Chương trình, khâu đột phá, công trình và dự án trọng điểm của đơn vị (cả đã đưa ra)',
        params: CodeParam,
        response: { 200: programmesAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      return { programmes: await listProgrammes(app.db, { unitCode: unit.code }) };
    },
  );

  app.post(
    '/api/units/:code/programmes',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'editor' } },
      schema: {
        tags: TAG,
        summary: 'Thêm chương trình, khâu đột phá, công trình, dự án — biên tập viên',
        params: CodeParam,
        body: programmeIn,
        response: { 201: programmeAnswer },
      },
    },
    async (request, reply) => {
      const unit = await authorizeUnit(request, request.params.code, 'editor');
      const { resolutionId, ...fields } = request.body;
      if (resolutionId) {
        const rows = await app.db.query<{ code: string }>(
          'select u.code from resolutions r join units u on u.id = r.unit_id where r.id = $1',
          [resolutionId],
        );
        if (rows[0]?.code !== unit.code)
          throw new AppError('validation_failed', 'Nghị quyết không thuộc đơn vị này.', {
            issues: [{ path: 'resolutionId', message: 'Nghị quyết không thuộc đơn vị này.' }],
          });
      }
      const programme = await createProgramme(
        app.db,
        actorOf(request),
        unit.code,
        resolutionId ?? null,
        fields,
      );
      return reply.status(201).send({ programme });
    },
  );

  app.get(
    '/api/programmes/:id',
    {
      config: { scope: { resource: 'programme', param: 'id', role: 'viewer' } },
      schema: {
        tags: TAG,
        summary: 'Một chương trình, dự án: các quyết định (đổi tên, điều chỉnh, đưa ra) và báo cáo tiến độ',
        params: IdParam,
        response: { 200: programmeDetailAnswer },
      },
    },
    async (request) => {
      const programme = await authorizeProgramme(request, request.params.id, 'viewer');
      const detail = await programmeDetail(app.db, programme.id);
      if (!detail) throw new AppError('not_found', 'Không tìm thấy chương trình, dự án.');
      return detail;
    },
  );

  app.post(
    '/api/programmes/:id/decisions',
    {
      config: { scope: { resource: 'programme', param: 'id', role: 'approver' } },
      schema: {
        tags: TAG,
        summary:
          'Ghi quyết định đổi tên, điều chỉnh hoặc đưa ra khỏi danh mục (văn bản, ngày, lý do) — người phê duyệt',
        params: IdParam,
        body: programmeDecisionIn,
        response: { 201: programmeAnswer },
      },
    },
    async (request, reply) => {
      const programme = await authorizeProgramme(request, request.params.id, 'approver');
      return reply
        .status(201)
        .send({ programme: await decideProgramme(app.db, actorOf(request), programme.id, request.body) });
    },
  );

  app.post(
    '/api/programmes/:id/reports',
    {
      config: { scope: { resource: 'programme', param: 'id', role: 'editor' } },
      schema: {
        tags: TAG,
        summary: 'Báo cáo tiến độ chương trình, dự án (%, mốc, vốn đã giải ngân) — biên tập viên',
        params: IdParam,
        body: programmeProgressIn,
        response: { 201: reportCreatedAnswer },
      },
    },
    async (request, reply) => {
      const programme = await authorizeProgramme(request, request.params.id, 'editor');
      const id = await reportProgrammeProgress(
        app.db,
        actorOf(request),
        programme.id,
        request.body,
        todayOf(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/units/:code/task-report',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: TAG,
        summary:
          'Báo cáo kết quả thực hiện nhiệm vụ trong một kỳ (docx, xlsx): số đếm có mẫu số, danh sách quá hạn và giải trình',
        params: CodeParam,
        querystring: TaskReportQuery,
      },
    },
    async (request, reply) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      const q = request.query;
      const to = q.to ?? todayOf(request);
      const report = await generateTaskReport(app.db, {
        unit,
        from: q.from ?? `${to.slice(0, 4)}-01-01`,
        to,
        format: q.format ?? 'docx',
        today: todayOf(request),
        ...(q.directiveId ? { directiveId: q.directiveId } : {}),
        ...(q.date ? { date: q.date } : {}),
        ...(q.number ? { number: q.number } : {}),
      });
      return reply
        .header('content-type', report.contentType)
        .header('content-disposition', attachmentDisposition(report.fileName))
        .header('content-length', String(report.bytes.length))
        .send(report.bytes);
    },
  );

  app.get(
    '/api/attachments/:id',
    {
      config: { scope: { resource: 'attachment', param: 'id', role: 'viewer' } },
      schema: { tags: TAG, summary: 'Tải tệp đính kèm của một báo cáo tiến độ', params: IdParam },
    },
    async (request, reply) => {
      const attachment = await authorizeAttachment(request, request.params.id, 'viewer');
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', attachmentDisposition(attachment.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(attachment.content);
    },
  );
};

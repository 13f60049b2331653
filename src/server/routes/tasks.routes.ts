/**
 * Directives and their tasks: the directive's page, assigning (one by one or confirming drafts
 * read from Word or Excel), correcting, progress reports, completion submitted and confirmed or
 * returned, extensions, requests for explanation and answers, "Việc của tôi" and the leader's
 * board red first. Every answer carries the statuses as of the server's today (Vietnam).
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { countTasks, taskCountLinesVi, type TaskCounts } from '../../core';
import { selectMessages } from '../../db/task-message.repository';
import { selectSubmissions, selectProgressReports } from '../../db/task-activity.repository';
import { selectTaskHistory } from '../../db/task.repository';
import { todayInVietnam } from '../../jobs/today';
import {
  directiveAnswer,
  directiveListAnswer,
  directivePageAnswer,
  explanationAnswer,
  myTasksAnswer,
  taskActionAnswer,
  taskBoardAnswer,
  taskDetailAnswer,
  taskDraftsAnswer,
  taskRecordAnswer,
  tasksCreatedAnswer,
} from '../../schema/api';
import {
  createDirective,
  directiveHistory,
  listDirectives,
  updateDirective,
} from '../../services/tasks/directive.service';
import {
  answerExplanation,
  listExplanations,
  requestExplanation,
} from '../../services/tasks/explanation.service';
import { draftTasks } from '../../services/tasks/task-import.service';
import {
  extendDeadline,
  reportProgress,
  reviewCompletion,
  submitCompletion,
} from '../../services/tasks/task-progress.service';
import { addTasks, updateTask } from '../../services/tasks/task.service';
import {
  countViews,
  loadTaskView,
  loadTaskViews,
  sortTasksRedFirst,
  type TaskView,
} from '../../services/tasks/task-view.service';
import { subtreeCodes } from '../../services/unit.service';
import { actorOf, hasRole, requireUser } from '../access';
import { authorizeUnit, authorizeTarget } from '../resources';
import { IdParam } from '../schemas';
import {
  authorizeDirective,
  authorizeExplanation,
  authorizeTask,
  authorizeTaskOwner,
  mayActAsOwner,
} from '../task-resources';
import type { ZodTypeProvider } from '../zod';
import {
  answerIn,
  CodeParam,
  directiveFieldsIn,
  directivePatchIn,
  draftsIn,
  explanationIn,
  extensionIn,
  progressIn,
  reviewIn,
  submissionIn,
  SubtreeQuery,
  taskPatchIn,
  tasksIn,
} from './tasks-input';

const TAG = ['Nhiệm vụ'];

/** Today (Vietnam) on the server's clock. */
export const todayOf = (request: FastifyRequest): string => todayInVietnam(request.server.serverConfig.now());

const decode = (base64: string): Buffer => Buffer.from(base64.replace(/\s+/g, ''), 'base64');

/** What a task's links name: "Chỉ tiêu 3: Thu nhập bình quân đầu người", a programme's name. */
async function linkLabels(db: FastifyInstance['db'], links: { type: 'target' | 'programme'; id: string }[]) {
  const out: { type: 'target' | 'programme'; id: string; label: string }[] = [];
  for (const link of links) {
    const rows =
      link.type === 'target'
        ? await db.query<{ label: string }>(
            "select 'Chỉ tiêu ' || code || ': ' || name as label from targets where id = $1",
            [link.id],
          )
        : await db.query<{ label: string }>(
            'select r.name as label from programme_revisions r where r.programme_id = $1 order by r.revision desc limit 1',
            [link.id],
          );
    out.push({ ...link, label: rows[0]?.label ?? link.id });
  }
  return out;
}

/** Groups counts by a key, in first-seen order. */
function groupCounts(tasks: TaskView[], key: (t: TaskView) => [string, string]) {
  const groups = new Map<string, { label: string; tasks: TaskView[] }>();
  for (const t of tasks) {
    const [k, label] = key(t);
    const g = groups.get(k) ?? { label, tasks: [] };
    g.tasks.push(t);
    groups.set(k, g);
  }
  return [...groups].map(([k, g]) => ({ key: k, label: g.label, counts: countViews(g.tasks) }));
}

/** Directive and task routes. */
export const taskRoutes: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/units/:code/directives',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: TAG,
        summary:
          'Văn bản chỉ đạo (nghị quyết, kết luận, chỉ thị…) của đơn vị, với số nhiệm vụ theo tình trạng',
        params: CodeParam,
        querystring: SubtreeQuery,
        response: { 200: directiveListAnswer },
      },
    },
    async (request) => {
      await authorizeUnit(request, request.params.code, 'viewer');
      const directives = await listDirectives(app.db, request.params.code, request.query.subtree === 'true');
      const today = todayOf(request);
      const tasks = await loadTaskViews(
        app.db,
        { unitCodes: [...new Set(directives.map((d) => d.unitCode))] },
        today,
      );
      return {
        directives: directives.map((d) => ({
          ...d,
          counts: countViews(tasks.filter((t) => t.directiveId === d.id)),
        })),
      };
    },
  );

  app.post(
    '/api/units/:code/directives',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'editor' } },
      schema: {
        tags: TAG,
        summary: 'Ghi một văn bản chỉ đạo của đơn vị — biên tập viên',
        params: CodeParam,
        body: directiveFieldsIn,
        response: { 201: directiveAnswer },
      },
    },
    async (request, reply) => {
      await authorizeUnit(request, request.params.code, 'editor');
      const directive = await createDirective(app.db, actorOf(request), request.params.code, request.body);
      return reply.status(201).send({ directive });
    },
  );

  app.get(
    '/api/directives/:id',
    {
      config: { scope: { resource: 'directive', param: 'id', role: 'viewer' } },
      schema: {
        tags: TAG,
        summary: 'Trang văn bản: mọi nhiệm vụ với tình trạng, số đếm có mẫu số',
        params: IdParam,
        response: { 200: directivePageAnswer },
      },
    },
    async (request) => {
      const directive = await authorizeDirective(request, request.params.id, 'viewer');
      const today = todayOf(request);
      const tasks = await loadTaskViews(app.db, { directiveId: directive.id }, today);
      const counts = countViews(tasks);
      return {
        today,
        directive,
        history: await directiveHistory(app.db, directive.id),
        tasks,
        counts,
        countLines: taskCountLinesVi(counts),
      };
    },
  );

  app.patch(
    '/api/directives/:id',
    {
      config: { scope: { resource: 'directive', param: 'id', role: 'editor' } },
      schema: {
        tags: TAG,
        summary: 'Sửa thông tin văn bản (một lần sửa mới, kiểm tra lần sửa đã xem)',
        params: IdParam,
        body: directivePatchIn,
        response: { 200: directiveAnswer },
      },
    },
    async (request) => {
      await authorizeDirective(request, request.params.id, 'editor');
      const { expectedRevision, ...patch } = request.body;
      return {
        directive: await updateDirective(
          app.db,
          actorOf(request),
          request.params.id,
          patch,
          expectedRevision,
        ),
      };
    },
  );

  app.post(
    '/api/directives/:id/tasks',
    {
      config: { scope: { resource: 'directive', param: 'id', role: 'editor' } },
      schema: {
        tags: TAG,
        summary: 'Giao nhiệm vụ (một hoặc nhiều, xác nhận bản nháp): tất cả hoặc không — biên tập viên',
        params: IdParam,
        body: tasksIn,
        response: { 201: tasksCreatedAnswer },
      },
    },
    async (request, reply) => {
      const directive = await authorizeDirective(request, request.params.id, 'editor');
      const tasks = await addTasks(
        app.db,
        actorOf(request),
        directive.id,
        request.body.tasks,
        todayOf(request),
      );
      return reply.status(201).send({ tasks });
    },
  );

  app.post(
    '/api/directives/:id/task-drafts',
    {
      config: { scope: { resource: 'directive', param: 'id', role: 'editor' } },
      schema: {
        tags: TAG,
        summary:
          'Đọc nhiệm vụ từ văn bản (dán chữ, tệp .docx) hoặc bảng Excel (.xlsx, base64) thành bản nháp để xác nhận; không ghi gì',
        params: IdParam,
        body: draftsIn,
        response: { 200: taskDraftsAnswer },
      },
    },
    async (request) => {
      const directive = await authorizeDirective(request, request.params.id, 'editor');
      const body = request.body;
      const source =
        'text' in body ? { text: body.text } : { file: decode(body.file.base64), fileName: body.file.name };
      return draftTasks(app.db, directive.unitCode, source, directive.issuedOn);
    },
  );

  app.get(
    '/api/tasks/:id',
    {
      config: { scope: { resource: 'task-owner', param: 'id', role: 'viewer' } },
      schema: {
        tags: TAG,
        summary: 'Một nhiệm vụ: các lần sửa, gia hạn, báo cáo tiến độ, hoàn thành, giải trình, tin nhắn',
        params: IdParam,
        response: { 200: taskDetailAnswer },
      },
    },
    async (request) => {
      const record = await authorizeTaskOwner(request, request.params.id, 'viewer');
      const today = todayOf(request);
      const task = (await loadTaskView(app.db, record.id, today)) as TaskView;
      return {
        today,
        task,
        history: await selectTaskHistory(app.db, record.id),
        reports: await selectProgressReports(app.db, { taskIds: [record.id] }),
        submissions: await selectSubmissions(app.db, [record.id]),
        messages: await selectMessages(app.db, { taskId: record.id, limit: 100 }),
        links: await linkLabels(app.db, record.links),
        canManage: await hasRole(request, record.unitCode, 'approver'),
        canReport: await mayActAsOwner(request, record, 'editor'),
      };
    },
  );

  app.patch(
    '/api/tasks/:id',
    {
      config: { scope: { resource: 'task', param: 'id', role: 'editor' } },
      schema: {
        tags: TAG,
        summary: 'Sửa nhiệm vụ (một lần sửa mới; thời hạn gốc không đổi khi đã gia hạn) — cơ quan giao',
        params: IdParam,
        body: taskPatchIn,
        response: { 200: taskRecordAnswer },
      },
    },
    async (request) => {
      await authorizeTask(request, request.params.id, 'editor');
      const { expectedRevision, ...patch } = request.body;
      return { task: await updateTask(app.db, actorOf(request), request.params.id, patch, expectedRevision) };
    },
  );

  const action = async (request: FastifyRequest, id: string) => {
    const today = todayOf(request);
    return { today, task: (await loadTaskView(app.db, id, today)) as TaskView };
  };

  app.post(
    '/api/tasks/:id/reports',
    {
      config: { scope: { resource: 'task-owner', param: 'id', role: 'editor' } },
      schema: {
        tags: TAG,
        summary: 'Báo cáo tiến độ (nội dung, %, mốc đạt, tệp đính kèm base64) — người chịu trách nhiệm',
        params: IdParam,
        body: progressIn,
        response: { 201: taskActionAnswer },
      },
    },
    async (request, reply) => {
      const task = await authorizeTaskOwner(request, request.params.id, 'editor');
      const { attachments, ...rest } = request.body;
      await reportProgress(
        app.db,
        actorOf(request),
        task.id,
        {
          ...rest,
          attachments: (attachments ?? []).map((a) => ({
            fileName: a.fileName,
            mediaType: a.mediaType,
            content: decode(a.base64),
          })),
        },
        todayOf(request),
      );
      return reply.status(201).send(await action(request, task.id));
    },
  );

  app.post(
    '/api/tasks/:id/submissions',
    {
      config: { scope: { resource: 'task-owner', param: 'id', role: 'editor' } },
      schema: {
        tags: TAG,
        summary: 'Báo cáo hoàn thành, chờ cơ quan giao xác nhận — người chịu trách nhiệm',
        params: IdParam,
        body: submissionIn,
        response: { 201: taskActionAnswer },
      },
    },
    async (request, reply) => {
      const task = await authorizeTaskOwner(request, request.params.id, 'editor');
      await submitCompletion(app.db, actorOf(request), task.id, request.body, todayOf(request));
      return reply.status(201).send(await action(request, task.id));
    },
  );

  app.post(
    '/api/tasks/:id/reviews',
    {
      config: { scope: { resource: 'task', param: 'id', role: 'approver' } },
      schema: {
        tags: TAG,
        summary: 'Xác nhận hoàn thành hoặc trả lại (kèm lý do) — cơ quan giao, người phê duyệt',
        params: IdParam,
        body: reviewIn,
        response: { 201: taskActionAnswer },
      },
    },
    async (request, reply) => {
      const task = await authorizeTask(request, request.params.id, 'approver');
      await reviewCompletion(app.db, actorOf(request), task.id, request.body);
      return reply.status(201).send(await action(request, task.id));
    },
  );

  app.post(
    '/api/tasks/:id/extensions',
    {
      config: { scope: { resource: 'task', param: 'id', role: 'approver' } },
      schema: {
        tags: TAG,
        summary: 'Gia hạn theo quyết định (thời hạn gốc được giữ) — người phê duyệt',
        params: IdParam,
        body: extensionIn,
        response: { 201: taskActionAnswer },
      },
    },
    async (request, reply) => {
      const task = await authorizeTask(request, request.params.id, 'approver');
      await extendDeadline(app.db, actorOf(request), task.id, request.body);
      return reply.status(201).send(await action(request, task.id));
    },
  );

  app.post(
    '/api/tasks/:id/explanations',
    {
      config: { scope: { resource: 'task', param: 'id', role: 'approver' } },
      schema: {
        tags: TAG,
        summary: 'Yêu cầu giải trình về nhiệm vụ (gửi người chịu trách nhiệm) — lãnh đạo',
        params: IdParam,
        body: explanationIn,
        response: { 201: explanationAnswer },
      },
    },
    async (request, reply) => {
      const task = await authorizeTask(request, request.params.id, 'approver');
      const explanation = await requestExplanation(
        app.db,
        actorOf(request),
        { taskId: task.id },
        request.body,
        todayOf(request),
      );
      return reply.status(201).send({ explanation });
    },
  );

  app.post(
    '/api/targets/:id/explanations',
    {
      config: { scope: { resource: 'target', param: 'id', role: 'approver' } },
      schema: {
        tags: TAG,
        summary: 'Yêu cầu giải trình về một chỉ tiêu (đỏ) — lãnh đạo',
        params: IdParam,
        body: explanationIn,
        response: { 201: explanationAnswer },
      },
    },
    async (request, reply) => {
      const found = await authorizeTarget(request, request.params.id, 'approver');
      const explanation = await requestExplanation(
        app.db,
        actorOf(request),
        { targetId: found.target.id },
        request.body,
        todayOf(request),
      );
      return reply.status(201).send({ explanation });
    },
  );

  app.post(
    '/api/explanations/:id/answers',
    {
      config: { scope: { resource: 'explanation', param: 'id', role: 'editor' } },
      schema: {
        tags: TAG,
        summary: 'Trả lời yêu cầu giải trình (trả lời lại là một lần mới) — người được yêu cầu',
        params: IdParam,
        body: answerIn,
        response: { 201: explanationAnswer },
      },
    },
    async (request, reply) => {
      const explanation = await authorizeExplanation(request, request.params.id, 'editor');
      return reply.status(201).send({
        explanation: await answerExplanation(app.db, actorOf(request), explanation.id, request.body.text),
      });
    },
  );

  app.get(
    '/api/units/:code/task-board',
    {
      config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
      schema: {
        tags: TAG,
        summary: 'Bảng theo dõi của lãnh đạo: đỏ trước (quá hạn, sắp đến hạn), theo đơn vị và theo văn bản',
        params: CodeParam,
        querystring: SubtreeQuery,
        response: { 200: taskBoardAnswer },
      },
    },
    async (request) => {
      const unit = await authorizeUnit(request, request.params.code, 'viewer');
      const codes = request.query.subtree === 'false' ? [unit.code] : await subtreeCodes(app.db, unit.code);
      const today = todayOf(request);
      const tasks = sortTasksRedFirst(
        await loadTaskViews(app.db, { unitCodes: codes.length ? codes : [unit.code] }, today),
      );
      const counts: TaskCounts = countTasks(tasks.map((t) => t.status));
      return {
        unitCode: unit.code,
        today,
        counts,
        countLines: taskCountLinesVi(counts),
        tasks,
        byUnit: groupCounts(tasks, (t) => [t.leadUnitCode ?? t.leadUnit, t.leadUnit]),
        byDirective: groupCounts(tasks, (t) => [
          t.directiveId,
          `${t.directive.number} (${t.directive.title})`,
        ]),
        explanations: await listExplanations(app.db, { unitCodes: codes.length ? codes : [unit.code] }),
      };
    },
  );

  app.get(
    '/api/my/tasks',
    {
      schema: {
        tags: TAG,
        summary: 'Việc của tôi: nhiệm vụ mình chịu trách nhiệm, yêu cầu giải trình gửi mình, tin nhắc việc',
        querystring: z.object({}),
        response: { 200: myTasksAnswer },
      },
    },
    async (request) => {
      const auth = requireUser(request);
      const today = todayOf(request);
      const tasks = sortTasksRedFirst(await loadTaskViews(app.db, { ownerUserId: auth.user.id }, today));
      const explanations = await listExplanations(app.db, { addresseeUserId: auth.user.id });
      const aboutTask = new Map(
        tasks.map((t) => [t.id, `Nhiệm vụ ${t.number}, văn bản số ${t.directive.number}: ${t.content}`]),
      );
      const targetNames = new Map<string, string>();
      for (const e of explanations.filter((x) => x.targetId)) {
        const rows = await app.db.query<{ code: string; name: string }>(
          'select code, name from targets where id = $1',
          [e.targetId],
        );
        if (rows[0]) targetNames.set(e.targetId as string, `Chỉ tiêu ${rows[0].code}: ${rows[0].name}`);
      }
      return {
        today,
        tasks,
        counts: countViews(tasks),
        explanations: explanations.map((e) => ({
          ...e,
          about: (e.taskId ? aboutTask.get(e.taskId) : targetNames.get(e.targetId ?? '')) ?? '',
        })),
        messages: await selectMessages(app.db, {
          recipientUserId: auth.user.id,
          channel: 'in-app',
          limit: 50,
        }),
      };
    },
  );
};

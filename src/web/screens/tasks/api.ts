/** Calls of the task screens. */
import { api } from '../../lib/api';
import type {
  DirectiveList,
  DirectivePage,
  Explanation,
  MyTasks,
  Person,
  RemindersRun,
  TaskBoard,
  TaskDeadline,
  TaskDetail,
  TaskDrafts,
} from './types';

const enc = encodeURIComponent;

export const loadBoard = (unit: string) => api<TaskBoard>('GET', `/api/units/${enc(unit)}/task-board`);
export const loadDirectives = (unit: string) =>
  api<DirectiveList>('GET', `/api/units/${enc(unit)}/directives?subtree=true`);
export const loadDirective = (id: string) => api<DirectivePage>('GET', `/api/directives/${enc(id)}`);
export const loadTask = (id: string) => api<TaskDetail>('GET', `/api/tasks/${enc(id)}`);
export const loadMyTasks = () => api<MyTasks>('GET', '/api/my/tasks');
export const loadPeople = (unit: string) =>
  api<{ people: Person[] }>('GET', `/api/units/${enc(unit)}/people`).then((a) => a.people);

export const createDirective = (unit: string, body: Record<string, unknown>) =>
  api<{ directive: { id: string } }>('POST', `/api/units/${enc(unit)}/directives`, body);

/** A task as the forms send it. */
export interface TaskInput {
  number: string;
  content: string;
  leadUnit: string;
  leadUnitCode?: string | null;
  cooperatingUnits: string[];
  ownerUserId?: string | null;
  ownerName?: string | null;
  deadline: TaskDeadline;
  expectedProduct?: string | null;
  links?: { type: 'target' | 'programme'; id: string }[];
}
export const assignTasks = (directiveId: string, tasks: TaskInput[]) =>
  api<{ tasks: { id: string }[] }>('POST', `/api/directives/${enc(directiveId)}/tasks`, { tasks });
export const readDrafts = (
  directiveId: string,
  body: { text: string } | { file: { name: string; base64: string } },
) => api<TaskDrafts>('POST', `/api/directives/${enc(directiveId)}/task-drafts`, body);

export const remindNow = (unit: string) => api<RemindersRun>('POST', `/api/units/${enc(unit)}/reminders`, {});
export const askExplanation = (taskId: string, question: string, dueOn: string) =>
  api<{ explanation: Explanation }>('POST', `/api/tasks/${enc(taskId)}/explanations`, { question, dueOn });
export const answerExplanation = (id: string, text: string) =>
  api<{ explanation: Explanation }>('POST', `/api/explanations/${enc(id)}/answers`, { text });
export const reportProgress = (taskId: string, body: Record<string, unknown>) =>
  api<unknown>('POST', `/api/tasks/${enc(taskId)}/reports`, body);
export const submitDone = (taskId: string, completedOn: string, note?: string) =>
  api<unknown>('POST', `/api/tasks/${enc(taskId)}/submissions`, { completedOn, ...(note ? { note } : {}) });
export const reviewDone = (taskId: string, decision: 'confirmed' | 'returned', reason?: string) =>
  api<unknown>('POST', `/api/tasks/${enc(taskId)}/reviews`, { decision, ...(reason ? { reason } : {}) });
export const extend = (
  taskId: string,
  body: { newDeadline: string; decision: string; decidedOn: string; reason?: string },
) => api<unknown>('POST', `/api/tasks/${enc(taskId)}/extensions`, body);

/** The bytes of a file as base64 (for the JSON upload of drafts and attachments). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Today in Vietnam (UTC+7) as the server counts it, and a date some days later. */
export function vietnamToday(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

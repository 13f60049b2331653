/** Types of the task answers, from the server's response schemas (type-only: no zod here). */
import type { z } from 'zod';
import type {
  contactOut,
  directiveListAnswer,
  directivePageAnswer,
  explanationOut,
  messageOut,
  myTasksAnswer,
  remindersRunAnswer,
  taskBoardAnswer,
  taskDetailAnswer,
  taskDraftOut,
  taskDraftsAnswer,
  taskViewOut,
  taskDeadlineOut,
} from '../../../schema/api';

export type TaskView = z.output<typeof taskViewOut>;
export type TaskDeadline = z.output<typeof taskDeadlineOut>;
export type TaskBoard = z.output<typeof taskBoardAnswer>;
export type DirectiveList = z.output<typeof directiveListAnswer>;
export type DirectivePage = z.output<typeof directivePageAnswer>;
export type TaskDetail = z.output<typeof taskDetailAnswer>;
export type MyTasks = z.output<typeof myTasksAnswer>;
export type Explanation = z.output<typeof explanationOut>;
export type Message = z.output<typeof messageOut>;
export type Person = z.output<typeof contactOut>;
export type TaskDraft = z.output<typeof taskDraftOut>;
export type TaskDrafts = z.output<typeof taskDraftsAnswer>;
export type RemindersRun = z.output<typeof remindersRunAnswer>;

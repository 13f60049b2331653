/** Puts the server's issues "targets.3.goal.value" onto the field of the draft they name. */
import { ApiError } from '../../lib/api';
import type { DraftErrors, TargetDraft } from './target-draft';

const FIELD_OF: Record<string, keyof TargetDraft> = {
  code: 'code',
  name: 'name',
  unit: 'unit',
  precision: 'precision',
  'goal.value': 'goalValue',
  'goal.min': 'goalMin',
  'goal.max': 'goalMax',
  'goal.scale': 'gradeScale',
  'goal.required': 'gradeRequired',
  'goal.shares': 'shares',
  goal: 'goalValue',
  baseYear: 'baseYear',
  baseValue: 'baseValue',
  targetYear: 'targetYear',
  indicator: 'indicator',
};

/** Errors per target index, from the issues of a refused request. */
export function draftErrorsFromIssues(error: unknown, prefix = 'targets'): Map<number, DraftErrors> {
  const map = new Map<number, DraftErrors>();
  if (!(error instanceof ApiError)) return map;
  for (const issue of error.issues) {
    const match = new RegExp(`^${prefix}\\.(\\d+)\\.(.+)$`).exec(issue.path);
    if (!match) continue;
    const index = Number(match[1]);
    const rest = match[2] ?? '';
    const key =
      FIELD_OF[rest] ?? FIELD_OF[rest.split('.').slice(0, 2).join('.')] ?? FIELD_OF[rest.split('.')[0] ?? ''];
    if (!key) continue;
    map.set(index, { ...map.get(index), [key]: issue.message });
  }
  return map;
}

/** Errors of a single target sent alone (paths "name", "goal.value" or "target.name"). */
export function singleDraftErrors(error: unknown): DraftErrors {
  const errors: DraftErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const issue of error.issues) {
    const path = issue.path.replace(/^target\./, '');
    const key =
      FIELD_OF[path] ?? FIELD_OF[path.split('.').slice(0, 2).join('.')] ?? FIELD_OF[path.split('.')[0] ?? ''];
    if (key) errors[key] = issue.message;
  }
  return errors;
}

/**
 * The word tables of the screens, merged into the one dictionary: the task screens under
 * `tasks.`, the province view under `province.`, the lineage history under `history.`, the set-up
 * forms under `setup.`, and the rest of the screens' words as they are.
 */
import { enHistory, enProvince, viHistory, viProvince } from './messages-province';
import { enScreens, viScreens } from './messages-screens';
import { enSetup, viSetup } from './messages-setup';
import { enTasks, viTasks } from './messages-tasks';

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}.${K}`]: string };

/** `{ board: … }` under 'tasks' → `{ 'tasks.board': … }`. */
function prefixed<P extends string, T extends Record<string, string>>(prefix: P, table: T): Prefixed<P, T> {
  return Object.fromEntries(
    Object.entries(table).map(([key, text]) => [`${prefix}.${key}`, text]),
  ) as Prefixed<P, T>;
}

export const viAreas = {
  ...prefixed('tasks', viTasks),
  ...prefixed('province', viProvince),
  ...prefixed('history', viHistory),
  ...prefixed('setup', viSetup),
  ...viScreens,
};

export const enAreas: Record<keyof typeof viAreas, string> = {
  ...prefixed('tasks', enTasks),
  ...prefixed('province', enProvince),
  ...prefixed('history', enHistory),
  ...prefixed('setup', enSetup),
  ...enScreens,
};

/** A list of tasks red first: light, status words, deadline with its extension, last report. */
import type { ReactNode } from 'react';
import type { TaskView } from './types';
import { deadlineWords, shortDate, statusWords, w } from './words';
import { formatNumberVi } from '../../lib/core';

const LIGHT_CLASS: Record<string, string> = {
  red: 'badge-red',
  orange: 'badge-orange',
  green: 'badge-green',
  grey: 'badge-grey',
};

/** The status as a coloured badge with its words. */
export function StatusBadge({ task }: { task: TaskView }) {
  const s = task.status;
  return (
    <span className={`badge ${LIGHT_CLASS[s.light] ?? ''}`} data-testid="task-status">
      <span className="badge-dot" aria-hidden="true" />
      {statusWords(s)}
      {s.awaitingConfirmation ? ` · ${w('waiting')}` : ''}
      {s.returned ? ` · ${w('returned')}` : ''}
    </span>
  );
}

/** The deadline as assigned, and the one in force after extensions. */
export function DeadlineText({ task }: { task: TaskView }) {
  const last = task.extensions[task.extensions.length - 1];
  return (
    <span>
      {deadlineWords(task.deadline)}
      {last && <small className="muted"> ({w('extendedTo', { date: shortDate(last.newDeadline) })})</small>}
    </span>
  );
}

export function TaskTable({
  tasks,
  showDirective = true,
  actions,
  onOpen,
}: {
  tasks: TaskView[];
  showDirective?: boolean;
  actions?: (task: TaskView) => ReactNode;
  onOpen: (task: TaskView) => void;
}) {
  if (!tasks.length) return <p className="muted">{w('noTasks')}</p>;
  return (
    <div className="table-scroll">
      <table className="task-table" data-testid="task-table">
        <thead>
          <tr>
            <th>{w('status')}</th>
            <th>{w('number')}</th>
            <th>{w('content')}</th>
            {showDirective && <th>{w('directive')}</th>}
            <th>{w('leadUnit')}</th>
            <th>{w('owner')}</th>
            <th>{w('deadline')}</th>
            <th>{w('progress')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr
              key={task.id}
              data-testid="task-row"
              data-task-id={task.id}
              className={`task-${task.status.light}`}
            >
              <td>
                <StatusBadge task={task} />
              </td>
              <td>{task.number}</td>
              <td className="task-content">{task.content}</td>
              {showDirective && <td>{task.directive.number}</td>}
              <td>{task.leadUnit}</td>
              <td>{task.ownerDisplayName ?? task.ownerName ?? ''}</td>
              <td>
                <DeadlineText task={task} />
              </td>
              <td>
                {task.lastReport ? (
                  <span title={task.lastReport.text}>
                    {shortDate(task.lastReport.reportedOn)}
                    {task.lastReport.percent != null
                      ? ` · ${formatNumberVi(task.lastReport.percent, 1, { trimZeros: true })}%`
                      : ''}
                  </span>
                ) : (
                  ''
                )}
              </td>
              <td className="button-row">
                <button type="button" className="button-small" onClick={() => onOpen(task)}>
                  {w('open')}
                </button>
                {actions?.(task)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

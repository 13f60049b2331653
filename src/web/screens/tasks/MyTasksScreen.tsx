/**
 * "Việc của tôi": the tasks the signed-in person is responsible for, red first, with progress
 * and completion reported from the task's panel; the requests for explanation addressed to them,
 * answered in place; and the reminders they received.
 */
import { ErrorNotice, Loading } from '../../components/Notices';
import { setQueryParam, useLocation } from '../../lib/router';
import { useAsync } from '../../lib/use-async';
import { loadMyTasks } from './api';
import { ExplanationItem, TaskPanel } from './TaskPanel';
import { TaskTable } from './TaskTable';
import { usePageTitle } from '../../lib/page-title';
import { shortDate, w } from './words';
import './tasks.css';

export default function MyTasksScreen() {
  usePageTitle(w('myTasks'));
  const { query } = useLocation();
  const taskId = query.get('task');
  const data = useAsync(() => loadMyTasks(), 'mine');
  if (data.loading && !data.data) return <Loading />;
  if (data.error !== undefined) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  const mine = data.data;
  if (!mine) return null;
  const waiting = mine.explanations.filter((e) => e.answers.length === 0);
  return (
    <div className="tasks-screen my-tasks" data-testid="my-tasks">
      <h1>{w('myTasks')}</h1>
      <div className={taskId ? 'tasks-with-panel' : undefined}>
        <div>
          <TaskTable tasks={mine.tasks} onOpen={(t) => setQueryParam('task', t.id)} />
          <section className="panel">
            <h2>
              {w('askedOfMe')} ({waiting.length}/{mine.explanations.length})
            </h2>
            <ul className="explanations">
              {mine.explanations.map((e) => (
                <div key={e.id}>
                  <p className="muted">{e.about}</p>
                  <ExplanationItem explanation={e} canAnswer onChanged={data.reload} />
                </div>
              ))}
            </ul>
          </section>
          <section className="panel">
            <h2>{w('inbox')}</h2>
            {mine.messages.length === 0 ? (
              <p className="muted">{w('noMessages')}</p>
            ) : (
              <ul className="messages" data-testid="inbox">
                {mine.messages.map((m) => (
                  <li key={m.id} data-testid="inbox-message">
                    <details>
                      <summary>
                        {shortDate(m.createdAt)} · <strong>{m.subject}</strong>
                      </summary>
                      <pre className="message-body">{m.body}</pre>
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        {taskId && (
          <TaskPanel
            taskId={taskId}
            onClose={() => setQueryParam('task', undefined)}
            onChanged={data.reload}
          />
        )}
      </div>
    </div>
  );
}

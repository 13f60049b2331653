/**
 * One task in a side panel: what was assigned, its extensions, reports, completion, explanations
 * and messages, and the actions the server allows the reader (owner: report, submit, answer;
 * assigning office: confirm or return, extend, ask for an explanation).
 */
import { formatDateTime } from '../../lib/date-time';
import { DateInput } from '../../components/DateInput';
import { useState, type FormEvent } from 'react';
import { ErrorNotice, Loading } from '../../components/Notices';
import { api } from '../../lib/api';
import { useAsync } from '../../lib/use-async';
import {
  answerExplanation,
  askExplanation,
  extend,
  fileToBase64,
  loadTask,
  reportProgress,
  reviewDone,
  submitDone,
  vietnamToday,
} from './api';
import { DeadlineText, StatusBadge } from './TaskTable';
import type { Explanation, TaskDetail } from './types';
import { channelWords, shortDate, w } from './words';
import { formatNumberVi } from '../../lib/core';

/** A request for explanation with its answers, and the answer form for its addressee. */
export function ExplanationItem({
  explanation,
  canAnswer,
  onChanged,
}: {
  explanation: Explanation;
  canAnswer: boolean;
  onChanged: () => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>();
  const last = explanation.answers[explanation.answers.length - 1];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await answerExplanation(explanation.id, text);
      setText('');
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <li className="explanation" data-testid="explanation">
      <p>
        <strong>{shortDate(explanation.requestedAt)}</strong>{' '}
        {explanation.requestedByName ? `(${explanation.requestedByName}) ` : ''}
        {explanation.question}
      </p>
      {last ? (
        <p className="explanation-answer" data-testid="explanation-answer">
          ↳ {last.text} <small className="muted">{shortDate(last.answeredAt)}</small>
        </p>
      ) : (
        <p className="muted">{w('noAnswer', { date: shortDate(explanation.dueOn) })}</p>
      )}
      {canAnswer && (
        <form onSubmit={submit} className="inline-form">
          <label>
            <span>{w('answerHere')}</span>
            <textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              required
              rows={2}
              data-testid="answer-text"
            />
          </label>
          <button type="submit" className="button-primary" data-testid="answer-send">
            {w('answer')}
          </button>
          {error !== undefined && <ErrorNotice error={error} />}
        </form>
      )}
    </li>
  );
}

/** Correcting a task (a new revision, checked against the one on screen) or withdrawing it. */
function EditTask({ detail, onSaved }: { detail: TaskDetail; onSaved: () => void }) {
  const { task } = detail;
  const [form, setForm] = useState({ number: task.number, content: task.content, leadUnit: task.leadUnit });
  const [error, setError] = useState<unknown>();
  const save = async (patch: Record<string, unknown>) => {
    setError(undefined);
    try {
      await api('PATCH', `/api/tasks/${encodeURIComponent(task.id)}`, {
        ...patch,
        expectedRevision: task.revision,
      });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <details className="task-edit">
      <summary>{w('correct')}</summary>
      <form
        className="inline-form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void save(form);
        }}
      >
        <label>
          <span>{w('number')}</span>
          <input
            value={form.number}
            onChange={(e) => setForm({ ...form, number: e.target.value })}
            size={4}
            required
          />
        </label>
        <label>
          <span>{w('content')}</span>
          <textarea
            value={form.content}
            onChange={(e) => setForm({ ...form, content: e.target.value })}
            rows={3}
            required
          />
        </label>
        <label>
          <span>{w('leadUnit')}</span>
          <input
            value={form.leadUnit}
            onChange={(e) => setForm({ ...form, leadUnit: e.target.value })}
            required
          />
        </label>
        <button type="submit">{w('save')}</button>
        <button type="button" className="button-quiet" onClick={() => void save({ withdrawn: true })}>
          {w('withdraw')}
        </button>
      </form>
      {detail.history.length > 1 && (
        <ol className="programme-history">
          {detail.history.map((h) => (
            <li key={h.revision}>
              {formatDateTime(h.recordedAt)} {h.recordedByName ?? ''}: {h.number}. {h.content} ({h.leadUnit})
            </li>
          ))}
        </ol>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
    </details>
  );
}

export function TaskPanel({
  taskId,
  onClose,
  onChanged,
}: {
  taskId: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const data = useAsync(() => loadTask(taskId), taskId);
  const [error, setError] = useState<unknown>();
  const [note, setNote] = useState<string>();
  const [progress, setProgress] = useState({ text: '', percent: '', milestone: '' });
  const [file, setFile] = useState<File | null>(null);
  const [doneOn, setDoneOn] = useState(vietnamToday());
  const [reason, setReason] = useState('');
  const [ext, setExt] = useState({ newDeadline: '', decision: '', decidedOn: vietnamToday() });
  const [question, setQuestion] = useState(w('defaultQuestion'));
  const [dueOn, setDueOn] = useState(vietnamToday(3));
  const run = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      setNote(w('saved'));
      data.reload();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  if (data.loading && !data.data)
    return (
      <aside className="task-panel">
        <Loading />
      </aside>
    );
  if (data.error !== undefined)
    return (
      <aside className="task-panel">
        <ErrorNotice error={data.error} onRetry={data.reload} />
      </aside>
    );
  const detail = data.data;
  if (!detail) return null;
  const { task } = detail;
  const open = task.completion !== 'confirmed' && task.completion !== 'submitted';
  return (
    <aside className="task-panel" aria-label={task.content} data-testid="task-panel">
      <div className="panel-head">
        <h2>
          {task.directive.number} · {task.number}
        </h2>
        <button type="button" className="button-quiet" onClick={onClose}>
          {w('close')}
        </button>
      </div>
      <p>{task.content}</p>
      <dl className="task-facts">
        <dt>{w('status')}</dt>
        <dd>
          <StatusBadge task={task} />
        </dd>
        <dt>{w('leadUnit')}</dt>
        <dd>{task.leadUnit}</dd>
        {task.cooperatingUnits.length > 0 && (
          <>
            <dt>{w('cooperating')}</dt>
            <dd>{task.cooperatingUnits.join(', ')}</dd>
          </>
        )}
        <dt>{w('owner')}</dt>
        <dd>{task.ownerDisplayName ?? task.ownerName ?? '—'}</dd>
        <dt>{w('deadline')}</dt>
        <dd>
          <DeadlineText task={task} />
        </dd>
        {detail.links.length > 0 && (
          <>
            <dt>{w('links')}</dt>
            <dd>
              {detail.links.map((l) => (
                <div key={`${l.type}:${l.id}`}>{l.label}</div>
              ))}
            </dd>
          </>
        )}
      </dl>
      {detail.canManage && (
        <EditTask
          detail={detail}
          onSaved={() => {
            data.reload();
            onChanged();
          }}
        />
      )}
      {note && (
        <p role="status" className="notice">
          {note}
        </p>
      )}
      {error !== undefined && <ErrorNotice error={error} />}

      {task.extensions.length > 0 && (
        <section>
          <h3>{w('extensions')}</h3>
          <ul>
            {task.extensions.map((e) => (
              <li key={e.id}>
                {shortDate(e.previousDeadline)} → {shortDate(e.newDeadline)}: {e.decision} (
                {shortDate(e.decidedOn)}){e.reason ? `. ${e.reason}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>{w('reports')}</h3>
        <ul data-testid="task-reports">
          {detail.reports.map((r) => (
            <li key={r.id}>
              <strong>{shortDate(r.reportedOn)}</strong> {r.text}
              {r.percent != null ? ` (${formatNumberVi(r.percent, 1, { trimZeros: true })}%)` : ''}
              {r.milestone ? ` · ${w('milestone')}: ${r.milestone}` : ''}
              {r.attachments.map((a) => (
                <a key={a.id} href={`/api/attachments/${a.id}`} className="attachment">
                  {a.fileName}
                </a>
              ))}
            </li>
          ))}
        </ul>
        {detail.canReport && open && (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void run(async () => {
                const attachments = file
                  ? [
                      {
                        fileName: file.name,
                        mediaType: file.type || 'application/octet-stream',
                        base64: await fileToBase64(file),
                      },
                    ]
                  : [];
                await reportProgress(task.id, {
                  text: progress.text,
                  ...(progress.percent ? { percent: Number(progress.percent.replace(',', '.')) } : {}),
                  ...(progress.milestone ? { milestone: progress.milestone } : {}),
                  ...(attachments.length ? { attachments } : {}),
                });
                setProgress({ text: '', percent: '', milestone: '' });
                setFile(null);
              });
            }}
          >
            <label>
              <span>{w('reportProgress')}</span>
              <textarea
                value={progress.text}
                onChange={(e) => setProgress({ ...progress, text: e.target.value })}
                required
                rows={2}
                data-testid="progress-text"
              />
            </label>
            <label>
              <span>{w('percent')}</span>
              <input
                inputMode="decimal"
                value={progress.percent}
                onChange={(e) => setProgress({ ...progress, percent: e.target.value })}
                data-testid="progress-percent"
              />
            </label>
            <label>
              <span>{w('milestone')}</span>
              <input
                value={progress.milestone}
                onChange={(e) => setProgress({ ...progress, milestone: e.target.value })}
              />
            </label>
            <label>
              <span>{w('attachment')}</span>
              <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            </label>
            <button type="submit" className="button-primary" data-testid="progress-send">
              {w('send')}
            </button>
          </form>
        )}
      </section>

      {detail.canReport && open && (
        <section>
          <h3>{w('submitDone')}</h3>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => submitDone(task.id, doneOn));
            }}
          >
            <label>
              <span>{w('completedOn')}</span>
              <DateInput value={doneOn} onChange={(v) => setDoneOn(v)} required />
            </label>
            <button type="submit">{w('submitDone')}</button>
          </form>
        </section>
      )}

      {detail.canManage && task.completion === 'submitted' && (
        <section>
          <h3>
            {w('waiting')}: {shortDate(task.completedOn)}
          </h3>
          <div className="inline-form">
            <button
              type="button"
              className="button-primary"
              onClick={() => void run(() => reviewDone(task.id, 'confirmed'))}
            >
              {w('confirm')}
            </button>
            <label>
              <span>{w('reason')}</span>
              <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <button type="button" onClick={() => void run(() => reviewDone(task.id, 'returned', reason))}>
              {w('returnIt')}
            </button>
          </div>
        </section>
      )}

      {detail.canManage && task.completion !== 'confirmed' && task.deadline.kind === 'date' && (
        <section>
          <h3>{w('extend')}</h3>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => extend(task.id, ext));
            }}
          >
            <label>
              <span>{w('newDeadline')}</span>
              <DateInput
                value={ext.newDeadline}
                onChange={(v) => setExt({ ...ext, newDeadline: v })}
                required
              />
            </label>
            <label>
              <span>{w('decision')}</span>
              <input
                value={ext.decision}
                onChange={(e) => setExt({ ...ext, decision: e.target.value })}
                required
              />
            </label>
            <label>
              <span>{w('decidedOn')}</span>
              <DateInput value={ext.decidedOn} onChange={(v) => setExt({ ...ext, decidedOn: v })} required />
            </label>
            <button type="submit">{w('extend')}</button>
          </form>
        </section>
      )}

      <section>
        <h3>{w('explanations')}</h3>
        <ul className="explanations">
          {task.explanations.map((e) => (
            <ExplanationItem
              key={e.id}
              explanation={e}
              canAnswer={detail.canReport && !detail.canManage}
              onChanged={data.reload}
            />
          ))}
        </ul>
        {detail.canManage && task.ownerUserId && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => askExplanation(task.id, question, dueOn));
            }}
          >
            <label>
              <span>{w('question')}</span>
              <textarea value={question} onChange={(e) => setQuestion(e.target.value)} rows={2} required />
            </label>
            <label>
              <span>{w('dueOn')}</span>
              <DateInput value={dueOn} onChange={(v) => setDueOn(v)} required />
            </label>
            <button type="submit">{w('askExplanation')}</button>
          </form>
        )}
      </section>

      <section>
        <h3>{w('messages')}</h3>
        {detail.messages.length === 0 ? (
          <p className="muted">{w('noMessages')}</p>
        ) : (
          <ul className="messages">
            {detail.messages.map((m) => (
              <li key={m.id}>
                {shortDate(m.createdAt)} · {channelWords(m.channel)} · {w(`status_${m.status}`)}: {m.subject}
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}

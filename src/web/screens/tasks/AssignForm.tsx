/** Assigning tasks: one by one, or drafts read from the directive's Word text or an Excel table,
 * checked and corrected row by row, then confirmed at once (all or none). */
import { DateInput } from '../../components/DateInput';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../components/Notices';
import { assignTasks, fileToBase64, readDrafts, type TaskInput } from './api';
import type { Person, TaskDeadline, TaskDraft } from './types';
import { w } from './words';

type DeadlineChoice = 'date' | 'quarter' | 'month' | 'continuous' | 'none';

function toDeadline(choice: DeadlineChoice, date: string): TaskDeadline {
  if (choice === 'date') return { kind: 'date', date };
  if (choice === 'quarter' || choice === 'month') return { kind: 'recurring', every: choice };
  return choice === 'continuous' ? { kind: 'continuous' } : { kind: 'none' };
}

function fromDeadline(d: TaskDeadline): { choice: DeadlineChoice; date: string } {
  if (d.kind === 'date') return { choice: 'date', date: d.date };
  if (d.kind === 'recurring') return { choice: d.every === 'month' ? 'month' : 'quarter', date: '' };
  return { choice: d.kind, date: '' };
}

function DeadlineFields({
  choice,
  date,
  onChange,
}: {
  choice: DeadlineChoice;
  date: string;
  onChange: (choice: DeadlineChoice, date: string) => void;
}) {
  return (
    <>
      <label>
        <span>{w('deadlineKind')}</span>
        <select
          value={choice}
          onChange={(e) => onChange(e.target.value as DeadlineChoice, date)}
          data-testid="deadline-kind"
        >
          <option value="date">{w('kindDate')}</option>
          <option value="quarter">{w('kindQuarter')}</option>
          <option value="month">{w('kindMonth')}</option>
          <option value="continuous">{w('kindContinuous')}</option>
          <option value="none">{w('kindNone')}</option>
        </select>
      </label>
      {choice === 'date' && (
        <label>
          <span>{w('deadline')}</span>
          <DateInput
            value={date}
            onChange={(v) => onChange(choice, v)}
            required
            data-testid="deadline-date"
          />
        </label>
      )}
    </>
  );
}

function OwnerSelect({
  people,
  value,
  onChange,
}: {
  people: Person[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label>
      <span>{w('owner')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="task-owner">
        <option value="">{w('nobody')}</option>
        {people.map((p) => (
          <option key={p.userId} value={p.userId}>
            {p.displayName} ({p.username})
          </option>
        ))}
      </select>
    </label>
  );
}

/** Something a task can serve: a target of the resolution or a programme. */
export interface LinkOption {
  type: 'target' | 'programme';
  id: string;
  label: string;
}

export function AssignForm({
  directiveId,
  nextNumber,
  people,
  linkOptions,
  onSaved,
}: {
  directiveId: string;
  nextNumber: string;
  people: Person[];
  linkOptions: LinkOption[];
  onSaved: () => void;
}) {
  const [links, setLinks] = useState<string[]>([]);
  const [form, setForm] = useState({
    number: nextNumber,
    content: '',
    leadUnit: '',
    cooperating: '',
    owner: '',
  });
  const [deadline, setDeadline] = useState<{ choice: DeadlineChoice; date: string }>({
    choice: 'date',
    date: '',
  });
  const [error, setError] = useState<unknown>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await assignTasks(directiveId, [
        {
          number: form.number,
          content: form.content,
          leadUnit: form.leadUnit,
          cooperatingUnits: form.cooperating
            .split(/[,;]/)
            .map((s) => s.trim())
            .filter(Boolean),
          ownerUserId: form.owner || null,
          deadline: toDeadline(deadline.choice, deadline.date),
          links: links.map((key) => {
            const [type, id] = key.split(':') as ['target' | 'programme', string];
            return { type, id };
          }),
        },
      ]);
      setLinks([]);
      setForm({
        number: String(Number(form.number) + 1 || ''),
        content: '',
        leadUnit: '',
        cooperating: '',
        owner: '',
      });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="panel assign-form" onSubmit={submit} data-testid="assign-form">
      <h3>{w('assignTask')}</h3>
      <div className="form-grid">
        <label>
          <span>{w('number')}</span>
          <input
            value={form.number}
            onChange={(e) => setForm({ ...form, number: e.target.value })}
            required
            size={4}
          />
        </label>
        <label className="wide">
          <span>{w('content')}</span>
          <textarea
            value={form.content}
            onChange={(e) => setForm({ ...form, content: e.target.value })}
            required
            rows={2}
            data-testid="task-content"
          />
        </label>
        <label>
          <span>{w('leadUnit')}</span>
          <input
            value={form.leadUnit}
            onChange={(e) => setForm({ ...form, leadUnit: e.target.value })}
            required
            data-testid="task-lead"
          />
        </label>
        <label>
          <span>{w('cooperating')}</span>
          <input
            value={form.cooperating}
            onChange={(e) => setForm({ ...form, cooperating: e.target.value })}
          />
        </label>
        <OwnerSelect people={people} value={form.owner} onChange={(owner) => setForm({ ...form, owner })} />
        <DeadlineFields
          choice={deadline.choice}
          date={deadline.date}
          onChange={(choice, date) => setDeadline({ choice, date })}
        />
        {linkOptions.length > 0 && (
          <label className="wide">
            <span>{w('serves')}</span>
            <select
              multiple
              size={Math.min(6, linkOptions.length)}
              value={links}
              onChange={(e) => setLinks([...e.target.selectedOptions].map((o) => o.value))}
            >
              {linkOptions.map((o) => (
                <option key={`${o.type}:${o.id}`} value={`${o.type}:${o.id}`}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <button type="submit" className="button-primary" data-testid="assign-submit">
        {w('assign')}
      </button>
      {error !== undefined && <ErrorNotice error={error} />}
    </form>
  );
}

interface DraftRow extends TaskDraft {
  owner: string;
  choice: DeadlineChoice;
  date: string;
}

export function ImportDrafts({
  directiveId,
  people,
  onSaved,
}: {
  directiveId: string;
  people: Person[];
  onSaved: () => void;
}) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<DraftRow[]>([]);
  const [error, setError] = useState<unknown>();
  const read = async () => {
    setError(undefined);
    try {
      const answer = file
        ? await readDrafts(directiveId, { file: { name: file.name, base64: await fileToBase64(file) } })
        : await readDrafts(directiveId, { text });
      setRows(
        answer.drafts.map((d) => {
          const match = people.find((p) => d.ownerName && p.displayName === d.ownerName);
          return { ...d, owner: match?.userId ?? '', ...fromDeadline(d.deadline) };
        }),
      );
    } catch (e) {
      setError(e);
    }
  };
  const update = (i: number, patch: Partial<DraftRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const confirm = async () => {
    setError(undefined);
    try {
      const tasks: TaskInput[] = rows.map((r) => ({
        number: r.number,
        content: r.content,
        leadUnit: r.leadUnit ?? '',
        leadUnitCode: r.leadUnitCode,
        cooperatingUnits: r.cooperatingUnits,
        ownerUserId: r.owner || null,
        ownerName: r.owner ? null : r.ownerName,
        deadline: toDeadline(r.choice, r.date),
        expectedProduct: r.expectedProduct,
      }));
      await assignTasks(directiveId, tasks);
      setRows([]);
      setText('');
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="panel import-drafts" data-testid="import-drafts">
      <h3>{w('importTasks')}</h3>
      <label className="wide">
        <span>{w('pasteText')}</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={5} data-testid="drafts-text" />
      </label>
      <label>
        <span>{w('orFile')}</span>
        <input
          type="file"
          accept=".docx,.xlsx"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          data-testid="drafts-file"
        />
      </label>
      <button
        type="button"
        onClick={() => void read()}
        disabled={!text.trim() && !file}
        data-testid="drafts-read"
      >
        {w('readDrafts')}
      </button>
      {rows.length > 0 && (
        <>
          <p className="muted">{w('draftsHint')}</p>
          <div className="table-scroll">
            <table className="task-table drafts-table">
              <thead>
                <tr>
                  <th>{w('number')}</th>
                  <th>{w('content')}</th>
                  <th>{w('leadUnit')}</th>
                  <th>{w('owner')}</th>
                  <th>{w('deadline')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={`${r.number}-${i}`} data-testid="draft-row">
                    <td>
                      <input
                        value={r.number}
                        onChange={(e) => update(i, { number: e.target.value })}
                        size={4}
                      />
                    </td>
                    <td>
                      <textarea
                        value={r.content}
                        onChange={(e) => update(i, { content: e.target.value })}
                        rows={2}
                      />
                      {r.warnings.map((warning) => (
                        <small key={warning} className="draft-warning">
                          {warning}
                        </small>
                      ))}
                    </td>
                    <td>
                      <input
                        value={r.leadUnit ?? ''}
                        onChange={(e) => update(i, { leadUnit: e.target.value, leadUnitCode: null })}
                      />
                      {r.cooperatingUnits.length > 0 && (
                        <small className="muted">{r.cooperatingUnits.join(', ')}</small>
                      )}
                    </td>
                    <td>
                      <OwnerSelect
                        people={people}
                        value={r.owner}
                        onChange={(owner) => update(i, { owner })}
                      />
                    </td>
                    <td>
                      <DeadlineFields
                        choice={r.choice}
                        date={r.date}
                        onChange={(choice, date) => update(i, { choice, date })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button-small"
                        onClick={() => setRows(rows.filter((_, j) => j !== i))}
                      >
                        {w('remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            className="button-primary"
            onClick={() => void confirm()}
            data-testid="drafts-confirm"
          >
            {w('confirmDrafts', { n: rows.length })}
          </button>
        </>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  );
}

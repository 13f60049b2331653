/**
 * Tasks from directives for a unit (and the units below): the leader's board red first, by lead
 * unit and by directive, with "remind now", a one-click request for explanation and the report
 * download; the directives with their pages (every task, assigning, import from Word or Excel);
 * a task opens in a side panel. Counts and their sentences are the server's.
 */
import { DateInput } from '../../components/DateInput';
import { useState, type FormEvent } from 'react';
import { ErrorNotice, Loading } from '../../components/Notices';
import { api, downloadFile, saveBlob } from '../../lib/api';
import type { ResolutionView } from '../../lib/types';
import { buildPath, navigate, setQueryParam, useLocation } from '../../lib/router';
import { useAsync } from '../../lib/use-async';
import type { WorkspaceProps } from '../UnitWorkspace';
import { AssignForm, ImportDrafts, type LinkOption } from './AssignForm';
import { ChaseSettings } from './ChaseSettings';
import { ProgrammesView } from './Programmes';
import {
  askExplanation,
  createDirective,
  loadBoard,
  loadDirective,
  loadDirectives,
  loadPeople,
  remindNow,
  vietnamToday,
} from './api';
import { RedTargets } from './RedTargets';
import { TaskPanel } from './TaskPanel';
import { TaskTable } from './TaskTable';
import type { TaskView } from './types';
import { shortDate, w } from './words';
import './tasks.css';

const ROLE_RANK: Record<string, number> = { viewer: 1, editor: 2, approver: 3, admin: 4 };
const atLeast = (role: string | null | undefined, wanted: string) =>
  (ROLE_RANK[role ?? ''] ?? 0) >= (ROLE_RANK[wanted] ?? 9);

function CountLines({ lines }: { lines: { key: string; text: string }[] }) {
  return (
    <div className="count-lines" data-testid="count-lines">
      {lines.map((l) => (
        <p key={l.key}>{l.text}</p>
      ))}
    </div>
  );
}

function ReportDownload({ unitCode, directiveId }: { unitCode: string; directiveId?: string }) {
  const [from, setFrom] = useState(`${vietnamToday().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(vietnamToday());
  const [error, setError] = useState<unknown>();
  const get = async (format: 'docx' | 'xlsx' | 'pdf') => {
    setError(undefined);
    try {
      const file = await downloadFile(
        buildPath(`/api/units/${encodeURIComponent(unitCode)}/task-report`, {
          from,
          to,
          format,
          directiveId,
        }),
        () => undefined,
      );
      saveBlob(file.blob, file.name);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="panel task-report" data-testid="task-report">
      <h3>{directiveId ? w('reportDirective') : w('report')}</h3>
      <div className="inline-form">
        <label>
          <span>{w('from')}</span>
          <DateInput value={from} onChange={setFrom} />
        </label>
        <label>
          <span>{w('to')}</span>
          <DateInput value={to} onChange={setTo} />
        </label>
        <button type="button" onClick={() => void get('docx')} data-testid="report-docx">
          {w('download', { format: 'Word' })}
        </button>
        <button type="button" onClick={() => void get('xlsx')} data-testid="report-xlsx">
          {w('download', { format: 'Excel' })}
        </button>
        <button type="button" onClick={() => void get('pdf')} data-testid="report-pdf">
          {w('download', { format: 'PDF' })}
        </button>
      </div>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  );
}

function Board({
  unitCode,
  resolutionId,
  canLead,
  onOpen,
}: {
  unitCode: string;
  resolutionId: string | undefined;
  canLead: boolean;
  onOpen: (t: TaskView) => void;
}) {
  const data = useAsync(() => loadBoard(unitCode), unitCode);
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [group, setGroup] = useState<{ by: 'byUnit' | 'byDirective'; key: string; label: string } | null>(
    null,
  );
  if (data.loading && !data.data) return <Loading />;
  if (data.error !== undefined) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  const board = data.data;
  if (!board) return null;
  const act = async (action: () => Promise<string>) => {
    setError(undefined);
    try {
      setNote(await action());
      data.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="task-board" data-testid="task-board">
      <div className="toolbar">
        <p className="muted">{w('redFirst')}</p>
        {canLead && (
          <button
            type="button"
            className="button-primary"
            data-testid="remind-now"
            onClick={() => void act(async () => w('reminded', { ...(await remindNow(unitCode)) }))}
          >
            {w('remindNow')}
          </button>
        )}
      </div>
      {note && (
        <p role="status" className="notice" data-testid="board-note">
          {note}
        </p>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
      <CountLines lines={board.countLines} />
      {group && (
        <p className="muted">
          {w(group.by)}: {group.label}{' '}
          <button type="button" className="button-link" onClick={() => setGroup(null)}>
            {w('showAll')}
          </button>
        </p>
      )}
      <TaskTable
        tasks={
          group
            ? board.tasks.filter((t) =>
                group.by === 'byUnit'
                  ? (t.leadUnitCode ?? t.leadUnit) === group.key
                  : t.directiveId === group.key,
              )
            : board.tasks
        }
        onOpen={onOpen}
        actions={(task) =>
          canLead && task.ownerUserId && (task.status.bucket === 'open-overdue' || task.status.dueSoon) ? (
            <button
              type="button"
              className="button-small"
              data-testid="ask-explanation"
              onClick={() =>
                void act(
                  async () => (
                    await askExplanation(task.id, w('defaultQuestion'), vietnamToday(3)),
                    w('explanationSent')
                  ),
                )
              }
            >
              {w('askExplanation')}
            </button>
          ) : null
        }
      />
      <div className="group-counts">
        {(
          [
            ['byUnit', board.byUnit],
            ['byDirective', board.byDirective],
          ] as const
        ).map(([title, groups]) => (
          <section key={title} className="panel">
            <h3>{w(title)}</h3>
            <table className="task-table">
              <thead>
                <tr>
                  <th />
                  <th className="num">{w('total')}</th>
                  <th className="num">{w('overdue')}</th>
                  <th className="num">{w('dueSoon')}</th>
                  <th className="num">{w('done')}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.key}>
                    <td>
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => setGroup({ by: title, key: g.key, label: g.label })}
                      >
                        {g.label}
                      </button>
                    </td>
                    <td className="num">{g.counts.total}</td>
                    <td className="num red">{g.counts.openOverdue}</td>
                    <td className="num orange">{g.counts.dueSoon}</td>
                    <td className="num">{g.counts.doneOnTime + g.counts.doneLate}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      {canLead && resolutionId && (
        <RedTargets
          unitCode={unitCode}
          resolutionId={resolutionId}
          explanations={board.explanations}
          onSent={data.reload}
        />
      )}
      <ReportDownload unitCode={unitCode} />
    </div>
  );
}

const DIRECTIVE_KINDS = ['nghi-quyet', 'ket-luan', 'chi-thi', 'thong-bao-ket-luan', 'ke-hoach'] as const;

function NewDirective({ unitCode, onSaved }: { unitCode: string; onSaved: (id: string) => void }) {
  const [form, setForm] = useState({ kind: 'ket-luan', number: '', issuedOn: '', issuer: '', title: '' });
  const [error, setError] = useState<unknown>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onSaved((await createDirective(unitCode, form)).directive.id);
    } catch (e) {
      setError(e);
    }
  };
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <label>
      <span>{label}</span>
      {type === 'date' ? (
        <DateInput value={form[key]} onChange={(v) => setForm({ ...form, [key]: v })} required />
      ) : (
        <input
          type={type}
          value={form[key]}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          required
        />
      )}
    </label>
  );
  return (
    <form className="panel" onSubmit={submit}>
      <h3>{w('newDirective')}</h3>
      <div className="form-grid">
        <label>
          <span>{w('kind')}</span>
          <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
            {DIRECTIVE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {w(`docKind_${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {field('number', w('docNumber'))}
        {field('issuedOn', w('issuedOn'), 'date')}
        {field('issuer', w('issuer'))}
        {field('title', w('title'))}
      </div>
      <button type="submit" className="button-primary">
        {w('save')}
      </button>
      {error !== undefined && <ErrorNotice error={error} />}
    </form>
  );
}

function Directives({ unitCode, canEdit }: { unitCode: string; canEdit: boolean }) {
  const data = useAsync(() => loadDirectives(unitCode), unitCode);
  if (data.loading && !data.data) return <Loading />;
  if (data.error !== undefined) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  const list = data.data?.directives ?? [];
  return (
    <div className="directives">
      {list.length === 0 ? (
        <p className="muted">{w('noDirectives')}</p>
      ) : (
        <ul className="directive-list" data-testid="directive-list">
          {list.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className="button-link"
                onClick={() => setQueryParam('d', d.id)}
                data-testid="directive-link"
              >
                {d.number}
              </button>{' '}
              {shortDate(d.issuedOn)} · {d.issuer}: {d.title}{' '}
              <span className="muted">
                ({d.counts.total} · <span className="red">{d.counts.openOverdue}</span> ·{' '}
                <span className="orange">{d.counts.dueSoon}</span>)
              </span>
            </li>
          ))}
        </ul>
      )}
      {canEdit && <NewDirective unitCode={unitCode} onSaved={(id) => setQueryParam('d', id)} />}
    </div>
  );
}

/** Targets of the unit's resolution and its programmes, for a task to serve. */
async function loadLinkOptions(unitCode: string, resolutionId: string | undefined): Promise<LinkOption[]> {
  const [resolution, programmes] = await Promise.all([
    resolutionId ? api<ResolutionView>('GET', `/api/resolutions/${encodeURIComponent(resolutionId)}`) : null,
    api<{ programmes: { id: string; name: string; code?: string | null; status: string }[] }>(
      'GET',
      `/api/units/${encodeURIComponent(unitCode)}/programmes`,
    ),
  ]);
  return [
    ...(resolution?.dossier.targets ?? [])
      .filter((t) => !t.dropped)
      .map((t) => ({
        type: 'target' as const,
        id: t.id,
        label: w('targetLink', { code: t.code, name: t.name }),
      })),
    ...programmes.programmes
      .filter((p) => p.status !== 'dropped')
      .map((p) => ({
        type: 'programme' as const,
        id: p.id,
        label: `${p.code ? `${p.code}. ` : ''}${p.name}`,
      })),
  ];
}

function DirectiveDetail({
  id,
  unitCode,
  resolutionId,
  canEdit,
  onOpen,
}: {
  id: string;
  unitCode: string;
  resolutionId: string | undefined;
  canEdit: boolean;
  onOpen: (t: TaskView) => void;
}) {
  const data = useAsync(
    () =>
      Promise.all([
        loadDirective(id),
        canEdit ? loadPeople(unitCode) : Promise.resolve([]),
        canEdit ? loadLinkOptions(unitCode, resolutionId).catch(() => []) : Promise.resolve([]),
      ]),
    `${id}|${canEdit}|${resolutionId ?? ''}`,
  );
  if (data.loading && !data.data) return <Loading />;
  if (data.error !== undefined) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  if (!data.data) return null;
  const [page, people, linkOptions] = data.data;
  const d = page.directive;
  const numbers = page.tasks.map((t) => Number(t.number)).filter((n) => Number.isFinite(n));
  return (
    <div className="directive-page" data-testid="directive-page">
      <button type="button" className="button-link" onClick={() => setQueryParam('d', undefined)}>
        {w('back')}
      </button>
      <h2>
        {d.number} · {shortDate(d.issuedOn)} · {d.issuer}
      </h2>
      <p>{d.title}</p>
      {d.note && <p className="muted">{d.note}</p>}
      <CountLines lines={page.countLines} />
      <TaskTable tasks={page.tasks} showDirective={false} onOpen={onOpen} />
      {canEdit && (
        <>
          <AssignForm
            directiveId={d.id}
            nextNumber={String((numbers.length ? Math.max(...numbers) : 0) + 1)}
            people={people}
            linkOptions={linkOptions}
            onSaved={data.reload}
          />
          <ImportDrafts directiveId={d.id} people={people} onSaved={data.reload} />
        </>
      )}
      <ReportDownload unitCode={unitCode} directiveId={d.id} />
    </div>
  );
}

export default function TasksScreen({ unit, resolutionId }: WorkspaceProps) {
  const { query, path } = useLocation();
  const asked = query.get('view');
  const view = query.get('d')
    ? 'directives'
    : asked === 'directives' || asked === 'programmes' || asked === 'settings'
      ? asked
      : 'board';
  const directiveId = query.get('d');
  const taskId = query.get('task');
  const [version, setVersion] = useState(0);
  const canEdit = atLeast(unit.role, 'editor');
  const canLead = atLeast(unit.role, 'approver');
  const open = (task: TaskView) => setQueryParam('task', task.id);
  return (
    <div className="tasks-screen" key={version}>
      <div className="segmented" role="group">
        <button
          type="button"
          aria-pressed={view === 'board'}
          onClick={() => navigate(buildPath(path, { view: 'board' }))}
          data-testid="view-board"
        >
          {w('board')}
        </button>
        <button
          type="button"
          aria-pressed={view === 'directives'}
          onClick={() => navigate(buildPath(path, { view: 'directives' }))}
          data-testid="view-directives"
        >
          {w('directives')}
        </button>
        <button
          type="button"
          aria-pressed={view === 'programmes'}
          onClick={() => navigate(buildPath(path, { view: 'programmes' }))}
        >
          {w('programmes')}
        </button>
        {canLead && (
          <button
            type="button"
            aria-pressed={view === 'settings'}
            onClick={() => navigate(buildPath(path, { view: 'settings' }))}
          >
            {w('settings')}
          </button>
        )}
      </div>
      <div className={taskId ? 'tasks-with-panel' : undefined}>
        <div>
          {view === 'board' && (
            <Board unitCode={unit.code} resolutionId={resolutionId} canLead={canLead} onOpen={open} />
          )}
          {view === 'directives' && !directiveId && <Directives unitCode={unit.code} canEdit={canEdit} />}
          {view === 'directives' && directiveId && (
            <DirectiveDetail
              id={directiveId}
              unitCode={unit.code}
              resolutionId={resolutionId}
              canEdit={canEdit}
              onOpen={open}
            />
          )}
          {view === 'programmes' && (
            <ProgrammesView
              unitCode={unit.code}
              resolutionId={resolutionId}
              canEdit={canEdit}
              canDecide={canLead}
            />
          )}
          {view === 'settings' && (
            <ChaseSettings unitCode={unit.code} canAdmin={atLeast(unit.role, 'admin')} />
          )}
        </div>
        {taskId && (
          <TaskPanel
            taskId={taskId}
            onClose={() => setQueryParam('task', undefined)}
            onChanged={() => setVersion((v) => v)}
          />
        )}
      </div>
    </div>
  );
}

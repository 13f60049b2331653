/**
 * Programmes, breakthroughs, key works and projects of the unit: the current list (dropped ones
 * struck through, renamed ones with their former name), each one's decisions, and for approvers
 * a decision to rename or drop with its document, date and reason.
 */
import { DateInput } from '../../components/DateInput';
import { useState, type FormEvent } from 'react';
import { ErrorNotice, Loading } from '../../components/Notices';
import { api } from '../../lib/api';
import { useAsync } from '../../lib/use-async';
import type { z } from 'zod';
import type { programmeDetailAnswer, programmesAnswer } from '../../../schema/api';
import { vietnamToday } from './api';
import { shortDate, w } from './words';
import { formatNumberVi } from '../../lib/core';

type Programmes = z.output<typeof programmesAnswer>;
type ProgrammeDetail = z.output<typeof programmeDetailAnswer>;

const KINDS = ['chuong-trinh', 'dot-pha', 'cong-trinh-du-an', 'de-an', 'ke-hoach'] as const;
type Kind = (typeof KINDS)[number];
const CHANGES = ['create', 'rename', 'change', 'drop'] as const;
type Change = (typeof CHANGES)[number];

const kindWord = (kind: string): string =>
  KINDS.includes(kind as Kind) ? w(`programmeKind_${kind as Kind}`) : kind;
const changeWord = (change: string): string =>
  CHANGES.includes(change as Change) ? w(`programmeChange_${change as Change}`) : change;

/** The unit investments are counted in unless the user writes another (a unit name: data). */
const DEFAULT_INVESTMENT_UNIT = 'tỷ đồng';

function Decision({ id, onSaved }: { id: string; onSaved: () => void }) {
  const [form, setForm] = useState({
    change: 'rename',
    name: '',
    decision: '',
    decidedOn: vietnamToday(),
    reason: '',
  });
  const [error, setError] = useState<unknown>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const { name: _name, ...rest } = form;
      await api(
        'POST',
        `/api/programmes/${encodeURIComponent(id)}/decisions`,
        form.change === 'rename' ? form : rest,
      );
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <select value={form.change} onChange={(e) => setForm({ ...form, change: e.target.value })}>
        <option value="rename">{changeWord('rename')}</option>
        <option value="drop">{changeWord('drop')}</option>
      </select>
      {form.change === 'rename' && (
        <label>
          <span>{w('newName')}</span>
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        </label>
      )}
      <label>
        <span>{w('decision')}</span>
        <input
          value={form.decision}
          onChange={(e) => setForm({ ...form, decision: e.target.value })}
          required
        />
      </label>
      <label>
        <span>{w('decidedOn')}</span>
        <DateInput value={form.decidedOn} onChange={(v) => setForm({ ...form, decidedOn: v })} required />
      </label>
      <label>
        <span>{w('reason')}</span>
        <input value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} required />
      </label>
      <button type="submit">{w('save')}</button>
      {error !== undefined && <ErrorNotice error={error} />}
    </form>
  );
}

function History({ id }: { id: string }) {
  const data = useAsync(() => api<ProgrammeDetail>('GET', `/api/programmes/${encodeURIComponent(id)}`), id);
  if (!data.data) return <Loading />;
  const milestones = data.data.programme.milestones;
  return (
    <ol className="programme-history">
      {milestones.length > 0 && (
        <li>
          {w('milestones')}:{' '}
          {milestones
            .map(
              (m) =>
                `${m.name} (${[
                  m.dueOn ? w('milestoneDue', { date: shortDate(m.dueOn) }) : '',
                  m.reachedOn ? w('milestoneReached', { date: shortDate(m.reachedOn) }) : '',
                ]
                  .filter(Boolean)
                  .join(', ')})`,
            )
            .join('; ')}
        </li>
      )}
      {data.data.history.map((h) => (
        <li key={h.revision}>
          {changeWord(h.change)}: {h.name}
          {h.decision ? ` — ${h.decision}, ${shortDate(h.decidedOn)}` : ''}
          {h.reason ? `. ${h.reason}` : ''}
        </li>
      ))}
      {data.data.reports.map((r) => (
        <li key={r.id}>
          {shortDate(r.reportedOn)}: {r.text}
        </li>
      ))}
    </ol>
  );
}

function NewProgramme({
  unitCode,
  resolutionId,
  onSaved,
}: {
  unitCode: string;
  resolutionId?: string;
  onSaved: () => void;
}) {
  const [form, setForm] = useState({
    kind: 'cong-trinh-du-an',
    code: '',
    name: '',
    investment: '',
    investmentUnit: DEFAULT_INVESTMENT_UNIT,
  });
  const [error, setError] = useState<unknown>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api('POST', `/api/units/${encodeURIComponent(unitCode)}/programmes`, {
        kind: form.kind,
        name: form.name,
        ...(form.code ? { code: form.code } : {}),
        ...(form.investment
          ? {
              investment: Number(form.investment.replace(/\./g, '').replace(',', '.')),
              investmentUnit: form.investmentUnit,
            }
          : {}),
        ...(resolutionId ? { resolutionId } : {}),
      });
      setForm({ ...form, code: '', name: '', investment: '' });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="panel" onSubmit={submit}>
      <h3>{w('newProgramme')}</h3>
      <div className="form-grid">
        <label>
          <span>{w('kindShort')}</span>
          <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindWord(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{w('number')}</span>
          <input value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} size={6} />
        </label>
        <label className="wide">
          <span>{w('programme')}</span>
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        </label>
        <label>
          <span>{w('investment')}</span>
          <input
            inputMode="decimal"
            value={form.investment}
            onChange={(e) => setForm({ ...form, investment: e.target.value })}
          />
        </label>
        <label>
          <span>{w('unitShort')}</span>
          <input
            value={form.investmentUnit}
            onChange={(e) => setForm({ ...form, investmentUnit: e.target.value })}
          />
        </label>
      </div>
      <button type="submit" className="button-primary">
        {w('save')}
      </button>
      {error !== undefined && <ErrorNotice error={error} />}
    </form>
  );
}

function ProgrammeProgress({ id, onSaved }: { id: string; onSaved: () => void }) {
  const [form, setForm] = useState({ text: '', percent: '', disbursed: '' });
  const [error, setError] = useState<unknown>();
  const num = (x: string) => Number(x.replace(/\./g, '').replace(',', '.'));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api('POST', `/api/programmes/${encodeURIComponent(id)}/reports`, {
        text: form.text,
        ...(form.percent ? { percent: num(form.percent) } : {}),
        ...(form.disbursed ? { disbursed: num(form.disbursed) } : {}),
      });
      setForm({ text: '', percent: '', disbursed: '' });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label>
        <span>{w('reportProgress')}</span>
        <input value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} required />
      </label>
      <label>
        <span>{w('percent')}</span>
        <input
          inputMode="decimal"
          value={form.percent}
          onChange={(e) => setForm({ ...form, percent: e.target.value })}
          size={5}
        />
      </label>
      <label>
        <span>{w('disbursed')}</span>
        <input
          inputMode="decimal"
          value={form.disbursed}
          onChange={(e) => setForm({ ...form, disbursed: e.target.value })}
          size={8}
        />
      </label>
      <button type="submit">{w('send')}</button>
      {error !== undefined && <ErrorNotice error={error} />}
    </form>
  );
}

export function ProgrammesView({
  unitCode,
  resolutionId,
  canEdit,
  canDecide,
}: {
  unitCode: string;
  resolutionId?: string;
  canEdit: boolean;
  canDecide: boolean;
}) {
  const data = useAsync(
    () => api<Programmes>('GET', `/api/units/${encodeURIComponent(unitCode)}/programmes`),
    unitCode,
  );
  const [open, setOpen] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  if (data.loading && !data.data) return <Loading />;
  if (data.error !== undefined) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  const list = data.data?.programmes ?? [];
  return (
    <div className="programmes">
      {!list.length && <p className="muted">{w('noProgrammes')}</p>}
      <table className="task-table" data-testid="programmes">
        <thead>
          <tr>
            <th>{w('kindShort')}</th>
            <th>{w('number')}</th>
            <th>{w('programme')}</th>
            <th>{w('investment')}</th>
            <th>{w('status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr key={p.id} className={p.status === 'dropped' ? 'dropped' : undefined}>
              <td>{kindWord(p.kind)}</td>
              <td>{p.code}</td>
              <td>
                {p.status === 'dropped' ? <s>{p.name}</s> : p.name}
                {open === p.id && <History key={version} id={p.id} />}
                {open === p.id && canEdit && p.status !== 'dropped' && (
                  <ProgrammeProgress id={p.id} onSaved={() => setVersion((v) => v + 1)} />
                )}
                {open === p.id && canDecide && p.status !== 'dropped' && (
                  <Decision
                    id={p.id}
                    onSaved={() => {
                      setVersion((v) => v + 1);
                      data.reload();
                    }}
                  />
                )}
              </td>
              <td>
                {p.investment != null
                  ? `${formatNumberVi(p.investment, 3, { trimZeros: true })} ${p.investmentUnit ?? ''}`
                  : ''}
              </td>
              <td>
                {p.status === 'dropped'
                  ? changeWord('drop')
                  : p.change === 'create'
                    ? ''
                    : changeWord(p.change)}
                {p.decidedOn ? ` (${shortDate(p.decidedOn)})` : ''}
              </td>
              <td>
                <button
                  type="button"
                  className="button-small"
                  onClick={() => setOpen(open === p.id ? null : p.id)}
                >
                  {w('history')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && <NewProgramme unitCode={unitCode} resolutionId={resolutionId} onSaved={data.reload} />}
    </div>
  );
}

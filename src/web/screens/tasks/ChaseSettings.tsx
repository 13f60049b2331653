/**
 * The office's reminder schedule (days before the deadline, the day itself, every few days while
 * overdue, when the superior hears, "sắp đến hạn", channels) and people's e-mail and superior.
 */
import { formatDateTime } from '../../lib/date-time';
import { useState, type FormEvent } from 'react';
import { ErrorNotice, Loading } from '../../components/Notices';
import { api } from '../../lib/api';
import { useAsync } from '../../lib/use-async';
import type { z } from 'zod';
import type { scheduleAnswer } from '../../../schema/api';
import { loadPeople } from './api';
import type { Message, Person } from './types';
import { channelWords, w } from './words';

type Schedule = z.output<typeof scheduleAnswer>['schedule'];

function ScheduleForm({
  unitCode,
  schedule,
  onSaved,
}: {
  unitCode: string;
  schedule: Schedule;
  onSaved: () => void;
}) {
  const [form, setForm] = useState({
    beforeDays: schedule.beforeDays.join(', '),
    onTheDay: schedule.onTheDay,
    overdueEveryDays: String(schedule.overdueEveryDays),
    escalateAfterDays: schedule.escalateAfterDays == null ? '' : String(schedule.escalateAfterDays),
    dueSoonDays: String(schedule.dueSoonDays),
    email: schedule.channels.includes('email'),
  });
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api('PUT', `/api/units/${encodeURIComponent(unitCode)}/reminder-schedule`, {
        beforeDays: form.beforeDays
          .split(/[,; ]+/)
          .filter(Boolean)
          .map(Number),
        onTheDay: form.onTheDay,
        overdueEveryDays: Number(form.overdueEveryDays),
        escalateAfterDays: form.escalateAfterDays ? Number(form.escalateAfterDays) : null,
        dueSoonDays: Number(form.dueSoonDays),
        channels: form.email ? ['in-app', 'email'] : ['in-app'],
      });
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      <label>
        <span>{w('beforeDays')}</span>
        <input value={form.beforeDays} onChange={(e) => setForm({ ...form, beforeDays: e.target.value })} />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.onTheDay}
          onChange={(e) => setForm({ ...form, onTheDay: e.target.checked })}
        />
        <span>{w('onTheDay')}</span>
      </label>
      <label>
        <span>{w('overdueEvery')}</span>
        <input
          inputMode="numeric"
          value={form.overdueEveryDays}
          onChange={(e) => setForm({ ...form, overdueEveryDays: e.target.value })}
        />
      </label>
      <label>
        <span>{w('escalateAfter')}</span>
        <input
          inputMode="numeric"
          value={form.escalateAfterDays}
          onChange={(e) => setForm({ ...form, escalateAfterDays: e.target.value })}
        />
      </label>
      <label>
        <span>{w('dueSoonDays')}</span>
        <input
          inputMode="numeric"
          value={form.dueSoonDays}
          onChange={(e) => setForm({ ...form, dueSoonDays: e.target.value })}
        />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.checked })}
        />
        <span>{w('byEmail')}</span>
      </label>
      <button type="submit" className="button-primary">
        {w('save')}
      </button>
      {saved && <p role="status">{w('saved')}</p>}
      {error !== undefined && <ErrorNotice error={error} />}
    </form>
  );
}

function ContactRow({
  unitCode,
  person,
  people,
  canAdmin,
}: {
  unitCode: string;
  person: Person;
  people: Person[];
  canAdmin: boolean;
}) {
  const [email, setEmail] = useState(person.email ?? '');
  const [superior, setSuperior] = useState(person.superiorUserId ?? '');
  const [state, setState] = useState<unknown>();
  const save = async () => {
    try {
      await api('PUT', `/api/units/${encodeURIComponent(unitCode)}/people/${person.userId}/contact`, {
        email: email || null,
        superiorUserId: superior || null,
        phone: person.phone,
        title: person.title,
      });
      setState('ok');
    } catch (e) {
      setState(e);
    }
  };
  return (
    <tr>
      <td>
        {person.displayName} <small className="muted">({person.username})</small>
      </td>
      <td>
        {canAdmin ? (
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        ) : (
          person.email
        )}
      </td>
      <td>
        {canAdmin ? (
          <select value={superior} onChange={(e) => setSuperior(e.target.value)}>
            <option value="">{w('nobody')}</option>
            {people
              .filter((p) => p.userId !== person.userId)
              .map((p) => (
                <option key={p.userId} value={p.userId}>
                  {p.displayName}
                </option>
              ))}
          </select>
        ) : (
          (people.find((p) => p.userId === person.superiorUserId)?.displayName ?? '')
        )}
      </td>
      <td>
        {canAdmin && (
          <button type="button" className="button-small" onClick={() => void save()}>
            {w('save')}
          </button>
        )}
        {state === 'ok' ? ' ✓' : state !== undefined && <ErrorNotice error={state} />}
      </td>
    </tr>
  );
}

/** The log of every message sent about the unit's tasks, newest first. */
function MessageLog({ unitCode }: { unitCode: string }) {
  const data = useAsync(
    () => api<{ messages: Message[] }>('GET', `/api/units/${encodeURIComponent(unitCode)}/messages`),
    unitCode,
  );
  if (!data.data) return data.error !== undefined ? <ErrorNotice error={data.error} /> : <Loading />;
  const messages = data.data.messages;
  return (
    <section className="panel">
      <h3>{w('messageLog', { n: messages.length })}</h3>
      {messages.length === 0 ? (
        <p className="muted">{w('noMessages')}</p>
      ) : (
        <div className="table-scroll">
          <table className="task-table" data-testid="message-log">
            <thead>
              <tr>
                <th>{w('sentAt')}</th>
                <th>{w('channel')}</th>
                <th>{w('address')}</th>
                <th>{w('subject')}</th>
                <th>{w('status')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.sentAt ?? m.createdAt)}</td>
                  <td>{channelWords(m.channel)}</td>
                  <td>{m.address ?? ''}</td>
                  <td>{m.subject}</td>
                  <td className={m.status === 'failed' ? 'red' : undefined}>
                    {w(`status_${m.status}`)}
                    {m.error ? `: ${m.error}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ChaseSettings({ unitCode, canAdmin }: { unitCode: string; canAdmin: boolean }) {
  const data = useAsync(
    () =>
      Promise.all([
        api<{ schedule: Schedule }>('GET', `/api/units/${encodeURIComponent(unitCode)}/reminder-schedule`),
        loadPeople(unitCode),
      ]),
    unitCode,
  );
  if (data.loading && !data.data) return <Loading />;
  if (data.error !== undefined) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  if (!data.data) return null;
  const [{ schedule }, people] = data.data;
  return (
    <div className="chase-settings">
      <section className="panel">
        <h3>{w('schedule')}</h3>
        {schedule.fromUnitCode !== unitCode && (
          <p className="muted">
            {schedule.fromUnitCode
              ? w('scheduleInherited', { from: schedule.fromUnitCode })
              : w('scheduleDefault')}
          </p>
        )}
        <ScheduleForm unitCode={unitCode} schedule={schedule} onSaved={data.reload} />
      </section>
      <section className="panel">
        <h3>{w('contacts')}</h3>
        <table className="task-table">
          <thead>
            <tr>
              <th>{w('owner')}</th>
              <th>E-mail</th>
              <th>{w('superior')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <ContactRow key={p.userId} unitCode={unitCode} person={p} people={people} canAdmin={canAdmin} />
            ))}
          </tbody>
        </table>
      </section>
      <MessageLog unitCode={unitCode} />
    </div>
  );
}

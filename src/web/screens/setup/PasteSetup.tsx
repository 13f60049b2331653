/**
 * Setting up a resolution from its own text: paste the list of main targets (or choose its
 * .docx), the core's recogniser drafts every target, the user corrects the table and creates the
 * resolution in one request. The term, congress number and issuing body start from the unit.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  FIELDS,
  TARGET_KINDS,
  type Direction,
  type Field,
  type Qualifier,
  type TargetKind,
} from '../../../core';
import { SelectField, TextField } from '../../components/FormField';
import { ErrorNotice } from '../../components/Notices';
import { api } from '../../lib/api';
import {
  draftAsTarget,
  formatGoal,
  formatNumberVi,
  labelsFor,
  parseNumberVi,
  parseShortDateVi,
  recogniseTargets,
  showPercent,
  type RecognisedTarget,
} from '../../lib/core';
import { getLang, useT } from '../../lib/i18n';
import { fieldLabel, kindLabel } from '../../lib/labels';
import type { FlatUnit } from '../../lib/units';
import {
  committeeOf,
  defaultCongressNumber,
  defaultTerm,
  issuerNameOf,
  placeOf,
  resolutionTitleOf,
} from './defaults';
import { ListFileInput } from './ListFileInput';
import './setup.css';

type Draft = RecognisedTarget & { code: string; valueText: string; error?: string };

const QUALIFIERS: Qualifier[] = ['none', 'at-least', 'more-than', 'less-than', 'at-most', 'about'];

/** The goal as the table lets it be typed: "15", "7,5-8"; other goals are shown, not typed. */
function valueTextOf(d: RecognisedTarget): string {
  const n = (x: number) => formatNumberVi(x, d.precision, { trimZeros: true });
  if (d.goal.type === 'number') return n(d.goal.value);
  if (d.goal.type === 'range') return `${n(d.goal.min)}-${n(d.goal.max)}`;
  return '';
}

/** The typed goal read back into the draft, or the draft with its error. */
function withValue(d: Draft, text: string, t: ReturnType<typeof useT>): Draft {
  const next: Draft = { ...d, valueText: text, error: undefined };
  if (d.goal.type !== 'number' && d.goal.type !== 'range') return next;
  const parts = text.split(/\s*[-–]\s*(?=\d)/);
  const numbers = parts.map((p) => parseNumberVi(p));
  if (text.trim() === '') return { ...next, error: t('valueRequired') };
  if (numbers.some((r) => !r.ok) || numbers.length > 2)
    return { ...next, error: t('valueNotNumber', { text }) };
  const values = numbers.map((r) => (r.ok ? r.value : 0));
  if (values.length === 2)
    return { ...next, kind: 'range', goal: { type: 'range', min: values[0] ?? 0, max: values[1] ?? 0 } };
  return {
    ...next,
    kind: d.kind === 'range' ? 'ratio' : d.kind,
    goal: { type: 'number', value: values[0] ?? 0 },
  };
}

export function PasteSetup({ unit, onCreated }: { unit: FlatUnit; onCreated: (id: string) => void }) {
  const t = useT();
  const today = new Date().toISOString().slice(0, 10);
  const [term, setTerm] = useState(() => defaultTerm(unit, today));
  const [number, setNumber] = useState(() => defaultCongressNumber(unit, defaultTerm(unit, today)));
  const [date, setDate] = useState('');
  const [issuerKind, setIssuerKind] = useState<'party' | 'state'>('party');
  const [issuerName, setIssuerName] = useState(() => issuerNameOf(unit.name, 'party'));
  const [text, setText] = useState('');
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [reveal, setReveal] = useState(0);

  // An error is shown where the user is: the first wrong field is scrolled to and focused.
  useEffect(() => {
    if (reveal === 0) return;
    const form = formRef.current;
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"], .notice-error');
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    if (!first.hasAttribute('tabindex') && !/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(first.tagName))
      first.setAttribute('tabindex', '-1');
    first.focus();
  }, [reveal]);

  function recognise(source: string) {
    const { drafts: found } = recogniseTargets(source, { term });
    setDrafts(found.map((d) => ({ ...d, valueText: valueTextOf(d) })));
    setNotice(found.length > 0 ? t('recognised', { n: found.length }) : t('recognisedNone'));
  }

  function takeText(content: string) {
    setText(content);
    recognise(content);
  }

  const update = (index: number, patch: Partial<Draft>) =>
    setDrafts((list) => list?.map((d, i) => (i === index ? { ...d, ...patch, doubts: [] } : d)) ?? null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d+$/.test(number)) found.number = t('numberRequired');
    if (!/^\d{4}-\d{4}$/.test(term)) found.term = t('termFormat');
    if (!issuerName.trim()) found.issuerName = t('required');
    const parsedDate = date.trim() ? parseShortDateVi(date) : undefined;
    if (parsedDate && !parsedDate.ok) found.date = t('dateFormat');
    const list = (drafts ?? []).map((d) => withValue(d, d.valueText, t));
    setDrafts(list);
    const wrong = list.filter((d) => d.error).length;
    if (wrong > 0) found.drafts = t('fixDrafts', { n: wrong });
    setErrors(found);
    if (Object.keys(found).length > 0 || list.length === 0) {
      setReveal((n) => n + 1);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const committee = committeeOf(unit.name);
      const created = await api<{ id: string }>(
        'POST',
        `/api/units/${encodeURIComponent(unit.code)}/resolutions`,
        {
          title: resolutionTitleOf(unit.name, { number, term }),
          congress: {
            number: Number(number),
            term,
            committee,
            ...(parsedDate?.ok ? { date: parsedDate.date } : {}),
          },
          issuer: { kind: issuerKind, name: issuerName.trim(), place: placeOf(unit.name) },
          targets: list.map((d) => draftAsTarget(d, crypto.randomUUID())),
        },
      );
      onCreated(created.id);
    } catch (error) {
      setFailure(error);
      setReveal((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const parts = labelsFor(getLang()).recognisedPart;
  return (
    <form
      ref={formRef}
      className="panel paste-setup"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="paste-title"
    >
      <h2 id="paste-title">{t('pasteTitle')}</h2>
      <p className="help">{t('pasteHelp')}</p>
      <div className="form-row">
        <TextField
          label={t('congressNumber')}
          value={number}
          onChange={setNumber}
          error={errors.number}
          inputMode="numeric"
          size={4}
          name="congress-number"
        />
        <TextField
          label={t('term')}
          value={term}
          onChange={setTerm}
          error={errors.term}
          size={10}
          name="term"
        />
        <TextField
          label={`${t('congressDate')} (${t('dateHint')})`}
          value={date}
          onChange={setDate}
          error={errors.date}
          placeholder="15/08/2025"
          inputMode="numeric"
          size={11}
          name="congress-date"
        />
        <SelectField
          label={t('issuerKind')}
          value={issuerKind}
          onChange={(kind) => {
            setIssuerKind(kind);
            setIssuerName(issuerNameOf(unit.name, kind));
          }}
          options={[
            { value: 'party', label: t('issuerParty') },
            { value: 'state', label: t('issuerState') },
          ]}
        />
        <TextField
          className="grow"
          label={t('issuerName')}
          value={issuerName}
          onChange={setIssuerName}
          error={errors.issuerName}
          name="issuer-name"
        />
      </div>
      <label className="paste-box">
        {t('pasteLabel')}
        <textarea
          rows={6}
          value={text}
          placeholder={t('pastePlaceholder')}
          onChange={(event) => setText(event.target.value)}
          onPaste={(event) => {
            const pasted = event.clipboardData.getData('text/plain');
            if (pasted && text.trim() === '') {
              event.preventDefault();
              setText(pasted);
              recognise(pasted);
            }
          }}
          name="targets-text"
        />
      </label>
      <div className="form-row">
        <button type="button" onClick={() => recognise(text)} disabled={!text.trim()}>
          {t('recognise')}
        </button>
        <ListFileInput onText={takeText} onProblem={setNotice} />
      </div>
      {notice && (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      {drafts && drafts.length > 0 && (
        <div className="table-scroll">
          <table className="plain-table draft-table">
            <thead>
              <tr>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">
                  <span className="stacked">{t('field')}</span>
                  <span className="stacked">{t('kind')}</span>
                </th>
                <th scope="col">
                  <span className="stacked">{t('direction')}</span>
                  <span className="stacked">{t('qualifier')}</span>
                </th>
                <th scope="col">
                  <span className="stacked">{t('rangeOrValue')}</span>
                  <span className="stacked">{t('unitOfMeasure')}</span>
                </th>
                <th scope="col">
                  <span className="stacked">{t('targetYear')}</span>
                  <span className="stacked">{t('confidence')}</span>
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((d, i) => {
                const doubt = (part: RecognisedTarget['doubts'][number]) =>
                  d.doubts.includes(part) ? 'doubt' : undefined;
                const editable = d.goal.type === 'number' || d.goal.type === 'range';
                return (
                  <tr key={`${d.code}-${i}`} className={d.error ? 'row-invalid' : undefined}>
                    <td>{d.code}</td>
                    <td>
                      <input
                        aria-label={`${t('name')} ${d.code}`}
                        value={d.name}
                        onChange={(event) => update(i, { name: event.target.value })}
                      />
                      <small className="muted" title={t('sourceText')}>
                        «{d.source}»
                      </small>
                    </td>
                    <td>
                      <select
                        aria-label={`${t('field')} ${d.code}`}
                        className={doubt('field')}
                        value={d.field}
                        onChange={(event) => update(i, { field: event.target.value as Field })}
                      >
                        {FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {fieldLabel(f)}
                          </option>
                        ))}
                      </select>
                      <select
                        aria-label={`${t('kind')} ${d.code}`}
                        className={doubt('kind')}
                        value={d.kind}
                        onChange={(event) => update(i, { kind: event.target.value as TargetKind })}
                      >
                        {TARGET_KINDS.map((k) => (
                          <option key={k} value={k} disabled={!kindFits(k, d)}>
                            {kindLabel(k)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={`${t('direction')} ${d.code}`}
                        className={doubt('direction')}
                        value={d.direction}
                        onChange={(event) => update(i, { direction: event.target.value as Direction })}
                      >
                        <option value="higher-is-better">{t('higherBetter')}</option>
                        <option value="lower-is-better">{t('lowerBetter')}</option>
                      </select>
                      <select
                        aria-label={`${t('qualifier')} ${d.code}`}
                        className={doubt('qualifier')}
                        value={d.qualifier}
                        onChange={(event) => update(i, { qualifier: event.target.value as Qualifier })}
                      >
                        {QUALIFIERS.map((q) => (
                          <option key={q} value={q}>
                            {labelsFor(getLang()).qualifier[q] || '='}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {editable ? (
                        <input
                          aria-label={`${t('rangeOrValue')} ${d.code}`}
                          className={doubt('value')}
                          aria-invalid={d.error ? true : undefined}
                          value={d.valueText}
                          size={9}
                          inputMode="decimal"
                          onChange={(event) => update(i, withValue(d, event.target.value, t))}
                        />
                      ) : (
                        formatGoal(draftAsTarget(d, 'x'))
                      )}
                      {d.error && <span className="field-error">{d.error}</span>}
                      <input
                        aria-label={`${t('unitOfMeasure')} ${d.code}`}
                        className={doubt('unit')}
                        value={d.unit}
                        size={8}
                        onChange={(event) => update(i, { unit: event.target.value })}
                      />
                    </td>
                    <td
                      title={
                        d.doubts.length
                          ? t('checkParts', { parts: d.doubts.map((p) => parts[p]).join(', ') })
                          : undefined
                      }
                    >
                      <span className={['stacked', doubt('year')].filter(Boolean).join(' ')}>
                        {d.targetYear ?? ''}
                      </span>
                      <span className="stacked muted">{showPercent(d.confidence, 0).text}</span>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button-small"
                        onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
                      >
                        {t('remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {errors.drafts && (
        <p className="notice notice-error" role="alert">
          {errors.drafts}
        </p>
      )}
      {drafts && drafts.length > 0 && (
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('saving') : t('createWith', { n: drafts.length })}
          </button>
        </div>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
    </form>
  );
}

/** Kinds a draft can be switched to without retyping its goal. */
function kindFits(kind: TargetKind, d: RecognisedTarget): boolean {
  const type = d.goal.type;
  if (type === 'number') return !['range', 'milestone', 'grade', 'structure'].includes(kind);
  if (type === 'range') return kind === 'range';
  return kind === d.kind;
}

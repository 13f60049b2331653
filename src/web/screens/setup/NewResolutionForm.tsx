/** Creating a resolution with its targets, grouped by field, in one request. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FIELDS, type Field } from '../../../core';
import { SelectField, TextField } from '../../components/FormField';
import { ErrorNotice } from '../../components/Notices';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { fieldLabel } from '../../lib/labels';
import type { FlatUnit } from '../../lib/units';
import { draftErrorsFromIssues } from './server-issues';
import { committeeOf, defaultTerm, issuerNameOf, placeOf, resolutionTitleOf } from './defaults';
import { parseShortDateVi } from '../../lib/core';
import { draftToTarget, emptyDraft, type DraftErrors, type TargetDraft } from './target-draft';
import { TargetEditor } from './TargetEditor';

interface Meta {
  title: string;
  number: string;
  term: string;
  date: string;
  committee: string;
  issuerName: string;
  place: string;
}

export function NewResolutionForm({ unit, onCreated }: { unit: FlatUnit; onCreated: (id: string) => void }) {
  const t = useT();
  const [meta, setMeta] = useState<Meta>({
    title: resolutionTitleOf(unit.name),
    number: '',
    term: defaultTerm(unit, new Date().toISOString().slice(0, 10)),
    date: '',
    committee: committeeOf(unit.name),
    issuerName: issuerNameOf(unit.name, 'party'),
    place: placeOf(unit.name),
  });
  const [issuerKind, setIssuerKind] = useState<'party' | 'state'>('party');
  const formRef = useRef<HTMLFormElement>(null);
  const [reveal, setReveal] = useState(0);
  // The first error is shown where the user is: scrolled to and focused.
  useEffect(() => {
    if (reveal === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .notice-error');
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    if (!/^(INPUT|SELECT|TEXTAREA)$/.test(first.tagName)) first.setAttribute('tabindex', '-1');
    first.focus();
  }, [reveal]);
  const [drafts, setDrafts] = useState<TargetDraft[]>([emptyDraft()]);
  const [errors, setErrors] = useState<Map<number, DraftErrors>>(new Map());
  const [metaErrors, setMetaErrors] = useState<Partial<Record<keyof Meta, string>>>({});
  const [newField, setNewField] = useState<Field>('kinh-te');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const setM = (key: keyof Meta) => (value: string) => setMeta({ ...meta, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = new Map<number, DraftErrors>();
    const targets = drafts.flatMap((draft, index) => {
      const result = draftToTarget(draft, crypto.randomUUID());
      if (!result.ok) found.set(index, result.errors);
      return result.ok ? [result.target] : [];
    });
    const mErrors: Partial<Record<keyof Meta, string>> = {};
    if (!meta.title.trim()) mErrors.title = t('required');
    if (!/^\d+$/.test(meta.number)) mErrors.number = t('numberRequired');
    if (!/^\d{4}-\d{4}$/.test(meta.term)) mErrors.term = t('termFormat');
    if (!meta.issuerName.trim()) mErrors.issuerName = t('required');
    if (!meta.place.trim()) mErrors.place = t('required');
    const date = meta.date.trim() ? parseShortDateVi(meta.date) : undefined;
    if (date && !date.ok) mErrors.date = t('dateFormat');
    setErrors(found);
    setMetaErrors(mErrors);
    if (found.size > 0 || Object.keys(mErrors).length > 0) {
      setReveal((n) => n + 1);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const body = {
        title: meta.title.trim(),
        congress: {
          number: Number(meta.number),
          term: meta.term,
          committee: meta.committee.trim(),
          ...(date?.ok ? { date: date.date } : {}),
        },
        issuer: { kind: issuerKind, name: meta.issuerName.trim(), place: meta.place.trim() },
        targets,
      };
      const created = await api<{ id: string }>(
        'POST',
        `/api/units/${encodeURIComponent(unit.code)}/resolutions`,
        body,
      );
      onCreated(created.id);
    } catch (error) {
      setFailure(error);
      setErrors(draftErrorsFromIssues(error));
      setReveal((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const byField = FIELDS.map((field) => ({
    field,
    items: drafts.map((draft, index) => ({ draft, index })).filter((d) => d.draft.field === field),
  })).filter((g) => g.items.length > 0);
  return (
    <form
      ref={formRef}
      className="panel"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="new-resolution-title"
    >
      <h2 id="new-resolution-title">{t('createResolution')}</h2>
      <div className="form-row">
        <TextField
          className="grow"
          label={t('title')}
          value={meta.title}
          onChange={setM('title')}
          error={metaErrors.title}
        />
        <TextField
          label={t('congressNumber')}
          value={meta.number}
          onChange={setM('number')}
          error={metaErrors.number}
          inputMode="numeric"
          size={4}
        />
        <TextField
          label={t('term')}
          value={meta.term}
          onChange={setM('term')}
          error={metaErrors.term}
          size={10}
        />
        <TextField
          label={`${t('congressDate')} (${t('dateHint')})`}
          value={meta.date}
          onChange={setM('date')}
          error={metaErrors.date}
          placeholder="15/08/2025"
          size={11}
        />
      </div>
      <div className="form-row">
        <TextField
          className="grow"
          label={t('committee')}
          value={meta.committee}
          onChange={setM('committee')}
        />
        <SelectField
          label={t('issuerKind')}
          value={issuerKind}
          onChange={(kind) => {
            setIssuerKind(kind);
            setMeta({ ...meta, issuerName: issuerNameOf(unit.name, kind) });
          }}
          options={[
            { value: 'party', label: t('issuerParty') },
            { value: 'state', label: t('issuerState') },
          ]}
        />
        <TextField
          className="grow"
          label={t('issuerName')}
          value={meta.issuerName}
          onChange={setM('issuerName')}
          error={metaErrors.issuerName}
        />
        <TextField label={t('place')} value={meta.place} onChange={setM('place')} error={metaErrors.place} />
      </div>
      {byField.map((group) => (
        <section key={group.field} className="field-group">
          <h3>{fieldLabel(group.field)}</h3>
          {group.items.map(({ draft, index }) => (
            <TargetEditor
              key={index}
              legend={`${t('target')} ${draft.code || index + 1}`}
              draft={draft}
              errors={errors.get(index) ?? {}}
              onChange={(next) => setDrafts(drafts.map((d, i) => (i === index ? next : d)))}
              onRemove={drafts.length > 1 ? () => setDrafts(drafts.filter((_, i) => i !== index)) : undefined}
            />
          ))}
        </section>
      ))}
      <div className="button-row">
        <SelectField
          label={t('field')}
          value={newField}
          onChange={setNewField}
          options={FIELDS.map((f) => ({ value: f, label: fieldLabel(f) }))}
        />
        <button
          type="button"
          onClick={() => setDrafts([...drafts, emptyDraft(newField, String(drafts.length + 1))])}
        >
          {t('addTarget')}
        </button>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('saving') : t('createResolution')}
        </button>
      </div>
      {failure !== null && <ErrorNotice error={failure} />}
    </form>
  );
}

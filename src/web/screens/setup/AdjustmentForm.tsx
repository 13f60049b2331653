/** Recording an adjustment of a target's goal with its deciding document (number, date, reason). */
import { useState, type FormEvent } from 'react';
import type { ResolutionDossier, TargetGoal } from '../../../core';
import { SelectField, TextField } from '../../components/FormField';
import { errorMessage } from '../../components/Notices';
import { api, issueFor } from '../../lib/api';
import { DateInput } from '../../components/DateInput';
import { formatShortDateVi, parseNumberVi } from '../../lib/core';
import { formatGoal } from '../../lib/core';
import { useT } from '../../lib/i18n';

export function AdjustmentForm({ dossier, onDone }: { dossier: ResolutionDossier; onDone: () => void }) {
  const t = useT();
  const targets = dossier.targets.filter(
    (target) => !target.dropped && (target.goal.type === 'number' || target.goal.type === 'range'),
  );
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const [value, setValue] = useState('');
  const [decision, setDecision] = useState('');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const target = targets.find((candidate) => candidate.id === targetId);
  if (!target) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const parts = value.split(/\s*-\s*/).map((part) => parseNumberVi(part));
    let newGoal: TargetGoal | undefined;
    if (target?.goal.type === 'range' && parts.length === 2 && parts[0]?.ok && parts[1]?.ok)
      newGoal = { type: 'range', min: parts[0].value, max: parts[1].value };
    else if (target?.goal.type === 'number' && parts.length === 1 && parts[0]?.ok)
      newGoal = { type: 'number', value: parts[0].value };
    if (!newGoal) found.value = target?.goal.type === 'range' ? t('setup.newRange') : t('setup.newNumber');
    if (!decision.trim()) found.decision = t('setup.decisionRequired');
    if (!date) found.date = t('setup.dateRequired');
    setErrors(found);
    if (Object.keys(found).length > 0 || !newGoal || !target) return;
    setFailure(null);
    try {
      await api('POST', `/api/targets/${encodeURIComponent(target.id)}/adjustments`, {
        newGoal,
        decision: decision.trim(),
        date,
        reason: reason.trim() || undefined,
      });
      setDone(true);
      onDone();
    } catch (error) {
      setFailure(error);
    }
  }

  const err = (key: string) =>
    errors[key] ?? issueFor(failure, key) ?? (key === 'value' ? issueFor(failure, 'newGoal') : undefined);
  return (
    <form
      className="panel"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="adjust-title"
    >
      <h2 id="adjust-title">{t('adjustTitle')}</h2>
      <div className="form-row">
        <SelectField
          className="grow"
          label={t('adjustTarget')}
          value={targetId}
          onChange={setTargetId}
          options={targets.map((c) => ({ value: c.id, label: `${c.code}. ${c.name} (${formatGoal(c)})` }))}
        />
        <TextField
          label={t('newGoal')}
          value={value}
          onChange={setValue}
          error={err('value')}
          inputMode="decimal"
        />
      </div>
      <div className="form-row">
        <TextField
          className="grow"
          label={t('decision')}
          value={decision}
          onChange={setDecision}
          error={err('decision')}
          placeholder={t('setup.decisionExample')}
        />
        <label>
          {t('decisionDate')}
          <DateInput
            value={date}
            onChange={setDate}
            aria-invalid={err('date') ? true : undefined}
            aria-describedby={err('date') ? 'adjust-date-error' : undefined}
          />
          {err('date') && (
            <span id="adjust-date-error" className="field-error">
              {err('date')}
            </span>
          )}
        </label>
        <TextField
          className="grow"
          label={t('reason')}
          value={reason}
          onChange={setReason}
          error={err('reason')}
        />
      </div>
      <button type="submit" className="button-primary">
        {t('save')}
      </button>
      {done && (
        <p className="text-ok" role="status">
          {t('adjusted')}
        </p>
      )}
      {failure !== null && !Object.keys(errors).length && (
        <p className="field-error">{errorMessage(failure)}</p>
      )}
      {dossier.adjustments.length > 0 && (
        <>
          <h3>{t('adjustments')}</h3>
          <ul>
            {dossier.adjustments.map((a, index) => {
              const adjusted = dossier.targets.find((c) => c.id === a.targetId);
              return (
                <li key={index}>
                  {adjusted ? `${adjusted.code}. ${adjusted.name}` : a.targetId}: {a.decision},{' '}
                  {formatShortDateVi(a.date)}
                  {a.reason ? ` (${a.reason})` : ''}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </form>
  );
}

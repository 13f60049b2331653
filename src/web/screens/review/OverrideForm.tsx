/** Overriding the suggested assessment of a target, with the reason the committee gives. */
import { useState, type FormEvent } from 'react';
import { BANDS, LIGHTS, VERDICTS, type Band, type Light, type Verdict } from '../../../core';
import type { TargetEvaluation } from '../../../core';
import { api, ApiError, issueFor } from '../../lib/api';
import { buildPath } from '../../lib/router';
import type { OverrideSaved } from '../../lib/types';
import { useT } from '../../lib/i18n';
import { bandLabel, lightLabel, verdictLabel } from '../../lib/labels';
import { errorMessage } from '../../components/Notices';

type Scheme = 'verdict' | 'band' | 'light';

const OPTIONS: Record<Scheme, readonly string[]> = { verdict: VERDICTS, band: BANDS, light: LIGHTS };

function labelOf(scheme: Scheme, value: string): string {
  if (scheme === 'verdict') return verdictLabel(value as Verdict);
  if (scheme === 'band') return bandLabel(value as Band);
  return lightLabel(value as Light);
}

export function OverrideForm({
  evaluation,
  onDone,
  onCancel,
}: {
  evaluation: TargetEvaluation;
  /** Called with the answer: the decision and the resolution evaluated after it. */
  onDone: (answer: OverrideSaved) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [scheme, setScheme] = useState<Scheme>('verdict');
  const [label, setLabel] = useState<string>(evaluation.final.verdict);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `ov-${evaluation.target.id}`;
  const reasonError = error === 'reason' ? t('reasonRequired') : issueFor(error, 'reason');
  const labelError = issueFor(error, 'label');
  const otherError =
    error && error !== 'reason' && !reasonError && !labelError ? errorMessage(error) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setError('reason');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // As of the period on screen, so the answer redraws the same review.
      const answer = await api<OverrideSaved>(
        'POST',
        buildPath(`/api/targets/${encodeURIComponent(evaluation.target.id)}/overrides`, {
          asOf: evaluation.asOf,
        }),
        { scheme, label, reason: reason.trim() },
      );
      onDone(answer);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new Error(errorMessage(failure)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="override-form"
      onSubmit={(event) => void submit(event)}
      aria-label={`${t('override')}: ${evaluation.target.name}`}
      noValidate
    >
      <label>
        {t('scheme')}
        <select
          value={scheme}
          onChange={(event) => {
            const next = event.target.value as Scheme;
            setScheme(next);
            setLabel(
              next === 'verdict'
                ? evaluation.final.verdict
                : next === 'band'
                  ? evaluation.final.band
                  : evaluation.final.light,
            );
          }}
        >
          <option value="verdict">{t('schemeVerdict')}</option>
          <option value="band">{t('schemeBand')}</option>
          <option value="light">{t('schemeLight')}</option>
        </select>
      </label>
      <label>
        {t('newLabel')}
        <select
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          aria-invalid={labelError ? true : undefined}
        >
          {OPTIONS[scheme].map((value) => (
            <option key={value} value={value}>
              {labelOf(scheme, value)}
            </option>
          ))}
        </select>
        {labelError && <span className="field-error">{labelError}</span>}
      </label>
      <label className="grow">
        {t('overrideReason')}
        <textarea
          rows={2}
          value={reason}
          required
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {reasonError && (
          <span id={`${id}-reason-error`} className="field-error" role="alert">
            {reasonError}
          </span>
        )}
      </label>
      {otherError && (
        <p className="field-error" role="alert">
          {otherError}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

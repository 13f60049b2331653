/** Counts of changed and wrong cells, the save button, and what the save answered. */
import { useState } from 'react';
import type { Target } from '../../../core';
import { errorMessage } from '../../components/Notices';
import { useT } from '../../lib/i18n';
import type { FiguresSaved } from '../../lib/types';
import { saveFigures } from './save-figures';
import type { useEdits } from './use-edits';

interface SaveBarProps {
  resolutionId: string;
  editsApi: ReturnType<typeof useEdits>;
  targets: Map<string, Target>;
  /** Called with the save's answer: the revisions written and the evaluation after them. */
  onSaved: (answer: FiguresSaved) => void;
}

type Message = { tone: 'ok' | 'error'; text: string } | null;

/** A cell that cannot be saved is brought into view with its message. */
function revealInvalidCell(): void {
  requestAnimationFrame(() =>
    document.querySelector('.cell-invalid')?.scrollIntoView({ block: 'center', inline: 'center' }),
  );
}

export function SaveBar({ resolutionId, editsApi, targets, onSaved }: SaveBarProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const list = Object.values(editsApi.edits);
  const invalid = list.filter((edit) => edit.error ?? edit.serverError).length;
  const conflicts = list.filter((edit) => edit.conflict).length;

  async function save() {
    setBusy(true);
    setMessage(null);
    const outcome = await saveFigures(resolutionId, editsApi.edits, targets);
    setBusy(false);
    switch (outcome.kind) {
      case 'saved':
        onSaved(outcome.answer);
        editsApi.clear();
        setMessage({ tone: 'ok', text: t('saved', { n: outcome.count }) });
        break;
      case 'nothing':
        setMessage({ tone: 'ok', text: t('nothingToSave') });
        break;
      case 'invalid':
        setMessage({ tone: 'error', text: t('fixErrorsFirst', { n: outcome.count }) });
        revealInvalidCell();
        break;
      case 'rejected':
        editsApi.markServerErrors(outcome.cellErrors);
        revealInvalidCell();
        setMessage({
          tone: 'error',
          text: `${outcome.error.message} ${t('fixErrorsFirst', { n: outcome.cellErrors.size })}`,
        });
        break;
      case 'conflict':
        editsApi.markConflicts(outcome.conflicts);
        setMessage({ tone: 'error', text: t('conflictsFound', { n: outcome.conflicts.length }) });
        break;
      case 'failed':
        setMessage({ tone: 'error', text: `${errorMessage(outcome.error)} ${t('unsavedWarning')}` });
        break;
    }
  }

  return (
    <div className="save-bar">
      <span className="save-counts" aria-live="polite">
        {list.length} {t('changed')}
        {invalid > 0 && (
          <strong className="text-danger">
            {' '}
            · {invalid} {t('invalid')}
          </strong>
        )}
      </span>
      <button
        type="button"
        className="button-primary"
        onClick={() => void save()}
        disabled={busy || conflicts > 0}
        data-testid="save-figures"
      >
        {busy ? t('saving') : t('saveAll')}
      </button>
      {message && (
        <p
          className={message.tone === 'ok' ? 'save-message text-ok' : 'save-message text-danger'}
          role={message.tone === 'ok' ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

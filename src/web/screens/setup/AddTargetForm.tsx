/** Adding one target to an existing resolution. */
import { useState, type FormEvent } from 'react';
import type { ResolutionDossier } from '../../../core';
import { ErrorNotice } from '../../components/Notices';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { singleDraftErrors } from './server-issues';
import { draftToTarget, emptyDraft, type DraftErrors } from './target-draft';
import { TargetEditor } from './TargetEditor';

export function AddTargetForm({
  resolutionId,
  dossier,
  onDone,
}: {
  resolutionId: string;
  dossier: ResolutionDossier;
  onDone: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState(() => emptyDraft('kinh-te', String(dossier.targets.length + 1)));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = draftToTarget(draft, crypto.randomUUID());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      // The server gives the id of a new target.
      const { id: _id, ...body } = result.target;
      await api('POST', `/api/resolutions/${encodeURIComponent(resolutionId)}/targets`, body);
      setDraft(emptyDraft(draft.field, String(dossier.targets.length + 2)));
      onDone();
    } catch (error) {
      setFailure(error);
      setErrors(singleDraftErrors(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="panel"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="add-target-title"
    >
      <h2 id="add-target-title">{t('addTarget')}</h2>
      <TargetEditor legend={t('target')} draft={draft} errors={errors} onChange={setDraft} />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t('saving') : t('addTarget')}
      </button>
      {failure !== null && <ErrorNotice error={failure} />}
    </form>
  );
}

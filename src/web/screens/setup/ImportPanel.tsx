/** Import from the Excel template: download it, upload a file, follow the import's progress. */
import { useEffect, useRef, useState } from 'react';
import { api, uploadFile } from '../../lib/api';
import { translate, useT } from '../../lib/i18n';
import type { ImportJob, ImportStarted } from '../../lib/types';
import { ErrorNotice, ProgressBar } from '../../components/Notices';

function where(error: ImportJob['errors'][number]): string {
  const parts = [
    error.sheet,
    error.row ? translate('issueRow', { n: error.row }) : '',
    error.column ? translate('issueColumn', { name: error.column }) : '',
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? `${text}: ` : '';
}

export function ImportPanel({
  unitCode,
  onImported,
}: {
  unitCode: string;
  onImported: (resolutionId: string | undefined) => void;
}) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  // The job as the server answers it; a placeholder while the file is being sent.
  const [job, setJob] = useState<Pick<
    ImportJob,
    'state' | 'stage' | 'progress' | 'errors' | 'message' | 'result'
  > | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function poll(id: string) {
    try {
      const next = await api<ImportJob>('GET', `/api/imports/${encodeURIComponent(id)}`);
      setJob(next);
      if (next.state === 'running') timer.current = window.setTimeout(() => void poll(id), 400);
    } catch (error) {
      setFailure(error);
    }
  }

  async function upload() {
    if (!file) return;
    setFailure(null);
    setJob({ state: 'running', stage: 'parse', progress: 0, errors: [] });
    try {
      const started = await uploadFile<ImportStarted>(
        `/api/units/${encodeURIComponent(unitCode)}/imports`,
        file,
      );
      setJob(started.job);
      await poll(started.id);
    } catch (error) {
      setJob(null);
      setFailure(error);
    }
  }

  const result = job?.state === 'succeeded' ? job.result : undefined;
  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <div className="form-row">
        <a className="button-link" href="/api/templates/import.xlsx" download>
          {t('downloadTemplate')}
        </a>
        <label className="grow">
          {t('chooseFile')}
          <input
            type="file"
            accept=".xlsx,.csv,.json"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <button
          type="button"
          className="button-primary"
          disabled={!file || job?.state === 'running'}
          onClick={() => void upload()}
        >
          {t('upload')}
        </button>
      </div>
      {job?.state === 'running' && (
        <ProgressBar
          value={job.progress / 100}
          label={`${t('importing')}: ${t(`setup.stage_${job.stage ?? 'parse'}`)} (${Math.round(job.progress)}%)`}
        />
      )}
      {result && (
        <div className="notice notice-ok" role="status">
          <p>
            {t('importDone')}{' '}
            {t('setup.importResult', {
              added: result.targetsAdded,
              updated: result.targetsUpdated,
              figures: result.figuresRecorded,
              plans: result.plansSet,
              unchanged: result.unchanged,
            })}
          </p>
          <button type="button" onClick={() => onImported(result.resolutionId)}>
            {t('navDashboard')}
          </button>
        </div>
      )}
      {job?.state === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>
            {job.message ?? ''} {t('importFailed')}
          </p>
          <ul>
            {job.errors.map((error, index) => (
              <li key={index}>
                {where(error)}
                {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
    </section>
  );
}

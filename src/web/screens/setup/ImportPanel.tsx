/** Import from the Excel template: download it, upload a file, follow the import's progress. */
import { useEffect, useRef, useState } from 'react';
import { api, uploadFile } from '../../lib/api';
import { useT } from '../../lib/i18n';
import type { ImportJob } from '../../lib/types';
import { ErrorNotice, ProgressBar } from '../../components/Notices';

const FINISHED = new Set(['done', 'succeeded', 'completed', 'failed', 'error']);

export function ImportPanel({
  unitCode,
  onImported,
}: {
  unitCode: string;
  onImported: (resolutionId: string | undefined) => void;
}) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function poll(id: string) {
    try {
      const next = await api<ImportJob>('GET', `/api/imports/${encodeURIComponent(id)}`);
      setJob(next);
      if (!FINISHED.has(next.state)) timer.current = window.setTimeout(() => void poll(id), 500);
      else if ((next.errors ?? []).length === 0 && next.state !== 'failed') onImported(next.resolutionId);
    } catch (error) {
      setFailure(error);
    }
  }

  async function upload() {
    if (!file) return;
    setFailure(null);
    setJob({ id: '', state: 'queued', progress: 0 });
    try {
      const started = await uploadFile<{ id: string }>(
        `/api/units/${encodeURIComponent(unitCode)}/imports`,
        file,
      );
      await poll(started.id);
    } catch (error) {
      setJob(null);
      setFailure(error);
    }
  }

  const running = job !== null && !FINISHED.has(job.state);
  const errors = job?.errors ?? [];
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
          disabled={!file || running}
          onClick={() => void upload()}
        >
          {t('upload')}
        </button>
      </div>
      {running && (
        <ProgressBar
          value={
            typeof job.progress === 'number'
              ? Math.min(1, job.progress > 1 ? job.progress / 100 : job.progress)
              : null
          }
          label={t('importing')}
        />
      )}
      {job && FINISHED.has(job.state) && errors.length === 0 && job.state !== 'failed' && (
        <p className="text-ok" role="status">
          {t('importDone')}
        </p>
      )}
      {errors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{t('importFailed')}</p>
          <ul>
            {errors.map((error, index) => (
              <li key={index}>
                {[
                  error.sheet,
                  error.row ? `dòng ${error.row}` : '',
                  error.column ? `cột ${error.column}` : '',
                ]
                  .filter(Boolean)
                  .join(', ')}
                {error.sheet || error.row ? ': ' : ''}
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

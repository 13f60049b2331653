/** Downloading the mid-term review report, with progress while it is built and sent. */
import { useState } from 'react';
import { downloadFile, saveBlob } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { buildPath } from '../../lib/router';
import { ErrorNotice, ProgressBar } from '../../components/Notices';
import { formatNumberVi } from '../../lib/core';

export function ReportDownload({ resolutionId, asOf }: { resolutionId: string; asOf: string }) {
  const t = useT();
  const [format, setFormat] = useState<'docx' | 'xlsx' | 'pdf'>('docx');
  const [progress, setProgress] = useState<{ fraction: number | null; bytes: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    setError(null);
    setDone(null);
    setProgress({ fraction: null, bytes: 0 });
    try {
      const path = buildPath(`/api/resolutions/${encodeURIComponent(resolutionId)}/report`, {
        type: 'midterm',
        asOf,
        format,
      });
      const file = await downloadFile(path, (fraction, bytes) => setProgress({ fraction, bytes }));
      saveBlob(file.blob, file.name);
      setDone(file.name);
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  }

  return (
    <div className="report-download">
      <label>
        {t('reportFormat')}
        <select value={format} onChange={(event) => setFormat(event.target.value as typeof format)}>
          <option value="docx">Word (.docx)</option>
          <option value="xlsx">Excel (.xlsx)</option>
          <option value="pdf">PDF</option>
        </select>
      </label>
      <button
        type="button"
        className="button-primary"
        onClick={() => void download()}
        disabled={progress !== null}
      >
        {t('report')}
      </button>
      {progress && (
        <ProgressBar
          value={progress.fraction}
          label={`${t('downloading')} ${formatNumberVi(progress.bytes / 1024, 0)} KB`}
        />
      )}
      {done && (
        <p className="text-ok" role="status">
          {t('downloaded', { name: done })}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}

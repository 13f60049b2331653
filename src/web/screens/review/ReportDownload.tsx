/** Downloading a report for the period shown (the periodic report that fits it, the mid-term or
 * end-of-term review) and the data beside it, with progress while it is built and sent. */
import { useState } from 'react';
import { downloadFile, saveBlob } from '../../lib/api';
import { useT } from '../../lib/i18n';
import type { MessageKey } from '../../lib/messages';
import { buildPath } from '../../lib/router';
import { ErrorNotice, ProgressBar } from '../../components/Notices';
import { formatNumberVi, reportTypesFor, type ReportType } from '../../lib/core';

const TYPE_LABEL: Record<ReportType, MessageKey> = {
  midterm: 'reportMidterm',
  final: 'reportFinal',
  quarter: 'reportQuarter',
  half: 'reportHalf',
  'nine-months': 'reportNineMonths',
  year: 'reportYear',
};

export function ReportDownload({
  resolutionId,
  asOf,
  unitCode,
  preferred,
}: {
  resolutionId: string;
  asOf: string;
  unitCode: string;
  /** The report offered first when it fits the period (the review screen: the mid-term review). */
  preferred?: ReportType;
}) {
  const t = useT();
  const types = reportTypesFor(asOf);
  const [format, setFormat] = useState<'docx' | 'xlsx' | 'pdf'>('docx');
  const [chosen, setChosen] = useState<ReportType | null>(null);
  const fallback = preferred && types.includes(preferred) ? preferred : (types[0] ?? 'midterm');
  const type = chosen && types.includes(chosen) ? chosen : fallback;
  const [progress, setProgress] = useState<{ fraction: number | null; bytes: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    setError(null);
    setDone(null);
    setProgress({ fraction: null, bytes: 0 });
    try {
      const path = buildPath(`/api/resolutions/${encodeURIComponent(resolutionId)}/report`, {
        type,
        asOf,
        format,
      });
      await fetchAndSave(path);
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  }

  async function downloadData() {
    setError(null);
    setDone(null);
    setProgress({ fraction: null, bytes: 0 });
    try {
      await fetchAndSave(buildPath(`/api/units/${encodeURIComponent(unitCode)}/export.xlsx`, { asOf }));
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  }

  async function fetchAndSave(path: string) {
    const file = await downloadFile(path, (fraction, bytes) => setProgress({ fraction, bytes }));
    saveBlob(file.blob, file.name);
    setDone(file.name);
  }

  return (
    <div className="report-download">
      <label>
        {t('reportType')}
        <select value={type} onChange={(event) => setChosen(event.target.value as ReportType)}>
          {types.map((option) => (
            <option key={option} value={option}>
              {t(TYPE_LABEL[option])}
            </option>
          ))}
        </select>
      </label>
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
      <button type="button" onClick={() => void downloadData()} disabled={progress !== null}>
        {t('exportData')}
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

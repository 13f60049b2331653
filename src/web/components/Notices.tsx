/** Messages shown in the page: errors (in Vietnamese, from the server), empty states, progress. */
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api';
import { useT } from '../lib/i18n';

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert">
      <p>{errorMessage(error)}</p>
      {error instanceof ApiError && error.issues.length > 0 && (
        <ul>
          {error.issues.map((issue, index) => (
            <li key={index}>
              {issue.sheet
                ? `${issue.sheet}${issue.row ? ` ${t('issueRow', { n: issue.row })}` : ''}${issue.column ? ` ${t('issueColumn', { name: issue.column })}` : ''}: `
                : ''}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
      {action}
    </div>
  );
}

export function Loading() {
  const t = useT();
  return (
    <p className="page-loading" role="status">
      {t('loading')}
    </p>
  );
}

/** A progress bar with a label; indeterminate when `value` is null. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  return (
    <div className="progress-line" role="status">
      <span>{label}</span>
      {value === null ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} max={1} value={value} />
      )}
    </div>
  );
}

export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <p className="notice notice-ok" role="status">
      {children}
    </p>
  );
}

/** An assessment shown as colour AND word (never colour alone), with an override marker. */
import { translate } from '../lib/i18n';
import type { Light, Verdict } from '../../core';
import { lightLabel, verdictLabel } from '../lib/labels';

export function AssessmentBadge({
  light,
  verdict,
  overridden,
}: {
  light: Light;
  verdict?: Verdict;
  overridden?: boolean;
}) {
  return (
    <span className={`badge badge-${light}`}>
      <span className="badge-dot" aria-hidden="true" />
      <span className="badge-light">{lightLabel(light)}</span>
      {verdict && <span className="badge-verdict">· {verdictLabel(verdict)}</span>}
      {overridden && <span className="badge-override"> {translate('overriddenMark')}</span>}
    </span>
  );
}

/** A horizontal bar of a ratio (1 = the goal), with its percentage as text. */
export function Meter({ ratio, label, text }: { ratio: number | undefined; label: string; text: string }) {
  const value = ratio !== undefined && Number.isFinite(ratio) ? Math.max(0, ratio) : 0;
  return (
    <div className="meter">
      <span className="meter-label">{label}</span>
      <span
        className="meter-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(Math.min(value, 1) * 100)}
        aria-valuetext={text}
      >
        <span className="meter-fill" style={{ width: `${Math.min(value, 1) * 100}%` }} />
      </span>
      <span className="meter-value">{text}</span>
    </div>
  );
}

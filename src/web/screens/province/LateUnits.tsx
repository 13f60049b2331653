/** The units late with the period's figures, each with one click to ask them and a link to open it. */
import { useState } from 'react';
import { Link } from '../../components/Link';
import { ApiError } from '../../lib/api';
import { askUnit, type ProvinceRow } from './api';
import { completenessWords, w } from './words';

export function LateUnits({
  rows,
  period,
  canAsk,
  withDeadline,
}: {
  rows: ProvinceRow[];
  period: string | null;
  canAsk: boolean;
  /** A deadline is set for the period: the figures entered are counted against it. */
  withDeadline: boolean;
}) {
  const [asked, setAsked] = useState<Record<string, string>>({});
  const late = rows.filter((r) => r.late);
  return (
    <section className="late-units" aria-labelledby="late-units-title" data-testid="late-units">
      <h2 id="late-units-title">
        {w('lateUnits')} ({late.length})
      </h2>
      {late.length === 0 && <p className="muted">{w('noLate')}</p>}
      <ul>
        {late.map((row) => (
          <li key={row.unitCode} data-unit={row.unitCode}>
            <Link to={`/u/${encodeURIComponent(row.unitCode)}/dashboard`}>{row.unitName}</Link>
            <span className="muted">
              {' '}
              · {row.completeness ? completenessWords(row.completeness, withDeadline) : w('noResolution')}
            </span>
            {canAsk && period && (
              <button
                type="button"
                className="button-quiet"
                disabled={asked[row.unitCode] !== undefined}
                onClick={() =>
                  void askUnit(row.unitCode, period, row.resolutionId ?? undefined).then(
                    () => setAsked((a) => ({ ...a, [row.unitCode]: w('reminded') })),
                    (e: unknown) =>
                      setAsked((a) => ({
                        ...a,
                        [row.unitCode]: e instanceof ApiError ? e.message : String(e),
                      })),
                  )
                }
              >
                {asked[row.unitCode] ?? w('remind')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Horizontal bars of the ranked units' values, labelled with the core's texts; the reference
 * as a dashed line when it is on the same scale (a mean, not a total). */
import type { CompareAnswer } from '../../../server/routes/compare.schema';

const ROW = 26;
const LABEL = 170;
const W = 560;

export function CompareChart({
  result,
  texts,
  highlight,
}: {
  result: CompareAnswer;
  texts: CompareAnswer['texts']['vi'];
  highlight: string;
}) {
  const rows = result.units;
  const reference = result.reference && !result.reference.additive ? result.reference.value : null;
  const label = (code: string) => texts.units.find((u) => u.unitCode === code)?.value ?? '';
  const max = Math.max(...rows.map((row) => row.value), reference ?? 0, 1e-9);
  const x = (value: number) => LABEL + (Math.max(0, value) / max) * (W - LABEL - 80);
  const height = rows.length * ROW + 8;
  return (
    <svg
      className="compare-chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-label={rows.map((r) => `${r.unitName}: ${label(r.unitCode)}`).join('; ')}
    >
      {rows.map((row, i) => (
        <g key={row.unitCode} className={row.unitCode === highlight ? 'bar bar-current' : 'bar'}>
          <text x={LABEL - 6} y={i * ROW + 18} textAnchor="end" className="bar-label">
            {row.unitName}
          </text>
          <rect
            x={LABEL}
            y={i * ROW + 5}
            width={Math.max(1, x(row.value) - LABEL)}
            height={ROW - 10}
            rx={2}
          />
          <text x={x(row.value) + 4} y={i * ROW + 18} className="bar-value">
            {label(row.unitCode)}
          </text>
        </g>
      ))}
      {reference !== null && (
        <line className="bar-average" x1={x(reference)} x2={x(reference)} y1={0} y2={height} />
      )}
    </svg>
  );
}

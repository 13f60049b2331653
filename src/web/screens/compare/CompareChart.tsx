/** Horizontal bars of the siblings' values, ranked, with the reference as a dashed line. */
import { formatNumberVi } from '../../lib/core';
import type { CompareUnit } from '../../lib/types';

const ROW = 26;
const LABEL = 170;
const W = 560;

export function CompareChart({
  rows,
  reference,
  decimals,
  highlight,
}: {
  rows: CompareUnit[];
  reference: number | null;
  decimals: number;
  highlight: string;
}) {
  const max = Math.max(...rows.map((row) => row.value), reference ?? 0, 1e-9);
  const x = (value: number) => LABEL + (Math.max(0, value) / max) * (W - LABEL - 80);
  const height = rows.length * ROW + 8;
  return (
    <svg
      className="compare-chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-label={rows.map((r) => `${r.unitName}: ${formatNumberVi(r.value, decimals)}`).join('; ')}
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
            {formatNumberVi(row.value, decimals)}
          </text>
        </g>
      ))}
      {reference !== null && (
        <line className="bar-average" x1={x(reference)} x2={x(reference)} y1={0} y2={height} />
      )}
    </svg>
  );
}

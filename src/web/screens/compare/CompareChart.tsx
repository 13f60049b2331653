/** Horizontal bars of the siblings' values, ranked, with the average as a dashed line. */
import { formatNumberVi } from '../../lib/core';
import type { CompareRow } from '../../lib/types';

const ROW = 26;
const LABEL = 170;
const W = 560;

export function CompareChart({
  rows,
  average,
  decimals,
  highlight,
}: {
  rows: CompareRow[];
  average: number | null | undefined;
  decimals: number;
  highlight: string;
}) {
  const values = rows.map((row) => row.value ?? 0);
  const max = Math.max(...values, average ?? 0, 1e-9);
  const x = (value: number) => LABEL + (value / max) * (W - LABEL - 70);
  const height = rows.length * ROW + 8;
  return (
    <svg
      className="compare-chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-label={rows
        .map((r) => `${r.unit.name}: ${r.value === null ? 'chưa có' : formatNumberVi(r.value, decimals)}`)
        .join('; ')}
    >
      {rows.map((row, i) => (
        <g key={row.unit.code} className={row.unit.code === highlight ? 'bar bar-current' : 'bar'}>
          <text x={LABEL - 6} y={i * ROW + 18} textAnchor="end" className="bar-label">
            {row.unit.name}
          </text>
          <rect
            x={LABEL}
            y={i * ROW + 5}
            width={Math.max(0, x(row.value ?? 0) - LABEL)}
            height={ROW - 10}
            rx={2}
          />
          <text x={x(row.value ?? 0) + 4} y={i * ROW + 18} className="bar-value">
            {row.value === null ? 'chưa có' : formatNumberVi(row.value, decimals)}
          </text>
        </g>
      ))}
      {average !== null && average !== undefined && (
        <line className="bar-average" x1={x(average)} x2={x(average)} y1={0} y2={height} />
      )}
    </svg>
  );
}

/** A small hand-drawn SVG trend: yearly values as a line, the goal as a dashed line. */
import { translate } from '../lib/i18n';
import { formatNumberVi } from '../lib/core';
import type { ChartSeries } from './chart-data';

const W = 220;
const H = 64;
const PAD = { left: 4, right: 4, top: 6, bottom: 14 };

export function TrendChart({
  series,
  years,
  decimals,
  label,
}: {
  series: ChartSeries;
  years: number[];
  decimals: number;
  label: string;
}) {
  const { points, goals } = series;
  if (points.length === 0 || years.length === 0)
    return <p className="chart-empty">{translate('chartEmpty')}</p>;
  const all = [...points.map((p) => p.value), ...goals];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const span = max - min;
  min -= span * 0.1;
  max += span * 0.1;
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const x = (year: number) =>
    PAD.left + ((year - first) / Math.max(1, last - first)) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - min) / (max - min)) * (H - PAD.top - PAD.bottom);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const description = `${label}: ${points.map((p) => `năm ${p.year}: ${formatNumberVi(p.value, decimals)}`).join('; ')}${goals.length ? `; mục tiêu ${goals.map((g) => formatNumberVi(g, decimals)).join(' đến ')}` : ''}`;

  return (
    <svg
      className="trend-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={description}
      preserveAspectRatio="none"
    >
      {goals.map((goal) => (
        <line key={goal} className="trend-goal" x1={PAD.left} x2={W - PAD.right} y1={y(goal)} y2={y(goal)} />
      ))}
      <path className="trend-line" d={path} fill="none" />
      {points.map((p) => (
        <circle key={p.year} className="trend-dot" cx={x(p.year)} cy={y(p.value)} r={2.5} />
      ))}
      <text className="trend-axis" x={PAD.left} y={H - 2}>
        {first}
      </text>
      <text className="trend-axis" x={W - PAD.right} y={H - 2} textAnchor="end">
        {last}
      </text>
    </svg>
  );
}

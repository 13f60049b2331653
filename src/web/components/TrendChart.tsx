/**
 * A target's trend, hand-drawn in SVG (no chart library: a maintained one would add 40-60 KB gzip
 * to the dashboard for four lines and a tooltip): the core's yearly figures as a line with its
 * values on hover (and on tap, on a tablet), the goal as a dashed line, the expected path as a
 * dotted one, axes with the core's Vietnamese numbers. It can be taken away as a PNG image and as
 * its table for Excel.
 */
import { useId, useRef, useState } from 'react';
import { translate } from '../lib/i18n';
import { formatNumberVi } from '../lib/core';
import type { ChartSeries } from './chart-data';
import { downloadChartPng, downloadTableCsv } from './chart-export';
import './chart.css';

const W = 320;
const H = 160;
const PAD = { left: 46, right: 10, top: 10, bottom: 22 };
/** Radius of the area that takes a tap or the pointer around each point, in chart units. */
const HIT_RADIUS = 20;

/** Four round ticks covering [min, max]. */
function ticks(min: number, max: number): number[] {
  const raw = (max - min) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const first = Math.floor(min / step) * step;
  const out: number[] = [];
  for (let v = first; v <= max + step * 0.001; v += step) out.push(v);
  return out;
}

export function TrendChart({
  series,
  years,
  decimals,
  unit,
  label,
  fileName,
}: {
  series: ChartSeries;
  years: number[];
  decimals: number;
  unit: string;
  label: string;
  fileName: string;
}) {
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<number | null>(null);
  const { points, goals, expected } = series;
  if (points.length === 0 || years.length === 0)
    return <p className="chart-empty">{translate('chartEmpty')}</p>;
  const all = [...points.map((p) => p.value), ...goals, ...expected.map((p) => p.value)];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const axis = ticks(min, max);
  min = Math.min(min, axis[0] ?? min);
  max = Math.max(max, axis[axis.length - 1] ?? max);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const x = (year: number) =>
    PAD.left + ((year - first) / Math.max(1, last - first)) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - min) / (max - min)) * (H - PAD.top - PAD.bottom);
  const line = (list: { year: number; value: number }[]) =>
    list.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year)},${y(p.value)}`).join(' ');
  const show = (v: number) => formatNumberVi(v, decimals, { trimZeros: true });
  const description = `${label}: ${points.map((p) => `${p.year}: ${show(p.value)}`).join('; ')}${goals.length ? `; ${translate('chartGoal')} ${goals.map(show).join(' - ')}` : ''}`;
  const shown = points.find((p) => p.year === hover);
  const table = (): string[][] => [
    [
      translate('year'),
      `${translate('chartActual')} (${unit})`,
      translate('chartExpected'),
      translate('chartGoal'),
    ],
    ...years.map((year) => [
      String(year),
      points.find((p) => p.year === year) ? show(points.find((p) => p.year === year)?.value ?? 0) : '',
      expected.find((p) => p.year === year) ? show(expected.find((p) => p.year === year)?.value ?? 0) : '',
      goals.map(show).join(' - '),
    ]),
  ];

  return (
    <figure className="trend">
      <svg
        ref={svgRef}
        className="trend-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-desc`}
        onMouseLeave={() => setHover(null)}
      >
        <desc id={`${id}-desc`}>{description}</desc>
        {axis.map((v) => (
          <g key={v}>
            <line className="trend-grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="trend-axis" x={PAD.left - 4} y={y(v) + 3} textAnchor="end">
              {show(v)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text key={year} className="trend-axis" x={x(year)} y={H - 6} textAnchor="middle">
            {year}
          </text>
        ))}
        {goals.map((goal) => (
          <line key={goal} className="trend-goal" x1={PAD.left} x2={W - PAD.right} y1={y(goal)} y2={y(goal)}>
            <title>{`${translate('chartGoal')}: ${show(goal)} ${unit}`}</title>
          </line>
        ))}
        {expected.length > 1 && <path className="trend-expected" d={line(expected)} fill="none" />}
        <path className="trend-line" d={line(points)} fill="none" />
        {points.map((p) => (
          <circle
            key={p.year}
            className="trend-dot"
            cx={x(p.year)}
            cy={y(p.value)}
            r={hover === p.year ? 5 : 3.5}
            tabIndex={0}
            onFocus={() => setHover(p.year)}
          >
            <title>{`${p.year}: ${show(p.value)} ${unit}`}</title>
          </circle>
        ))}
        {/* A fingertip's target around each dot (the dot alone is 7 px on a tablet). */}
        {points.map((p) => (
          <circle
            key={p.year}
            className="trend-hit"
            cx={x(p.year)}
            cy={y(p.value)}
            r={HIT_RADIUS}
            aria-hidden="true"
            onMouseEnter={() => setHover(p.year)}
            onClick={() => setHover(p.year)}
          />
        ))}
        {shown && (
          <g
            className="trend-tip"
            transform={`translate(${Math.min(x(shown.year), W - 90)},${Math.max(y(shown.value) - 26, 2)})`}
          >
            <rect width="88" height="18" rx="3" />
            <text x="44" y="13" textAnchor="middle">
              {`${shown.year}: ${show(shown.value)}`}
            </text>
          </g>
        )}
      </svg>
      <figcaption className="trend-legend">
        <span className="legend-actual">{translate('chartActual')}</span>
        {goals.length > 0 && <span className="legend-goal">{translate('chartGoal')}</span>}
        {expected.length > 1 && <span className="legend-expected">{translate('chartExpected')}</span>}
        <button
          type="button"
          className="button-small"
          data-export="skip"
          onClick={() => svgRef.current && void downloadChartPng(svgRef.current, `${fileName}.png`, label)}
        >
          {translate('exportPng')}
        </button>
        <button
          type="button"
          className="button-small"
          data-export="skip"
          onClick={() => downloadTableCsv(table(), `${fileName}.csv`)}
        >
          {translate('exportTable')}
        </button>
      </figcaption>
    </figure>
  );
}

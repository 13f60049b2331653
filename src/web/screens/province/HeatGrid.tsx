/**
 * Units down, targets across, each cell coloured by the core's light with its word for screen
 * readers, the figure and % of goal as the server phrased them, a mark on approved figures.
 * Sorting by a column orders by light (red first) then by the % shown; the roll-up row and the
 * rule of each column are the server's.
 */
import { useState } from 'react';
import { Link } from '../../components/Link';
import { lightLabel } from '../../lib/labels';
import { compareRedFirst } from '../../lib/core';
import type { ProvinceColumn, ProvinceRow } from './api';
import { w } from './words';

type Sort = { by: 'default' } | { by: 'name' } | { by: 'column'; index: number };

function sortRows(rows: ProvinceRow[], sort: Sort): ProvinceRow[] {
  if (sort.by === 'default') return rows;
  if (sort.by === 'name') return [...rows].sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
  const i = sort.index;
  return [...rows].sort((a, b) => {
    const x = a.cells[i];
    const y = b.cells[i];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return compareRedFirst(
      { light: x.light, ratio: x.percentValue },
      { light: y.light, ratio: y.percentValue },
    );
  });
}

export function HeatGrid({ columns, rows }: { columns: ProvinceColumn[]; rows: ProvinceRow[] }) {
  const [sort, setSort] = useState<Sort>({ by: 'default' });
  const sorted = sortRows(rows, sort);
  const ariaSort = (s: Sort) => (JSON.stringify(s) === JSON.stringify(sort) ? 'ascending' : 'none');
  return (
    <div className="heat-wrap">
      <p className="muted">{w('sortHint')}</p>
      <table className="heat-grid" data-testid="heat-grid">
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort({ by: 'name' })}>
              <button type="button" className="link-button" onClick={() => setSort({ by: 'name' })}>
                {w('unit')}
              </button>
              <button type="button" className="link-button small" onClick={() => setSort({ by: 'default' })}>
                ↺
              </button>
            </th>
            {columns.map((c, index) => (
              <th key={c.key} scope="col" title={c.name} aria-sort={ariaSort({ by: 'column', index })}>
                <button
                  type="button"
                  className="link-button heat-head"
                  onClick={() => setSort({ by: 'column', index })}
                >
                  {c.name}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.unitCode} data-unit={row.unitCode}>
              <th scope="row">
                <Link to={`/u/${encodeURIComponent(row.unitCode)}/dashboard`}>{row.unitName}</Link>
                {row.met && <span className="met"> {row.met.text}</span>}
              </th>
              {row.cells.map((cell, i) =>
                cell ? (
                  <td
                    key={columns[i]?.key ?? i}
                    className={`heat-cell light-${cell.light}`}
                    title={`${columns[i]?.name ?? ''}: ${lightLabel(cell.light)}${cell.actualText ? ` · ${cell.actualText}` : ''}`}
                  >
                    <span className="visually-hidden">{lightLabel(cell.light)} </span>
                    {cell.percentText ?? cell.actualText ?? '—'}
                    {cell.approved && (
                      <span
                        className="approved-mark"
                        title={w('approvedMark')}
                        aria-label={w('approvedMark')}
                      >
                        ✓
                      </span>
                    )}
                  </td>
                ) : (
                  <td key={columns[i]?.key ?? i} className="heat-cell empty" />
                ),
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{w('rollup')}</th>
            {columns.map((c) => (
              <td key={c.key} title={c.rollup.text} className="rollup-cell">
                {c.rollup.valueText ?? '—'}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <details className="rollup-rules">
        <summary>{w('rules')}</summary>
        <ul>
          {columns.map((c) => (
            <li key={c.key}>
              <strong>{c.name}</strong>
              {c.rollup.valueText && <> ({c.rollup.valueText})</>}: {c.rollup.text}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

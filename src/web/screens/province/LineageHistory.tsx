/**
 * For a unit created by the 2025 reorganisation: one indicator's history read through the old
 * units it was made of (their own term's figures, rolled up by the server by the kind of target
 * and each old unit's share), beside the unit's own screens.
 */
import { periodLabel } from '../../lib/period-label';
import { useState } from 'react';
import { api } from '../../lib/api';
import { buildPath } from '../../lib/router';
import { useAsync } from '../../lib/use-async';
import type { z } from 'zod';
import type { lineageHistoryAnswer } from '../../../schema/api/province.schema';
import { historyWord, type HistoryKey } from './words';

type Answer = z.output<typeof lineageHistoryAnswer>;

const INDICATORS = [
  'thu-ngan-sach',
  'tang-truong-gia-tri-san-xuat',
  'thu-nhap-binh-quan-dau-nguoi',
  'ty-le-ho-ngheo',
  'dan-so',
];

export function LineageHistory({ unitCode, indicators }: { unitCode: string; indicators: string[] }) {
  const keys = indicators.length ? indicators : INDICATORS;
  const [indicator, setIndicator] = useState(keys[0] ?? 'thu-ngan-sach');
  const data = useAsync<Answer>(
    () =>
      api<Answer>(
        'GET',
        buildPath(`/api/units/${encodeURIComponent(unitCode)}/lineage-history`, { indicator }),
      ),
    `${unitCode}|${indicator}`,
  );
  const answer = data.data;
  if (!answer || answer.parts.length === 0) return null;
  return (
    <details className="lineage-history" data-testid="lineage-history">
      <summary>{historyWord('title')}</summary>
      <label>
        {historyWord('indicator')}
        <select value={indicator} onChange={(e) => setIndicator(e.target.value)}>
          {keys.map((k) => (
            <option key={k} value={k}>
              {historyWord(k as HistoryKey)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">
        {historyWord('from')}{' '}
        {answer.parts.map((p) => `${p.unitName} (${historyWord(p.kind)}, ${p.shareText})`).join(', ')}
      </p>
      {answer.years.length > 0 && (
        <table className="plain-table">
          <caption>{answer.name ?? indicator}</caption>
          <tbody>
            {answer.years.map((y) => (
              <tr key={y.period}>
                <th scope="row">{periodLabel(y.period)}</th>
                <td>{y.valueText ?? '—'}</td>
                <td className="muted">{y.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

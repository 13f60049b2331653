/** The ranking as a table: rank sentence, unit, value, multiple of the reference. */
import { formatNumberVi, formatPeriodVi } from '../../lib/core';
import { useT } from '../../lib/i18n';
import type { CompareResult } from '../../lib/types';
import type { FlatUnit } from '../../lib/units';
import { multipleSentence, rankSentence, scopeWords } from './compare-text';

export function CompareTable({
  result,
  units,
  parent,
  current,
  decimals,
  caption,
}: {
  result: CompareResult;
  units: FlatUnit[];
  parent: FlatUnit | undefined;
  current: string;
  decimals: number;
  caption: string;
}) {
  const t = useT();
  const scope = scopeWords(parent?.level, result.parent.unitName);
  const referenceWords =
    result.reference?.label === 'parent' ? t('average') + ` (${result.parent.unitName})` : t('average');
  return (
    <table className="plain-table compare-table">
      <caption>
        {caption} · {referenceWords}:{' '}
        {result.reference ? formatNumberVi(result.reference.value, decimals) : '—'}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('rank')}</th>
          <th scope="col">{t('unit')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col">{t('multiple')}</th>
        </tr>
      </thead>
      <tbody>
        {result.units.map((row) => (
          <tr
            key={row.unitCode}
            className={row.unitCode === current ? 'row-current' : undefined}
            aria-current={row.unitCode === current ? 'true' : undefined}
          >
            <td>{rankSentence(row.rank, scope)}</td>
            <th scope="row">{row.unitName}</th>
            <td className="num">
              {formatNumberVi(row.value, decimals)}{' '}
              <small className="muted">({formatPeriodVi(row.period)})</small>
            </td>
            <td>
              {row.multiple !== null
                ? multipleSentence(
                    row.multiple,
                    parent?.level ?? (result.parent.unitCode.length === 2 ? 'province' : undefined),
                  )
                : '—'}
            </td>
          </tr>
        ))}
        {result.missing.map((code) => (
          <tr key={code}>
            <td>—</td>
            <th scope="row">{units.find((u) => u.code === code)?.name ?? code}</th>
            <td colSpan={2}>{t('noData')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

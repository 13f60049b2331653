/** The ranking as a table, every word from the core: rank, unit, value with its unit, the
 * relation to the reference; the rule under the table and the units left out with the reason. */
import { useT } from '../../lib/i18n';
import type { CompareAnswer } from '../../../server/routes/compare.schema';

type Texts = CompareAnswer['texts']['vi'];

export function CompareTable({
  result,
  texts,
  current,
  caption,
}: {
  result: CompareAnswer;
  texts: Texts;
  current: string;
  caption: string;
}) {
  const t = useT();
  const textOf = (code: string) => texts.units.find((u) => u.unitCode === code);
  return (
    <>
      <table className="plain-table compare-table">
        <caption>
          {caption}
          {texts.reference && <> · {texts.reference}</>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rank')}</th>
            <th scope="col">{t('unit')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('compareRelation')}</th>
          </tr>
        </thead>
        <tbody>
          {result.units.map((row) => {
            const text = textOf(row.unitCode);
            return (
              <tr
                key={row.unitCode}
                className={row.unitCode === current ? 'row-current' : undefined}
                aria-current={row.unitCode === current ? 'true' : undefined}
              >
                <td>{text?.rank}</td>
                <th scope="row">{row.unitName}</th>
                <td className="num">{text?.value}</td>
                <td>{text?.relation ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="compare-rule muted">{texts.rule}</p>
      {texts.excluded.length > 0 && (
        <section className="compare-excluded" aria-label={t('compareExcluded')}>
          <h3>{t('compareExcluded')}</h3>
          <ul>
            {texts.excluded.map((e) => (
              <li key={e.unitCode} className={e.unitCode === current ? 'row-current' : undefined}>
                <strong>{e.unitName}</strong>: {e.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

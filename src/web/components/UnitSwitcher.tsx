/** Chooses the unit to work on among the units the user may see, indented by level. */
import { useT } from '../lib/i18n';
import { useSession } from '../lib/session';
import { unitOptionLabel } from '../lib/units';

export function UnitSwitcher({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (code: string) => void;
}) {
  const t = useT();
  const { units } = useSession();
  const known = units.some((unit) => unit.code === value);
  return (
    <label className="unit-switcher">
      <span>{t('unit')}</span>
      <select
        id="unit-switcher"
        value={known ? value : ''}
        onChange={(event) => event.target.value && onChange(event.target.value)}
      >
        {!known && <option value="">{t('chooseUnit')}</option>}
        {units.map((unit) => (
          <option key={unit.code} value={unit.code}>
            {`${'\u00a0\u00a0'.repeat(unit.depth)}${unitOptionLabel(unit)}`}
          </option>
        ))}
      </select>
    </label>
  );
}

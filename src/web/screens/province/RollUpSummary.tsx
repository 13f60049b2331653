/** One line above the table: the viewed unit and every unit below it, added up by the read engine
 * (units with a resolution, targets met of those judged, targets by light with the screen's
 * badges). Nothing when there is no roll-up (approved figures only) or no unit to add up. */
import { ROLL_UP_LIGHT_KEY, ROLL_UP_LIGHTS, rollUpTexts, type RollUp } from './roll-up';
import { w } from './words';

export function RollUpSummary({ rollUp }: { rollUp: RollUp | null }) {
  if (!rollUp || rollUp.unitsReviewed === 0) return null;
  const n = rollUpTexts(rollUp);
  return (
    <div className="rollup-summary" data-testid="rollup-summary">
      <span className="rollup-lead" data-testid="rollup-lead">
        {w('rollUpLead', { units: n.units, met: n.met, judged: n.judged })}
      </span>
      <ul className="rollup-lights" aria-label={w('rollUpLights')}>
        {ROLL_UP_LIGHTS.map((light) => (
          <li key={light} className={`badge badge-${light}`} data-light={light}>
            <span className="badge-dot" aria-hidden="true" />
            {w(ROLL_UP_LIGHT_KEY[light], { n: n[light] })}
          </li>
        ))}
      </ul>
    </div>
  );
}

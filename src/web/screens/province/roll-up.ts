/**
 * The read engine's roll-ups on the province view: every target of a unit and of every unit below
 * it, added up (`rollUp` of the answer and of each row; null with approved figures only). The
 * numbers are written the Vietnamese way in both languages, as everywhere else in the app.
 */
import { LIGHTS, type Light } from '../../../core';
import { formatNumberVi } from '../../lib/core';
import type { ProvinceRow, ProvinceViewAnswer } from './api';

/** A unit's roll-up as the server answers it. */
export type RollUp = NonNullable<ProvinceViewAnswer['rollUp']>;

/** The roll-up's counts as shown: "1.234". */
export type RollUpTexts = Record<'units' | 'met' | 'judged' | Light, string>;

/** The dictionary key of each light's count ("đỏ {n}"). */
export const ROLL_UP_LIGHT_KEY = {
  red: 'rollUpRed',
  orange: 'rollUpOrange',
  green: 'rollUpGreen',
  grey: 'rollUpGrey',
} as const satisfies Record<Light, string>;

/** The lights in the order the screen shows them: red first. */
export const ROLL_UP_LIGHTS: readonly Light[] = LIGHTS;

/** The roll-up of a row when it says more than the row itself: the unit has units below it with a
 * resolution (the roll-up reviews more units than the unit's own resolution, if it has one). */
export function rollUpBelow(row: Pick<ProvinceRow, 'rollUp' | 'resolutionId'>): RollUp | null {
  const r = row.rollUp;
  return r && r.unitsReviewed > (row.resolutionId ? 1 : 0) ? r : null;
}

/** The counts of a roll-up written as vi-VN writes numbers. */
export function rollUpTexts(r: RollUp): RollUpTexts {
  const n = (x: number) => formatNumberVi(x);
  return {
    units: n(r.unitsReviewed),
    met: n(r.met),
    judged: n(r.judged),
    red: n(r.lights.red),
    orange: n(r.lights.orange),
    green: n(r.lights.green),
    grey: n(r.lights.grey),
  };
}

/** Labels of the core's enumerations in the current language (tables from the core). */
import type { ForecastMethod } from '../../core';
import type { Band, Field, Light, Qualifier, TargetKind, ValueStatus, Verdict } from '../../core';
import { labelsFor } from './core';
import { getLang } from './i18n';

const table = () => labelsFor(getLang());

export const verdictLabel = (v: Verdict): string => table().verdict[v];
export const bandLabel = (b: Band): string => table().band[b];
export const lightLabel = (l: Light): string => table().light[l];
export const statusLabel = (s: ValueStatus): string => table().status[s];
export const fieldLabel = (f: Field): string => table().field[f];
export const kindLabel = (k: TargetKind): string => table().kind[k];
export const qualifierLabel = (q: Qualifier): string => table().qualifier[q];
export const methodLabel = (m: ForecastMethod): string => table().forecastMethod[m];

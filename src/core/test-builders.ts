/**
 * Small builders for the core's tests: a target, a figure, a dossier with sensible defaults.
 * Not exported from the core's index.
 */
import type { Observation, ResolutionDossier, Target, ValueStatus } from './model';

/** A target with defaults (end-level, higher is better, no qualifier, 2 decimals, goal 100). */
export function makeTarget(partial: Partial<Target> = {}): Target {
  return {
    id: 't1',
    code: '1',
    name: 'Chỉ tiêu thử',
    field: 'kinh-te',
    kind: 'end-level',
    direction: 'higher-is-better',
    qualifier: 'none',
    unit: 'tỷ đồng',
    precision: 2,
    goal: { type: 'number', value: 100 },
    ...partial,
  };
}

/** A figure (official, first revision, target 't1' unless told). */
export function obs(
  period: string,
  value: Observation['value'],
  status: ValueStatus = 'official',
  extra: Partial<Observation> = {},
): Observation {
  return { targetId: 't1', period, value, status, revision: 1, ...extra };
}

/** A dossier of term 2020-2025 holding the given parts. */
export function makeDossier(partial: Partial<ResolutionDossier> = {}): ResolutionDossier {
  return {
    unit: { code: '380', name: 'thành phố Thanh Hóa', level: 'district', parentCode: '38' },
    issuer: { kind: 'party', name: 'THÀNH ỦY THANH HÓA', place: 'Thanh Hóa' },
    congress: { number: 21, term: '2020-2025', committee: 'Đảng bộ thành phố Thanh Hóa' },
    title: 'Nghị quyết Đại hội Đảng bộ thành phố lần thứ XXI',
    targets: [],
    observations: [],
    plans: [],
    benchmarks: [],
    adjustments: [],
    scenarios: [],
    overrides: [],
    ...partial,
  };
}

/** Inputs of `evaluateTarget` for a term 2020-2025 from a partial dossier. */
export function makeInputs(partial: Partial<ResolutionDossier> = {}) {
  return { ...makeDossier(partial), term: '2020-2025' };
}

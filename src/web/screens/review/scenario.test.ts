import { describe, expect, it } from 'vitest';
import type { ResolutionDossier } from '../../../core';
import { evaluateScenario } from './scenario';

const dossier: ResolutionDossier = {
  unit: { code: '380', name: 'thành phố Thanh Hóa', level: 'district', parentCode: '38' },
  issuer: { kind: 'party', name: 'THÀNH ỦY THANH HÓA', place: 'Thanh Hóa' },
  congress: { number: 21, term: '2020-2025', committee: 'Đảng bộ thành phố Thanh Hóa' },
  title: 'Nghị quyết',
  targets: [
    {
      id: 'income',
      code: '2',
      name: 'Thu nhập bình quân đầu người',
      field: 'kinh-te',
      kind: 'end-level',
      direction: 'higher-is-better',
      qualifier: 'none',
      unit: 'triệu đồng',
      precision: 2,
      goal: { type: 'number', value: 100 },
      baseYear: 2020,
      baseValue: 60,
      targetYear: 2025,
    },
  ],
  observations: [{ targetId: 'income', period: '2023', value: 84.67, status: 'estimate', revision: 1 }],
  plans: [],
  benchmarks: [],
  adjustments: [],
  scenarios: [],
  overrides: [],
};

describe('evaluateScenario', () => {
  it('forecasts the end of the term from the growth the user expects', () => {
    const low = evaluateScenario(dossier, 'income', 5, '2023');
    const high = evaluateScenario(dossier, 'income', 10, '2023');
    expect(low?.forecast?.method).toBe('scenario');
    expect(low?.forecast?.value).toBeCloseTo(84.67 * 1.05 ** 2, 6);
    expect(high?.forecast?.value ?? 0).toBeGreaterThan(low?.forecast?.value ?? 0);
    expect(evaluateScenario(dossier, 'missing', 5, '2023')).toBeUndefined();
  });
});

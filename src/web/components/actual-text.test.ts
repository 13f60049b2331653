import { describe, expect, it } from 'vitest';
import { evaluateDossier, type ResolutionDossier, type Target } from '../../core';
import { actualText, forecastText } from './actual-text';

const grade: Target = {
  id: 'cchc',
  code: '22',
  name: 'Chỉ số cải cách hành chính xếp loại khá trở lên',
  field: 'van-hoa-xa-hoi',
  kind: 'grade',
  direction: 'higher-is-better',
  qualifier: 'at-least',
  unit: '',
  precision: 0,
  goal: { type: 'grade', scale: ['Trung bình', 'Khá', 'Tốt', 'Xuất sắc'], required: 'Khá' },
};

const dossier: ResolutionDossier = {
  unit: { code: '380', name: 'thành phố Thanh Hóa', level: 'district' },
  issuer: { kind: 'party', name: 'THÀNH ỦY THANH HÓA', place: 'Thanh Hóa' },
  congress: { number: 21, term: '2020-2025', committee: 'Đảng bộ thành phố Thanh Hóa' },
  title: 'Nghị quyết',
  targets: [grade],
  observations: [
    { targetId: 'cchc', period: '2021', value: 'Khá', status: 'official', revision: 1 },
    { targetId: 'cchc', period: '2022', value: 'Tốt', status: 'official', revision: 1 },
  ],
  plans: [],
  benchmarks: [],
  adjustments: [],
  scenarios: [],
  overrides: [],
};

describe('actualText', () => {
  it('shows a grade as entered, not its rank on the scale', () => {
    const [evaluation] = evaluateDossier(dossier, { asOf: '2023' }).targets;
    expect(actualText(evaluation!, '—')).toBe('Tốt');
  });

  it('names the forecast grade instead of its rank', () => {
    const [evaluation] = evaluateDossier(dossier, { asOf: '2023' }).targets;
    expect(evaluation!.forecast).toBeDefined();
    expect(forecastText(evaluation!)).toBe('Tốt');
  });

  it('says there is no figure when there is none', () => {
    const [evaluation] = evaluateDossier({ ...dossier, observations: [] }, { asOf: '2023' }).targets;
    expect(actualText(evaluation!, '—')).toBe('—');
  });
});

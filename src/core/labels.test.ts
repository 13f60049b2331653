import { describe, expect, it } from 'vitest';
import {
  LABELS,
  bandLabelVi,
  fieldLabelVi,
  kindLabelVi,
  labelsFor,
  lightLabelVi,
  statusLabelVi,
  verdictLabelVi,
} from './labels';
import { BANDS, FIELDS, LIGHTS, TARGET_KINDS, VALUE_STATUSES, VERDICTS } from './model';

describe('labels', () => {
  it('has a non-empty label for every enum value in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = labelsFor(lang);
      for (const v of VERDICTS) expect(t.verdict[v]).not.toBe('');
      for (const b of BANDS) expect(t.band[b]).not.toBe('');
      for (const l of LIGHTS) expect(t.light[l]).not.toBe('');
      for (const s of VALUE_STATUSES) expect(t.status[s]).not.toBe('');
      for (const f of FIELDS) expect(t.field[f]).not.toBe('');
      for (const k of TARGET_KINDS) expect(t.kind[k]).not.toBe('');
    }
  });

  it('speaks Vietnamese with its diacritics', () => {
    expect(verdictLabelVi('very-high-effort')).toBe('Phải phấn đấu, nỗ lực rất cao');
    expect(verdictLabelVi('met-early')).toBe('Đạt sớm');
    expect(bandLabelVi('above-80')).toBe('Đạt trên 80% mục tiêu');
    expect(lightLabelVi('red')).toBe('Đỏ');
    expect(statusLabelVi('estimate')).toBe('Ước');
    expect(fieldLabelVi('quoc-phong-an-ninh')).toBe('Quốc phòng - an ninh');
    expect(kindLabelVi('structure')).toBe('Cơ cấu');
    expect(LABELS.en.verdict.exceed).toBe('Exceeds the plan');
  });
});

/** The fields of one target; the goal's fields follow the kind (number, range, grade…). */
import { FIELDS, TARGET_KINDS, type Qualifier } from '../../../core';
import { SelectField, TextField } from '../../components/FormField';
import { useT } from '../../lib/i18n';
import { fieldLabel, kindLabel, qualifierLabel } from '../../lib/labels';
import type { DraftErrors, TargetDraft } from './target-draft';

const QUALIFIERS: readonly Qualifier[] = ['none', 'at-least', 'more-than', 'less-than', 'at-most', 'about'];

export function TargetEditor({
  draft,
  errors,
  onChange,
  legend,
  onRemove,
}: {
  draft: TargetDraft;
  errors: DraftErrors;
  onChange: (draft: TargetDraft) => void;
  legend: string;
  onRemove?: () => void;
}) {
  const t = useT();
  const set =
    <K extends keyof TargetDraft>(key: K) =>
    (value: TargetDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const kind = draft.kind;
  return (
    <fieldset className="target-editor">
      <legend>{legend}</legend>
      <div className="form-row">
        <TextField label={t('code')} value={draft.code} onChange={set('code')} error={errors.code} size={5} />
        <TextField
          className="grow"
          label={t('name')}
          value={draft.name}
          onChange={set('name')}
          error={errors.name}
        />
        <SelectField
          label={t('field')}
          value={draft.field}
          onChange={set('field')}
          options={FIELDS.map((f) => ({ value: f, label: fieldLabel(f) }))}
        />
        <SelectField
          label={t('kind')}
          value={draft.kind}
          onChange={set('kind')}
          options={TARGET_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        />
      </div>
      <div className="form-row">
        <SelectField
          label={t('direction')}
          value={draft.direction}
          onChange={set('direction')}
          options={[
            { value: 'higher-is-better', label: t('higherBetter') },
            { value: 'lower-is-better', label: t('lowerBetter') },
          ]}
        />
        <SelectField
          label={t('qualifier')}
          value={draft.qualifier}
          onChange={set('qualifier')}
          options={QUALIFIERS.map((value) => ({
            value,
            label: value === 'none' ? t('setup.qualifierNone') : qualifierLabel(value),
          }))}
        />
        {kind === 'range' ? (
          <>
            <TextField
              label={t('goalMin')}
              value={draft.goalMin}
              onChange={set('goalMin')}
              error={errors.goalMin}
              inputMode="decimal"
              size={8}
            />
            <TextField
              label={t('goalMax')}
              value={draft.goalMax}
              onChange={set('goalMax')}
              error={errors.goalMax}
              inputMode="decimal"
              size={8}
            />
          </>
        ) : kind === 'grade' ? (
          <>
            <TextField
              className="grow"
              label={t('gradeScale')}
              value={draft.gradeScale}
              onChange={set('gradeScale')}
              error={errors.gradeScale}
            />
            <TextField
              label={t('gradeRequired')}
              value={draft.gradeRequired}
              onChange={set('gradeRequired')}
              error={errors.gradeRequired}
            />
          </>
        ) : kind === 'structure' ? (
          <TextField
            className="grow"
            label={t('shares')}
            value={draft.shares}
            onChange={set('shares')}
            error={errors.shares}
            placeholder={t('setup.sharesExample')}
          />
        ) : kind === 'milestone' ? null : (
          <TextField
            label={t('goalValue')}
            value={draft.goalValue}
            onChange={set('goalValue')}
            error={errors.goalValue}
            inputMode="decimal"
            size={10}
          />
        )}
        <TextField
          label={t('unitOfMeasure')}
          value={draft.unit}
          onChange={set('unit')}
          error={errors.unit}
          size={10}
          placeholder={t('setup.unitExample')}
        />
        <TextField
          label={t('precision')}
          value={draft.precision}
          onChange={set('precision')}
          error={errors.precision}
          inputMode="numeric"
          size={3}
        />
      </div>
      <div className="form-row">
        <TextField
          label={t('baseYear')}
          value={draft.baseYear}
          onChange={set('baseYear')}
          error={errors.baseYear}
          inputMode="numeric"
          size={6}
        />
        <TextField
          label={t('baseValue')}
          value={draft.baseValue}
          onChange={set('baseValue')}
          error={errors.baseValue}
          inputMode="decimal"
          size={10}
        />
        <TextField
          label={t('targetYear')}
          value={draft.targetYear}
          onChange={set('targetYear')}
          error={errors.targetYear}
          inputMode="numeric"
          size={6}
        />
        <TextField
          label={t('indicatorKey')}
          value={draft.indicator}
          onChange={set('indicator')}
          error={errors.indicator}
          placeholder="thu-nhap-binh-quan-dau-nguoi"
        />
        {onRemove && (
          <button type="button" className="button-small" onClick={onRemove}>
            {t('removeTarget')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

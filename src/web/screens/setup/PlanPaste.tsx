/**
 * A year's plan from its text: paste the list of planned figures (or choose its .docx), the
 * core's plan recogniser matches each line to a target of the resolution, the user corrects the
 * table (target, value, year) and saves: every target's list (its stored plans kept, see
 * `plan-draft.ts`) goes in one `POST /api/resolutions/:id/plans`, all saved or none.
 */
import { useState, type FormEvent } from 'react';
import type { ResolutionDossier } from '../../../core';
import { ErrorNotice } from '../../components/Notices';
import { api, ApiError } from '../../lib/api';
import { formatQuantityVi, recognisePlans, showPercent } from '../../lib/core';
import { useT } from '../../lib/i18n';
import { ListFileInput } from './ListFileInput';
import { plannableTargets, plansByTarget, plansOf, rowErrors, rowsOf, type PlanRow } from './plan-draft';
import './plan-paste.css';

export function PlanPaste({
  resolutionId,
  dossier,
  onSaved,
}: {
  resolutionId: string;
  dossier: ResolutionDossier;
  onSaved: () => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [yearText, setYearText] = useState('');
  const [rows, setRows] = useState<PlanRow[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const targets = plannableTargets(dossier.targets);

  function recognise(source: string) {
    const year = /^(19|20)\d{2}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined;
    const list = recognisePlans(source, dossier.targets, year !== undefined ? { year } : {});
    const found = rowsOf(list);
    setRows(found);
    setChecked(false);
    setProblem(null);
    setNotice(
      found.length > 0
        ? t('plansRecognised', { n: found.length, m: found.filter((r) => r.targetId).length })
        : t('plansNone'),
    );
  }

  function takeText(content: string) {
    setText(content);
    recognise(content);
  }

  const update = (index: number, patch: Partial<PlanRow>) =>
    setRows((list) => list?.map((r, i) => (i === index ? { ...r, ...patch, doubts: [] } : r)) ?? null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!rows) return;
    setChecked(true);
    setFailure(null);
    const plans = plansOf(rows);
    if (!plans) {
      const wrong = rows.filter((r) => Object.keys(rowErrors(r)).length > 0).length;
      setProblem(t('plansFix', { n: wrong }));
      return;
    }
    setProblem(null);
    const groups = plansByTarget(plans, dossier.plans, dossier.targets);
    setSaving(true);
    try {
      await api('POST', `/api/resolutions/${encodeURIComponent(resolutionId)}/plans`, {
        items: groups,
      });
      setNotice(t('plansSaved', { n: plans.length, m: groups.length }));
      setRows(null);
      setText('');
      onSaved();
    } catch (error) {
      // The targets the server refused, named by code from `items.N.…`.
      const refused =
        error instanceof ApiError
          ? [...new Set(error.issues.map((issue) => /^items\.(\d+)\./.exec(issue.path)?.[1]))]
              .map((n) => (n === undefined ? undefined : groups[Number(n)]?.targetId))
              .map((id) => dossier.targets.find((x) => x.id === id)?.code)
              .filter((code): code is string => Boolean(code))
          : [];
      setProblem(refused.length ? t('plansNotSavedAt', { codes: refused.join(', ') }) : t('plansNotSaved'));
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  const toSave = rows?.filter((r) => r.targetId).length ?? 0;
  const doubt = (row: PlanRow, part: PlanRow['doubts'][number]) =>
    row.doubts.includes(part) ? 'doubt' : undefined;

  return (
    <form className="panel plan-paste" aria-labelledby="plans-title" onSubmit={(event) => void save(event)}>
      <h2 id="plans-title">{t('plansTitle')}</h2>
      <p className="help">{t('plansHelp')}</p>
      <label className="paste-box">
        {t('plansLabel')}
        <textarea
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onPaste={(event) => {
            const pasted = event.clipboardData.getData('text/plain');
            if (pasted && text.trim() === '') {
              event.preventDefault();
              setText(pasted);
              recognise(pasted);
            }
          }}
          name="plans-text"
        />
      </label>
      <div className="form-row">
        <label>
          {t('plansYear')}
          <input
            value={yearText}
            onChange={(event) => setYearText(event.target.value)}
            inputMode="numeric"
            size={6}
            name="plans-year"
          />
        </label>
        <button type="button" onClick={() => recognise(text)} disabled={!text.trim()}>
          {t('plansRecognise')}
        </button>
        <ListFileInput onText={takeText} onProblem={setNotice} />
      </div>
      {notice && (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="plain-table plan-table">
            <thead>
              <tr>
                <th scope="col">{t('sourceText')}</th>
                <th scope="col">{t('planTarget')}</th>
                <th scope="col">{t('planValue')}</th>
                <th scope="col">{t('planYear')}</th>
                <th scope="col">{t('planKind')}</th>
                <th scope="col">{t('confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const errors = checked ? rowErrors(row) : {};
                const target = targets.find((x) => x.id === row.targetId);
                return (
                  <tr
                    key={`${i}-${row.source}`}
                    className={Object.keys(errors).length ? 'row-invalid' : undefined}
                  >
                    <td>
                      <small>{row.source}</small>
                    </td>
                    <td>
                      <select
                        aria-label={t('planTarget')}
                        className={doubt(row, 'target')}
                        value={row.targetId}
                        onChange={(event) => update(i, { targetId: event.target.value })}
                      >
                        <option value="">{t('planSkip')}</option>
                        {targets.map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.code}. {x.name}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        aria-label={t('planValue')}
                        className={doubt(row, 'value') ?? doubt(row, 'change') ?? doubt(row, 'unit')}
                        value={row.valueText}
                        inputMode="decimal"
                        onChange={(event) => update(i, { valueText: event.target.value })}
                      />
                      {target && <small className="muted"> {target.levelUnit ?? target.unit}</small>}
                      {row.change && !row.valueText && (
                        <small className="stacked">
                          {t('planChange', {
                            change: formatQuantityVi(row.change.by, row.change.unit, 3, { trimZeros: true }),
                          })}
                        </small>
                      )}
                      {errors.value && <span className="field-error">{t(errors.value)}</span>}
                    </td>
                    <td>
                      <input
                        aria-label={t('planYear')}
                        className={doubt(row, 'year')}
                        value={row.yearText}
                        inputMode="numeric"
                        size={5}
                        onChange={(event) => update(i, { yearText: event.target.value })}
                      />
                      {errors.year && <span className="field-error">{t(errors.year)}</span>}
                    </td>
                    <td>{row.label}</td>
                    <td className="muted">{showPercent(row.confidence, 0).text}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {rows && toSave > 0 && (
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? t('plansSaving') : t('plansSave', { n: toSave })}
        </button>
      )}
    </form>
  );
}

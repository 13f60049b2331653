/** One cell of the data-entry grid: the figure, its status, its error or conflict, on the cell. */
import { translate } from '../../lib/i18n';
import type { Ref } from 'react';
import type { Observation, Target } from '../../../core';
import { statusLabel } from '../../lib/labels';
import { formatCellValue } from './cell-value';
import type { CellEdit } from './use-edits';

const STATUS_MARK = {
  estimate: 'markEstimate',
  preliminary: 'markPreliminary',
  official: 'markOfficial',
} as const;

interface GridCellProps {
  id: string;
  target: Target;
  base: Observation | undefined;
  edit: CellEdit | undefined;
  focused: boolean;
  editing: boolean;
  draft: string;
  label: string;
  cellRef: Ref<HTMLTableCellElement> | undefined;
  inputRef: Ref<HTMLInputElement> | undefined;
  onDraft: (text: string) => void;
  /** Leaving the cell (a click elsewhere, the save button) keeps what was typed. */
  onBlurInput: () => void;
  onSelect: (extend: boolean) => void;
  onStartEdit: () => void;
  /** Text typed into the focused cell before an edit began: the edit starts with it. */
  onType: (text: string) => void;
  selected: boolean;
  readOnly: boolean;
}

export function GridCell(props: GridCellProps) {
  const { id, target, base, edit, focused, editing, draft, label } = props;
  const error = edit?.error ?? edit?.serverError;
  const text = edit ? edit.text : formatCellValue(target, base?.value, base?.hedge);
  const status = edit?.status ?? base?.status;
  const classes = [
    'cell',
    edit ? 'cell-changed' : '',
    error ? 'cell-invalid' : '',
    edit?.conflict ? 'cell-conflict' : '',
    focused ? 'cell-focused' : '',
    props.selected && !focused ? 'cell-selected' : '',
  ];
  const numeric =
    target.goal.type === 'number' || target.goal.type === 'range' || target.goal.type === 'structure';
  const describedBy =
    [error ? `${id}-error` : '', edit?.conflict ? `${id}-conflict` : ''].filter(Boolean).join(' ') ||
    undefined;

  return (
    <td
      id={id}
      ref={props.cellRef}
      role="gridcell"
      tabIndex={-1}
      className={classes.filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      aria-label={
        editing
          ? undefined
          : `${label}: ${text || translate('empty')}${status ? `, ${statusLabel(status)}` : ''}${edit ? `, ${translate('unsaved')}` : ''}`
      }
      aria-selected={props.selected || undefined}
      onMouseDown={(event) => {
        if (event.target instanceof HTMLInputElement && editing) return;
        // The cell's input takes the focus (set by the grid), not the cell itself.
        event.preventDefault();
        props.onSelect(event.shiftKey);
      }}
      onDoubleClick={props.onStartEdit}
      data-period={edit?.period ?? base?.period}
    >
      {!editing && <span className="cell-value">{text}</span>}
      {focused && !props.readOnly && (
        <input
          ref={props.inputRef}
          className={editing ? 'cell-input' : 'cell-input cell-catcher'}
          value={editing ? draft : ''}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) =>
            editing ? props.onDraft(event.target.value) : props.onType(event.target.value)
          }
          onBlur={props.onBlurInput}
          inputMode={numeric ? 'decimal' : 'text'}
          autoComplete="off"
          spellCheck={false}
        />
      )}
      {status && !editing && (
        <span className={`status-mark status-${status}`} title={statusLabel(status)} aria-hidden="true">
          {translate(STATUS_MARK[status])}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="cell-error" role="alert">
          {error}
        </span>
      )}
      {edit?.conflict && (
        <span id={`${id}-conflict`} className="cell-conflict-note">
          {translate('savedByOther')}: {formatCellValue(target, edit.conflict.value, edit.conflict.hedge)} (
          {statusLabel(edit.conflict.status)})
        </span>
      )}
    </td>
  );
}

/**
 * The spreadsheet-like grid: targets down, periods across. Arrow keys, Tab and Enter move;
 * typing starts editing; F2 or a double click edits the current text; Escape cancels; Delete
 * drops the cell's change; a block pasted from Excel fills cells from the focused one.
 */
import { periodLabel } from '../../lib/period-label';
import { Fragment, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { FigureInForce } from '../../lib/core';
import type { Field, Plan, Target } from '../../../core';
import { formatFigure, formatTargetValue } from '../../lib/core';
import { translate } from '../../lib/i18n';
import { fieldLabel } from '../../lib/labels';
import { formatCellValue } from './cell-value';
import { GridCell } from './GridCell';
import { cellKey, coverageOf, moveFocus, samePeriodLastYear, type Position } from './grid-model';
import type { Edits } from './use-edits';

interface DataGridProps {
  targets: Target[];
  periods: string[];
  base: Map<string, FigureInForce>;
  edits: Edits;
  focus: Position;
  /** The other corner of the selected block (shift + arrows or shift + click); the focus alone
   * when it equals the focus. */
  anchor: Position;
  /** Plans of the resolution, shown beside each figure with last year's figure when asked. */
  plans?: readonly Plan[];
  showReference?: boolean;
  /** Cells can be selected and read, never edited, pasted into or cleared. */
  readOnly?: boolean;
  onFocus: (position: Position, extend?: boolean) => void;
  onCommit: (position: Position, text: string) => void;
  onRevert: (position: Position) => void;
  onPaste: (text: string, from: Position) => void;
}

type Editing = { draft: string; mode: 'enter' | 'edit' } | null;

const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Tab', 'Enter', 'Home', 'End']);

export function DataGrid({
  targets,
  periods,
  base,
  edits,
  focus,
  anchor,
  plans = [],
  showReference = false,
  readOnly = false,
  onFocus,
  onCommit,
  onRevert,
  onPaste,
}: DataGridProps) {
  const [editing, setEditing] = useState<Editing>(null);
  // The edit in progress as events see it (state lags one render behind within an event).
  const editingRef = useRef<Editing>(null);
  editingRef.current = editing;
  const cellRef = useRef<HTMLTableCellElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const wantFocus = useRef(false);

  // The focused cell holds an input even between edits, so that any letter typed, by any input
  // method (a composition on a tablet's Vietnamese keyboard included), lands in it and starts the
  // edit with that letter.
  useEffect(() => {
    if (!wantFocus.current) return;
    const input = inputRef.current;
    if (input) {
      input.focus({ preventScroll: false });
      if (editing) input.setSelectionRange(input.value.length, input.value.length);
    } else cellRef.current?.focus();
  }, [focus, editing]);

  /** The text a cell shows: the typed change, or the saved figure. */
  const textAt = (position: Position): string => {
    const target = targets[position.row];
    const period = periods[position.col];
    if (!target || !period) return '';
    const key = cellKey(target.id, period);
    return edits[key]?.text ?? formatCellValue(target, base.get(key)?.value, base.get(key)?.hedge);
  };

  function move(key: string, shift: boolean) {
    wantFocus.current = true;
    // Shift with an arrow extends the selection; Shift with Tab or Enter moves back.
    const extend = shift && key.startsWith('Arrow');
    onFocus(moveFocus(focus, key, extend ? false : shift, targets.length, periods.length), extend);
  }

  /** Ends the edit in progress; the text is kept (committed) unless Escape cancelled it. */
  function finishEdit(commit: boolean) {
    const current = editingRef.current;
    editingRef.current = null;
    if (current && commit) onCommit(focus, current.draft);
    setEditing(null);
  }

  function startEdit(mode: 'enter' | 'edit', draft: string) {
    if (readOnly) return;
    wantFocus.current = true;
    setEditing({ mode, draft });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const { key, shiftKey, ctrlKey, metaKey, altKey } = event;
    // Keys inside an input method's composition belong to it (Enter picks a word there).
    if (event.nativeEvent.isComposing || key === 'Process') return;
    if (editing) {
      if (key === 'Escape') {
        event.preventDefault();
        wantFocus.current = true;
        finishEdit(false);
        return;
      }
      const arrowMoves = editing.mode === 'enter' && key.startsWith('Arrow');
      if (key === 'Enter' || key === 'Tab' || arrowMoves) {
        event.preventDefault();
        finishEdit(true);
        move(key, shiftKey);
      }
      return;
    }
    if (MOVE_KEYS.has(key)) {
      event.preventDefault();
      move(key, shiftKey);
    } else if (key === 'F2') {
      event.preventDefault();
      startEdit('edit', textAt(focus));
    } else if (key === 'Delete') {
      event.preventDefault();
      if (!readOnly) onRevert(focus);
    } else if (key === 'Backspace') {
      event.preventDefault();
      startEdit('enter', '');
    } else if (key.length === 1 && (ctrlKey || metaKey || altKey)) {
      // shortcuts (copy, paste) keep their default
    } else if (readOnly && key.length === 1) {
      event.preventDefault();
    }
    // Any other key reaches the focused cell's input: its first letter starts the edit.
  }

  function handlePaste(event: ClipboardEvent<HTMLTableElement>) {
    if (readOnly) return;
    const text = event.clipboardData.getData('text/plain');
    if (editing && !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    wantFocus.current = true;
    finishEdit(false);
    onPaste(text, focus);
  }

  let lastField: Field | undefined;
  return (
    <div className="grid-scroll">
      <table
        role="grid"
        className="data-grid"
        aria-label={translate('gridLabel')}
        aria-rowcount={targets.length + 1}
        aria-readonly={readOnly || undefined}
        onKeyDown={handleKeyDown}
        onPaste={handlePaste}
      >
        <thead>
          <tr>
            <th scope="col" className="grid-corner">
              {translate('targetColumn')}
            </th>
            {periods.map((period) => {
              const coverage = coverageOf(period);
              return (
                <Fragment key={period}>
                  <th scope="col" className={`period-head coverage-${coverage}`}>
                    {periodLabel(period)}
                    {coverage !== 'year' && (
                      <small className="coverage">
                        {translate(coverage === 'to-date' ? 'coverageYtd' : 'coveragePart')}
                      </small>
                    )}
                  </th>
                  {showReference && (
                    <th scope="col" className="ref-head">
                      {translate('lastYear')}
                      <small className="coverage">{translate('planColumn')}</small>
                    </th>
                  )}
                </Fragment>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {targets.map((target, row) => {
            const header = target.field !== lastField;
            lastField = target.field;
            return (
              <Fragment key={target.id}>
                {header && (
                  <tr className="field-row" aria-hidden="true">
                    <td colSpan={periods.length * (showReference ? 2 : 1) + 1}>{fieldLabel(target.field)}</td>
                  </tr>
                )}
                <tr>
                  <th scope="row" className="row-head">
                    <span className="target-code">{target.code}</span> {target.name}{' '}
                    {target.unit && <small>({target.unit})</small>}
                  </th>
                  {periods.map((period, col) => {
                    const key = cellKey(target.id, period);
                    const focused = focus.row === row && focus.col === col;
                    const selected =
                      row >= Math.min(focus.row, anchor.row) &&
                      row <= Math.max(focus.row, anchor.row) &&
                      col >= Math.min(focus.col, anchor.col) &&
                      col <= Math.max(focus.col, anchor.col);
                    const last = base.get(cellKey(target.id, samePeriodLastYear(period)));
                    const plan = plans.find(
                      (p) => p.targetId === target.id && p.period === period.slice(0, 4),
                    );
                    return (
                      <Fragment key={period}>
                        <GridCell
                          id={`cell-${row}-${col}`}
                          target={target}
                          base={base.get(key)}
                          edit={edits[key]}
                          focused={focused}
                          editing={focused && editing !== null}
                          draft={focused && editing ? editing.draft : ''}
                          label={`${target.code}. ${target.name}, ${periodLabel(period)}`}
                          cellRef={focused ? cellRef : undefined}
                          inputRef={focused ? inputRef : undefined}
                          onDraft={(draft) =>
                            setEditing((current) => (current ? { ...current, draft } : current))
                          }
                          onBlurInput={() => finishEdit(true)}
                          onSelect={(extend) => {
                            if (!focused) finishEdit(true);
                            wantFocus.current = true;
                            onFocus({ row, col }, extend);
                          }}
                          onStartEdit={() => startEdit('edit', textAt({ row, col }))}
                          onType={(text) => {
                            if (!readOnly) startEdit('enter', text);
                          }}
                          selected={selected}
                          readOnly={readOnly}
                        />
                        {showReference && (
                          <td className="ref-cell" aria-readonly="true">
                            <span>{last ? formatFigure(target, last.value) : '—'}</span>
                            <small>{plan ? formatTargetValue(target, plan.value) : '—'}</small>
                          </td>
                        )}
                      </Fragment>
                    );
                  })}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

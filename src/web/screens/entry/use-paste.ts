/** Typing and pasting into the grid: text lands in the cells, validated, through the edits. */
import { useCallback, useState } from 'react';
import type { FigureInForce } from '../../lib/core';
import type { Target, ValueStatus } from '../../../core';
import { translate } from '../../lib/i18n';
import { cellKey, parseClipboard, placeBlock, type Position } from './grid-model';
import type { useEdits } from './use-edits';

interface PasteOptions {
  targets: Target[];
  periods: string[];
  base: Map<string, FigureInForce>;
  editsApi: ReturnType<typeof useEdits>;
  defaultStatus: ValueStatus;
}

export function usePaste({ targets, periods, base, editsApi, defaultStatus }: PasteOptions) {
  const [message, setMessage] = useState<string | null>(null);
  const { commitTexts } = editsApi;

  const cellAt = useCallback(
    (row: number, col: number, text: string) => {
      const target = targets[row];
      const period = periods[col];
      if (!target || !period) return undefined;
      return { target, period, base: base.get(cellKey(target.id, period)), text };
    },
    [targets, periods, base],
  );

  const commitAt = useCallback(
    (position: Position, text: string) => {
      const cell = cellAt(position.row, position.col, text);
      if (cell) commitTexts([cell], defaultStatus);
      setMessage(null);
    },
    [cellAt, commitTexts, defaultStatus],
  );

  const pasteAt = useCallback(
    (text: string, from: Position) => {
      const block = parseClipboard(text);
      const { cells, clipped } = placeBlock(block, from, targets.length, periods.length);
      const filled = cells
        .filter((cell) => cell.text !== '')
        .flatMap((cell) => cellAt(cell.row, cell.col, cell.text) ?? []);
      commitTexts(filled, defaultStatus);
      setMessage(
        clipped > 0
          ? translate('pasteClipped', { n: filled.length, m: clipped })
          : translate('pasted', { n: filled.length }),
      );
    },
    [cellAt, commitTexts, defaultStatus, targets.length, periods.length],
  );

  return { commitAt, pasteAt, message };
}

/** How a table cell prints in a document: numbers in the vi-VN convention. */
import type { Cell } from './report-types';
import { numberVi } from './vi';

/** The printed text of a cell ("9.710,8", "≥ 90", "122,0"). */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return `${cell.prefix ?? ''}${numberVi(cell.percent ? cell.value * 100 : cell.value, cell.decimals)}`;
  }
}

/**
 * Errors found in an imported file, each located by sheet, row and column and worded in
 * Vietnamese: "Sheet Số liệu, dòng 12, cột C (Giá trị): '12,3,4' không phải là số".
 */
import type { Issue } from '../services/app-error';

/** Where a cell is: sheet name, 1-based row, column letter and header. */
export interface CellPlace {
  sheet: string;
  row: number;
  column?: string;
  header?: string;
}

/** At most this many issues are listed; a last one says how many more there were. */
export const MAX_ISSUES = 1000;

/** The Vietnamese location prefix of a message. */
export function placeText(place: CellPlace): string {
  if (place.sheet === 'JSON') return `Tệp JSON${place.column ? `, mục ${place.column}` : ''}`;
  const parts = [`Sheet ${place.sheet}`];
  if (place.row > 0) parts.push(`dòng ${place.row}`);
  if (place.column) parts.push(`cột ${place.column}${place.header ? ` (${place.header})` : ''}`);
  return parts.join(', ');
}

/** Collects issues of one import; every reader adds to it and nothing stops at the first. */
export class IssueList {
  readonly items: Issue[] = [];
  private dropped = 0;

  /** Adds one issue at a place with its reason. */
  add(place: CellPlace, reason: string): void {
    if (this.items.length >= MAX_ISSUES) {
      this.dropped += 1;
      return;
    }
    const path =
      place.sheet === 'JSON'
        ? (place.column ?? '')
        : place.column && place.row > 0
          ? `${place.sheet}!${place.column}${place.row}`
          : place.sheet;
    this.items.push({
      path,
      message: `${placeText(place)}: ${reason}`,
      sheet: place.sheet,
      ...(place.row > 0 ? { row: place.row } : {}),
      ...(place.column ? { column: place.column } : {}),
    });
  }

  /** Adds an issue already worded and located (e.g. by the interchange schema). */
  addIssue(issue: Issue): void {
    if (this.items.length >= MAX_ISSUES) this.dropped += 1;
    else this.items.push(issue);
  }

  /** Whether any issue was found. */
  get any(): boolean {
    return this.items.length > 0;
  }

  /** All issues, with a closing one when some were left out. */
  list(): Issue[] {
    if (this.dropped === 0) return [...this.items];
    return [
      ...this.items,
      { path: '', message: `Còn ${this.dropped} lỗi khác không liệt kê; hãy sửa các lỗi trên rồi nhập lại.` },
    ];
  }
}

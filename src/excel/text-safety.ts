/**
 * Text that leaves Về Đích in a spreadsheet must not become a formula when someone opens or
 * edits it (CSV injection: "=cmd|' /C calc'!A0", "=HYPERLINK(...)"). Exported text starting with
 * = + - @ tab or carriage return gets a leading apostrophe; import removes exactly that one
 * apostrophe again, so an export re-imports to the same text.
 */

const DANGEROUS = /^'*[=+\-@\t\r]/;

/** The text as written into a CSV or Excel text cell. */
export function neutraliseText(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

/** The text as stored, from a cell that {@link neutraliseText} may have written. */
export function restoreText(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * Text typed by users, as an exported spreadsheet cell. Cells are written as text, never as
 * formulas, so nothing runs when the file opens; but a cell starting with = + - @ (or a tab or
 * carriage return) becomes a live formula ("=cmd|' /C calc'!A0", "=HYPERLINK(...)") as soon as
 * someone edits it and presses Enter, or when the sheet is saved as CSV and opened again. A
 * leading apostrophe keeps such a cell text everywhere (OWASP "CSV injection"). Only exports
 * change: the database keeps the text exactly as typed.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Formula injection: a spreadsheet program runs a cell that begins with `=`,
 * `+`, `-` or `@` (and some read a leading tab or carriage return the same
 * way). Every text cell the app writes to CSV or XLSX goes through this: such a
 * cell gets a leading apostrophe, so it shows as the text it is. Numbers the
 * app writes as numbers (money, counts) are not text and need nothing. Pure.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

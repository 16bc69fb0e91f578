/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and
 * carriage return, that some spreadsheets strip before doing so). OWASP's "CSV
 * Injection" page lists these.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Returns the cell's text with a single quote in front when it starts like a
 * formula, so that Excel, LibreOffice and Google Sheets show it as text.
 */
export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** Quotes a cell as RFC 4180 says when it contains a comma, quote or line break. */
export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Returns the rows as CSV text: CRLF line endings as RFC 4180 has them, every
 * cell neutralised against formula injection, and a UTF-8 byte order mark so
 * that Excel reads characters such as ’ and £ correctly.
 */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  const lines = rows.map((row) => row.map((cell) => quoteCell(neutraliseCell(cell))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { plainText } from 'hmip-ratings';

/** The spreadsheet letter of a 0-based column index: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 0-based index of a column letter: A is 0, AA is 26; -1 for anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** A column as an error shows it: letter and header, for example `D (2.1.3)`; a long header is cut. */
export function columnLabel(index: number, header: string): string {
  const shown = plainText(header).trim();
  return shown
    ? `${columnLetter(index)} (${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown})`
    : columnLetter(index);
}

/** Whether every cell of a row is blank. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

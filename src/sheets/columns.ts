/** The spreadsheet letter of a 0-based column index: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A column as an error shows it: letter and header, for example `D (2.1.3)`. */
export function columnLabel(index: number, header: string): string {
  return header ? `${columnLetter(index)} (${header})` : columnLetter(index);
}

/** Lower-case with runs of anything but letters and digits as one hyphen: "Youth Caution" is "youth-caution". */
export function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Whether every cell of a row is blank. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

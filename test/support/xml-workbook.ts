// Workbooks written part by part, as SpreadsheetML XML, so a test chooses exactly what Excel or
// LibreOffice could have stored: each cell's type (a number, t="d", an inline or shared string),
// its number format, the workbook's date system, and rows left out or empty.
import { entry, zipOf } from '../fixtures/zip.js';

/** One cell: its stored value, type (default a number) and number format code (none by default). */
export interface XmlCell {
  readonly v: string;
  readonly t?: 'n' | 'd' | 'inlineStr' | 's' | 'str';
  /** A number format: a built-in id (14) or a format code ('dd/mm/yyyy'). */
  readonly format?: number | string;
}

/** A row: its cells (null leaves a column out), or 'empty' for a <row/> with no cells, or 'gap' for a row not written. */
export type XmlRow = readonly (XmlCell | string | null)[] | 'empty' | 'gap';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const letter = (i: number) => String.fromCharCode(65 + i);

/** An .xlsx of the given sheets; text cells (plain strings) are shared strings. */
export function xmlWorkbook(
  sheets: Readonly<Record<string, readonly XmlRow[]>>,
  options: { readonly date1904?: boolean } = {},
): Uint8Array {
  const strings: string[] = [];
  const formats: string[] = []; // custom codes, ids from 164
  const xfs: number[] = [0]; // cellXfs by numFmtId; 0 is General
  const styleOf = (format: number | string | undefined): number => {
    if (format === undefined) return 0;
    let id: number;
    if (typeof format === 'number') id = format;
    else {
      let at = formats.indexOf(format);
      if (at < 0) at = formats.push(format) - 1;
      id = 164 + at;
    }
    let s = xfs.indexOf(id);
    if (s < 0) s = xfs.push(id) - 1;
    return s;
  };
  const sheetXml = (rows: readonly XmlRow[]) => {
    const out: string[] = [];
    rows.forEach((row, r) => {
      if (row === 'gap') return;
      if (row === 'empty') return void out.push(`<row r="${r + 1}"/>`);
      const cells = row.map((c, i) => {
        if (c === null) return '';
        const cell: XmlCell = typeof c === 'string' ? { v: c, t: 's' } : c;
        const ref = `${letter(i)}${r + 1}`;
        const s = cell.format === undefined ? '' : ` s="${styleOf(cell.format)}"`;
        if (cell.t === 's') {
          let k = strings.indexOf(cell.v);
          if (k < 0) k = strings.push(cell.v) - 1;
          return `<c r="${ref}" t="s"${s}><v>${k}</v></c>`;
        }
        if (cell.t === 'inlineStr')
          return `<c r="${ref}" t="inlineStr"${s}><is><t>${esc(cell.v)}</t></is></c>`;
        const t = cell.t && cell.t !== 'n' ? ` t="${cell.t}"` : '';
        return `<c r="${ref}"${t}${s}><v>${esc(cell.v)}</v></c>`;
      });
      out.push(`<row r="${r + 1}">${cells.join('')}</row>`);
    });
    return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${out.join('')}</sheetData></worksheet>`;
  };
  const names = Object.keys(sheets);
  const parts = names.map((name) => sheetXml(sheets[name] as readonly XmlRow[]));
  const NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${NS}/${type}" Target="${target}"/>`;
  const rels = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join('')}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
  const files: [string, string][] = [
    ['_rels/.rels', rels(rel('rId1', 'officeDocument', 'xl/workbook.xml'))],
    ['xl/workbook.xml', workbook],
    [
      'xl/_rels/workbook.xml.rels',
      rels(
        names
          .map((_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`))
          .join('') +
          rel('rIdS', 'styles', 'styles.xml') +
          rel('rIdT', 'sharedStrings', 'sharedStrings.xml'),
      ),
    ],
    ['xl/styles.xml', styles],
    ['xl/sharedStrings.xml', sst],
    ...parts.map((p, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, p]),
  ];
  return new Uint8Array(zipOf(files.map(([name, text]) => entry(name, Buffer.from(text)))));
}

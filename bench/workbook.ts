// A made-up national-scale audit for the workbook benchmark: 2018 standards (121 columns: case,
// kind, disposal and every key question and prompt), written as an .xlsx workbook with shared
// strings and as CSV, the same cells in both. Bench only.
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { youth2018 } from 'hmip-ratings';
import { questionIds, toCsv } from 'hmip-ratings-sheets';

const ANSWERS = ['yes', 'no', 'yes', 'n/a', 'yes'];

function rowsOf(n: number): string[][] {
  const ids = questionIds(youth2018);
  const rows: string[][] = [['case', 'kind', 'disposal', ...ids]];
  for (let i = 0; i < n; i++) {
    const court = i % 5 < 3;
    const disposal = court
      ? i % 7 === 0
        ? 'custodial-sentence'
        : 'community-sentence'
      : 'community-resolution';
    const domain = court ? '2.' : '3.';
    rows.push([
      `case-${i + 1}`,
      court ? 'court' : 'out-of-court',
      disposal,
      ...ids.map((id, j) =>
        id.startsWith(domain) && !id.startsWith('3.4.2')
          ? (ANSWERS[(i + j) % ANSWERS.length] as string)
          : '',
      ),
    ]);
  }
  return rows;
}

const letter = (index: number) => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal zip of deflated parts. */
function zip(parts: readonly [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const compressed = deflateRawSync(data, { level: 6 });
    const crc = crc32(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(compressed.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(n.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, n, compressed);
    central.push(cd, n);
    offset += 30 + n.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Writes the audit of `n` cases as a workbook and as CSV. */
export function writeWorkbook(xlsxPath: string, csvPath: string, n: number): void {
  const rows = rowsOf(n);
  writeFileSync(csvPath, toCsv(rows));
  const strings = new Map<string, number>();
  const index = (t: string) => {
    let i = strings.get(t);
    if (i === undefined) strings.set(t, (i = strings.size));
    return i;
  };
  // The sheet's XML is about 400 MB: built as buffers, one per row, never as one string.
  const sheet: Buffer[] = [
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  ];
  rows.forEach((row, r) => {
    const cells = row
      .map((cell, c) =>
        cell === '' ? '' : `<c r="${letter(c)}${r + 1}" t="s"><v>${index(cell)}</v></c>`,
      )
      .join('');
    sheet.push(Buffer.from(`<row r="${r + 1}">${cells}</row>`));
  });
  sheet.push(Buffer.from('</sheetData></worksheet>'));
  const shared = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((t) => `<si><t>${escape(t)}</t></si>`).join('')}</sst>`;
  const parts: [string, Buffer][] = [
    [
      '[Content_Types].xml',
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      ),
    ],
    [
      '_rels/.rels',
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    ],
    [
      'xl/workbook.xml',
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    ],
    [
      'xl/_rels/workbook.xml.rels',
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
    ],
    ['xl/worksheets/sheet1.xml', Buffer.concat(sheet)],
    ['xl/sharedStrings.xml', Buffer.from(shared)],
  ];
  writeFileSync(xlsxPath, zip(parts));
}

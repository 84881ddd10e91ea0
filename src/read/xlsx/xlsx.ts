// SpreadsheetML on top of the zip layer and the tokenizer: the workbook's sheets listed, the chosen
// visible worksheets read with the shared strings, and every other entry integrity-checked.
import { XlsxError } from '../../sheet/zip/errors.js';
import { nativeAvailable, readCentralDirectory, type Backend } from '../../sheet/zip/zip.js';
import {
  DEFAULT_LIMITS,
  type ReadXlsxOptions,
  type SheetData,
  type XlsxBook,
  type XlsxLimits,
} from './book.js';
import { dirOf, Parts, resolve } from './parts.js';
import { sharedStrings } from './shared-strings.js';
import { dateStyles } from './styles.js';
import { readSheetList } from './sheet-list.js';
import { Worksheet } from './worksheet.js';

export async function readXlsx(
  bytes: Uint8Array,
  options: ReadXlsxOptions = {},
): Promise<XlsxBook> {
  const L: XlsxLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const deadline = performanceNow() + L.maxMillis;
  const check = () => {
    if (performanceNow() > deadline)
      throw new XlsxError('limit', `reading took longer than ${L.maxMillis} ms`);
  };
  if (options.backend === undefined && !nativeAvailable())
    throw new XlsxError('unsupported', 'this platform has no DecompressionStream to unzip with');
  const backend: Backend = options.backend ?? 'native';
  const parts = new Parts(bytes, readCentralDirectory(bytes, L), L, backend, check);
  const { workbook, relationships, sheets, date1904 } = await readSheetList(parts, L);
  const chosen = sheets.filter(
    (s) => s.state === 'visible' && s.kind === 'worksheet' && (options.select?.(s) ?? true),
  );

  let sst: string[] = [];
  const sstRel = [...relationships.values()].find((r) => r.Type?.endsWith('/sharedStrings'));
  const sstEntry = sstRel?.Target
    ? parts.entry(resolve(dirOf(workbook), sstRel.Target))
    : undefined;
  if (chosen.length > 0 && sstEntry) {
    const shared = sharedStrings(sstEntry.name, L);
    await parts.parse(sstEntry, shared.h);
    sst = shared.strings;
  }

  // The cell formats that show dates: a number in one of them is read as the date it holds.
  let dates: ReadonlySet<number> = new Set();
  const stylesRel = [...relationships.values()].find((r) => r.Type?.endsWith('/styles'));
  const stylesEntry = stylesRel?.Target
    ? parts.entry(resolve(dirOf(workbook), stylesRel.Target))
    : undefined;
  if (chosen.length > 0 && stylesEntry) {
    const styles = dateStyles(stylesEntry.name);
    await parts.parse(stylesEntry, styles.h);
    dates = styles.dates();
  }

  const read: SheetData[] = [];
  for (const s of chosen) {
    const en = parts.entry(s.part);
    if (!en) throw new XlsxError('malformed', 'the sheet part is missing', s.part);
    const ws = new Worksheet(en.name, sst, L, check, { dates, date1904 });
    await parts.parse(en, ws);
    read.push({ ...s, rows: ws.rows, merges: ws.merges });
  }
  if (options.verifyAll ?? true) await parts.verifyRest();
  return { sheets, read };
}

function performanceNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

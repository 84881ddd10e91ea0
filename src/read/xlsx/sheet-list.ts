// The workbook part: where it is (the package relationships), the sheets it lists with their
// states and kinds, and its own relationships (sheet parts, shared strings).
import { XlsxError } from '../../sheet/zip/errors.js';
import type { SheetInfo, XlsxLimits } from './book.js';
import { collector, dirOf, resolve, type Attr, type Element, type Parts } from './parts.js';

export interface SheetList {
  /** The workbook part's path. */
  readonly workbook: string;
  /** The workbook's relationships by Id. */
  readonly relationships: ReadonlyMap<string | undefined, Attr>;
  readonly sheets: SheetInfo[];
  /** The workbook counts dates from 1 January 1904 (workbookPr date1904), not 1900. */
  readonly date1904: boolean;
}

/** Finds and reads the workbook part; every sheet listed, checked, in order. */
export async function readSheetList(parts: Parts, L: XlsxLimits): Promise<SheetList> {
  const root = await parts.rels('');
  const office = root.find((r) => r.a.Type?.endsWith('/officeDocument'));
  if (!office?.a.Target)
    throw new XlsxError('not-xlsx', 'no officeDocument relationship in _rels/.rels');
  const wbPath = resolve('', office.a.Target);
  if (!wbPath.toLowerCase().endsWith('.xml'))
    throw new XlsxError(
      'not-xlsx',
      `the workbook part is ${wbPath} (an .xlsb?), not SpreadsheetML XML`,
    );
  const wbEntry = parts.entry(wbPath);
  if (!wbEntry) throw new XlsxError('malformed', 'the workbook part is missing', wbPath);
  const wb = collector(wbPath, ['sheet', 'workbookPr']);
  await parts.parse(wbEntry, wb.h);
  const pr = wb.found.find((e) => e.el === 'workbookPr');
  const date1904 = ['1', 'true', 'on'].includes((pr?.a.date1904 ?? '').trim().toLowerCase());
  const listed = wb.found.filter((e) => e.el === 'sheet');
  const wbRels = new Map((await parts.rels(wbPath)).map((r) => [r.a.Id, r.a]));
  if (listed.length > L.maxSheets)
    throw new XlsxError('limit', `${listed.length} sheets (limit ${L.maxSheets})`, wbPath);
  const seen = new Set<string>();
  const sheets = listed.map((sheet) => sheetInfo(sheet, wbRels, wbPath, seen));
  return { workbook: wbPath, relationships: wbRels, sheets, date1904 };
}

/** One <sheet> of the workbook: a unique name, a known state, and its part by relationship. */
function sheetInfo(
  { a }: Element,
  wbRels: ReadonlyMap<string | undefined, Attr>,
  wbPath: string,
  seen: Set<string>,
): SheetInfo {
  const name = a.name ?? '';
  const id = Object.keys(a).find((k) => k.endsWith(':id'));
  const rel = id ? wbRels.get(a[id]!) : undefined;
  if (!name || !rel?.Target)
    throw new XlsxError(
      'malformed',
      `sheet ${JSON.stringify(name)} has no name or no part`,
      wbPath,
    );
  if (seen.has(name.toLowerCase()))
    throw new XlsxError(
      'malformed',
      `two sheets are named ${JSON.stringify(name)} (ignoring case)`,
      wbPath,
    );
  seen.add(name.toLowerCase());
  const st = a.state ?? 'visible';
  if (st !== 'visible' && st !== 'hidden' && st !== 'veryHidden')
    throw new XlsxError('malformed', `sheet state ${JSON.stringify(st)}`, wbPath);
  const type = rel.Type ?? '';
  const kind = type.endsWith('/worksheet')
    ? 'worksheet'
    : type.endsWith('/chartsheet')
      ? 'chartsheet'
      : 'other';
  return { name, state: st, kind, part: resolve(dirOf(wbPath), rel.Target) };
}

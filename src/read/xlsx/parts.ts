// The workbook's parts: found in the zip by their OPC names (case-insensitive), inflated within the
// shared byte budget and scanned as XML, with each part's relationships read from its _rels file.
import { inflateEntry, type Backend, type ZipEntry, type ZipLimits } from '../../sheet/zip/zip.js';
import { decodeText, eachAttr, nameIs, XmlScanner, type XmlHandler } from './xml.js';

/** The attributes of one element, by name. */
export interface Attr {
  [name: string]: string;
}
export interface Element {
  readonly el: string;
  readonly a: Attr;
}

export const dirOf = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);

/** The part a relationship's `target` names, from the folder `fromDir` of the part that names it. */
export function resolve(fromDir: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    /* keep as written */
  }
  const segs = (t.startsWith('/') ? t.slice(1) : fromDir + t).split('/');
  const out: string[] = [];
  for (const s of segs)
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  return out.join('/');
}

/** A handler that records the attributes of elements with the given local names. */
export function collector(
  part: string,
  names: readonly string[],
): { h: XmlHandler; found: Element[] } {
  const found: Element[] = [];
  const h: XmlHandler = {
    open(b, s, ne, _self, x) {
      const el = names.find((n) => nameIs(b, s, ne, n));
      if (!el) return;
      const a: Attr = {};
      eachAttr(x, (as, ae, vs, ve) => {
        a[String.fromCharCode(...b.subarray(as, ae))] = decodeText(b, vs, ve, false, part);
      });
      found.push({ el, a });
    },
    close() {},
    text() {},
  };
  return { h, found };
}

/** The parts of one zip, read with one byte budget; remembers which entries were read. */
export class Parts {
  readonly #bytes: Uint8Array;
  readonly #entries: ReadonlyMap<string, ZipEntry>;
  readonly #limits: ZipLimits & { readonly maxTokenBytes: number };
  readonly #backend: Backend;
  readonly #check: () => void;
  /** Bytes that may still be inflated, shared by all entries. */
  readonly #budget: { left: number };
  /** The entries read, by lower-case name. */
  readonly #done = new Set<string>();

  constructor(
    bytes: Uint8Array,
    entries: ReadonlyMap<string, ZipEntry>,
    limits: ZipLimits & { readonly maxTokenBytes: number },
    backend: Backend,
    check: () => void,
  ) {
    this.#bytes = bytes;
    this.#entries = entries;
    this.#limits = limits;
    this.#backend = backend;
    this.#check = check;
    this.#budget = { left: limits.maxTotalBytes };
  }

  entry(path: string): ZipEntry | undefined {
    return this.#entries.get(path.toLowerCase());
  }

  /** Inflates the entry and scans it as XML with the handler `h`. */
  async parse(en: ZipEntry, h: XmlHandler): Promise<void> {
    const sc = new XmlScanner(h, en.name, this.#limits.maxTokenBytes);
    await inflateEntry(
      this.#bytes,
      en,
      this.#limits,
      this.#budget,
      this.#backend,
      this.#check,
      (piece) => sc.push(piece),
    );
    sc.end();
    this.#done.add(en.name.toLowerCase());
  }

  /** The internal relationships of the part `source` ('' for the package's own). */
  async rels(source: string): Promise<Element[]> {
    const path = `${dirOf(source)}_rels/${source.slice(source.lastIndexOf('/') + 1)}.rels`;
    const en = this.entry(path);
    if (!en) return [];
    const c = collector(path, ['Relationship']);
    await this.parse(en, c.h);
    return c.found.filter((r) => r.a.TargetMode !== 'External');
  }

  /** Inflates and CRC-checks every entry not read yet. */
  async verifyRest(): Promise<void> {
    for (const en of this.#entries.values())
      if (!this.#done.has(en.name.toLowerCase()))
        await inflateEntry(
          this.#bytes,
          en,
          this.#limits,
          this.#budget,
          this.#backend,
          this.#check,
          () => {},
        );
  }
}

// Text in the rating charts. Plot does not measure text in Node (there is no layout engine), so
// widths are estimated from character classes: within 3% of DejaVu Sans (Debian's system-ui, wider
// than Segoe UI, San Francisco or Roboto) as Chromium measures it, plus 6% to spare. Labels are
// wrapped and placed on rows from these widths, so they never overlap.
import type { Rating } from 'hmip-ratings';

const NARROW = new Set([..."iljftI.,:;'|!()[] r1"]);
const WIDE = new Set([...'mwMW%@']);

/** The estimated width in pixels of a line of text at a font size. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text)
    em += NARROW.has(c) ? 0.33 : WIDE.has(c) ? 0.92 : /[A-Z0-9]/.test(c) ? 0.7 : 0.6;
  return em * size * (bold ? 1.13 : 1) * 1.06;
}

/** Text broken at spaces into lines no wider than `width` (a single long word keeps its line). */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/** A label placed so that it overlaps no other label of its row. */
export interface PlacedLabel {
  readonly lines: readonly string[];
  /** The left end of the text, in pixels. */
  readonly left: number;
  readonly row: number;
}

/** Labels laid out on rows: each row is `lines` lines of text high. */
export interface LabelLayout {
  readonly placed: readonly PlacedLabel[];
  readonly rows: number;
  readonly lines: number;
}

/** A label to place: its text, the position it is centred on and the width of what it names. */
export interface LabelSpan {
  readonly text: string;
  readonly centre: number;
  readonly span: number;
}

/**
 * Labels centred on their positions where there is room and kept inside [min, max]: on one row
 * if they fit, else each wrapped to the width of its span, else on as many rows as they need.
 */
export function placeLabels(
  labels: readonly LabelSpan[],
  size: number,
  min: number,
  max: number,
): LabelLayout {
  const place = (lines: readonly (readonly string[])[], multiRow: boolean) => {
    const rowEnds: number[] = [];
    const placed: PlacedLabel[] = [];
    for (const [i, { centre }] of labels.entries()) {
      const text = lines[i] as readonly string[];
      const width = Math.max(...text.map((l) => textWidth(l, size)));
      const left = Math.max(min, Math.min(max - width, centre - width / 2));
      let row = rowEnds.findIndex((end) => end + 6 <= left);
      if (row < 0) {
        if (!multiRow && rowEnds.length > 0) return undefined;
        row = rowEnds.push(-Infinity) - 1;
      }
      rowEnds[row] = left + width;
      placed.push({ lines: text, left, row });
    }
    return {
      placed,
      rows: rowEnds.length,
      lines: Math.max(1, ...placed.map((p) => p.lines.length)),
    };
  };
  const single = labels.map((l) => [l.text]);
  return (
    place(single, false) ??
    place(
      labels.map((l) => wrapText(l.text, l.span - 6, size)),
      false,
    ) ??
    (place(single, true) as LabelLayout)
  );
}

/** Text of a chart's label mark: lines joined for Plot, which splits them at newlines. */
export const joined = (d: { readonly lines: readonly string[] }) => d.lines.join('\n');

/** A standard's rating in words, "Not rated" for none. */
export const ratingWords = (rating: Rating | undefined) => rating ?? 'Not rated';

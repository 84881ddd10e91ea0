// The by-group chart of the board report: a grid with a column for the whole sample and one per
// group, a row for the cases and one per key question; each shown figure's cell in its band's
// colour with its "% yes" written in it (never colour alone), each suppressed cell grey and
// dashed with a dash written in it. The sub-group table stays beside it as its accessible
// alternative; the chart's <desc> gives every cell in words.
import type { GroupBreakdown, KeyQuestionCell } from 'hmip-ratings/breakdown';
import type { Rating } from 'hmip-ratings';
import type { Markish as Mark } from '@observablehq/plot';
import { joined, textWidth, wrapText } from './chart-text.js';
import { fillOf, inkOf } from './palette.js';
import { plotSvg, withTextAlternative, type PlotModule } from './svg.js';

/** What a cell shows: a figure in its band, a count, no cases, or a suppressed figure. */
type CellKind = 'figure' | 'count' | 'empty' | 'suppressed';

interface GridCell {
  readonly x: number;
  readonly y: number;
  readonly kind: CellKind;
  readonly band?: Rating;
  readonly text: string;
}

const GAP = 3;
const ROW = 26;
/** The mark of a suppressed cell, explained in the caption and the description. */
export const SUPPRESSED_MARK = '–';

/** "fewer than 5" or "withheld". */
const suppressedWords = (c: { status: string; threshold?: number }) =>
  c.status === 'fewer-than' ? `suppressed (fewer than ${c.threshold})` : 'suppressed (withheld)';

/** A key question's cell: its words in the chart (the longest that fit) and in the description. */
function keyQuestionCell(c: KeyQuestionCell, room: number, size: number) {
  if (c.status !== 'shown')
    return { kind: 'suppressed' as const, text: SUPPRESSED_MARK, words: suppressedWords(c) };
  const i = c.interval;
  if (!i) return { kind: 'empty' as const, text: '0', words: 'no applicable cases' };
  const long = `${i.percent}% (${i.yes}/${i.of})`;
  return {
    kind: 'figure' as const,
    band: i.band,
    text: textWidth(long, size) <= room ? long : `${i.percent}%`,
    words: `${i.percent}% (${i.yes} of ${i.of}) ${i.band}`,
  };
}

interface BreakdownLayout {
  readonly width: number;
  readonly size: number;
  readonly labelWidth: number;
  readonly cellWidth: number;
  readonly headTop: number;
  readonly heads: readonly { readonly x: number; readonly lines: readonly string[] }[];
  readonly rowLabels: readonly { readonly y: number; readonly text: string }[];
  readonly cells: readonly GridCell[];
  readonly height: number;
  readonly words: readonly string[];
}

function breakdownLayout(width: number, b: GroupBreakdown): BreakdownLayout {
  const size = width < 480 ? 11.5 : 12.5;
  const lineHeight = size + 3;
  const rowNames = ['cases', ...b.keyQuestions.map((k) => k.keyQuestion)];
  const labelWidth = Math.ceil(Math.max(...rowNames.map((n) => textWidth(n, size, true))) + 10);
  const columns = ['whole sample', ...b.groups.map((g) => g.label)];
  const cellWidth = (width - labelWidth - GAP * (columns.length - 1)) / columns.length;
  const x = (i: number) => labelWidth + i * (cellWidth + GAP);
  const headLines = columns.map((c) => wrapText(c, cellWidth - 4, size, true));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * lineHeight + 10;
  const heads = headLines.map((lines, i) => ({ x: x(i) + cellWidth / 2, lines }));
  const rowY = (r: number) => headHeight + r * (ROW + GAP);
  const room = cellWidth - 8;
  const cells: GridCell[] = [];
  const words: string[] = [];
  const counts = [
    { status: 'shown' as const, count: b.cases },
    ...b.groups.map((g) => g.cases),
  ].map((c, i) => {
    const shown = c.status === 'shown';
    cells.push({
      x: x(i),
      y: rowY(0),
      kind: shown ? 'count' : 'suppressed',
      text: shown ? String(c.count) : SUPPRESSED_MARK,
    });
    return `${columns[i]} ${shown ? c.count : suppressedWords(c)}`;
  });
  words.push(`Cases: ${counts.join('; ')}.`);
  b.keyQuestions.forEach((k, r) => {
    const row = [{ status: 'shown' as const, ...k.whole }, ...k.groups].map((c, i) => {
      const cell = keyQuestionCell(c, room, size);
      cells.push({ x: x(i), y: rowY(r + 1), ...cell });
      return `${columns[i]} ${cell.words}`;
    });
    words.push(`${k.keyQuestion}: ${row.join('; ')}.`);
  });
  const rowLabels = rowNames.map((text, r) => ({ y: rowY(r) + ROW / 2, text }));
  const height = Math.ceil(rowY(rowNames.length) - GAP);
  return { width, size, labelWidth, cellWidth, headTop: 5, heads, rowLabels, cells, height, words };
}

const cellFill = (c: GridCell) =>
  c.kind === 'figure' ? fillOf(c.band) : c.kind === 'suppressed' ? '#eeeeee' : '#ffffff';
const cellInk = (c: GridCell) => (c.kind === 'figure' ? inkOf(c.band) : '#111111');

function breakdownMarks(Plot: PlotModule, l: BreakdownLayout): Mark[] {
  const { size, cellWidth } = l;
  const suppressed = l.cells.filter((c) => c.kind === 'suppressed');
  const rest = l.cells.filter((c) => c.kind !== 'suppressed');
  const rect = (cells: readonly GridCell[], dashed: boolean) =>
    Plot.rect(cells, {
      x1: 'x',
      x2: (c: GridCell) => c.x + cellWidth,
      y1: 'y',
      y2: (c: GridCell) => c.y + ROW,
      fill: cellFill,
      stroke: (c: GridCell) => (c.kind === 'figure' ? 'none' : '#767676'),
      ...(dashed && { strokeDasharray: '3 2' }),
    });
  const words = (cells: readonly GridCell[], bold: boolean) =>
    Plot.text(cells, {
      x: (c: GridCell) => c.x + cellWidth / 2,
      y: (c: GridCell) => c.y + ROW / 2,
      text: 'text',
      fontSize: size,
      fontWeight: bold ? 'bold' : 'normal',
      fill: cellInk,
    });
  return [
    rect(rest, false),
    rect(suppressed, true),
    words(rest, false),
    words(suppressed, true),
    Plot.text(l.heads, {
      x: 'x',
      y: () => l.headTop,
      text: joined,
      lineAnchor: 'top',
      fontSize: size,
      fontWeight: 'bold',
      fill: '#111111',
    }),
    Plot.text(l.rowLabels, {
      x: () => 0,
      y: 'y',
      text: 'text',
      textAnchor: 'start',
      fontSize: size,
      fontWeight: 'bold',
      fill: '#111111',
    }),
  ];
}

/** The breakdown as a grid drawn at `width` pixels, with its text alternative. */
export function drawBreakdownChart(
  Plot: PlotModule,
  document: Document,
  width: number,
  breakdown: GroupBreakdown,
): SVGSVGElement {
  const l = breakdownLayout(width, breakdown);
  const svg = plotSvg(Plot, {
    document,
    width,
    height: l.height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: breakdownMarks(Plot, l),
  });
  return withTextAlternative(
    document,
    svg,
    `Each key question's % yes by ${breakdown.attribute}`,
    [
      ...l.words,
      `A cell marked ${SUPPRESSED_MARK} is suppressed: it rests on fewer than ${breakdown.suppressBelow} cases, or is withheld so that a smaller group cannot be worked out.`,
    ].join(' '),
  );
}

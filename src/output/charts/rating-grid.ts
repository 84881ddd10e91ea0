// The rating grid: every standard's rating as a coloured cell, a row of cells per domain, the
// rating written in each cell (never colour alone), and the whole grid in words as its text
// alternative. Wide, the domain names stand in a column on the left; narrow, above their cells.
import type { InspectionRating, StandardRating } from 'hmip-ratings';
import type { Markish as Mark } from '@observablehq/plot';
import type { ChartCall } from './chart-call.js';
import { joined, ratingWords, textWidth, wrapText } from './chart-text.js';
import { fillOf, inkOf } from './palette.js';
import { plotSvg, withTextAlternative, type PlotModule } from './svg.js';

/** A domain and its standards, in framework order. */
interface Domain {
  readonly id: string;
  readonly name: string;
  readonly standards: StandardRating[];
}

/** The rating's standards grouped by domain, in their order. */
function domainsOf(rating: InspectionRating): Domain[] {
  const domains: Domain[] = [];
  for (const s of rating.standards) {
    const last = domains[domains.length - 1];
    if (last && last.id === s.domain) last.standards.push(s);
    else domains.push({ id: s.domain, name: s.domainName, standards: [s] });
  }
  return domains;
}

/** How many cells a grid row holds: as many as fit at `least` pixels, balanced across rows. */
function gridColumns(most: number, room: number, least: number): number {
  const fit = Math.max(1, Math.min(most, Math.floor(room / least)));
  return Math.ceil(most / Math.ceil(most / fit));
}

const GAP = 4;
const PAD = 7;

/** The type size, the width of the domain names' column and of each cell. */
interface GridSizes {
  readonly width: number;
  readonly narrow: boolean;
  readonly size: number;
  readonly lineHeight: number;
  readonly labelWidth: number;
  readonly columns: number;
  readonly cellWidth: number;
}

function gridSizes(width: number, domains: readonly Domain[]): GridSizes {
  const narrow = width < 520;
  const size = narrow ? 12 : 12.5;
  const most = Math.max(1, ...domains.map((d) => d.standards.length));
  const labelWidth = narrow
    ? 0
    : Math.min(
        180,
        Math.max(0, ...domains.map((d) => textWidth(`${d.id}. ${d.name}`, size, true))) + 14,
      );
  const columns = gridColumns(most, width - labelWidth, narrow ? 150 : 120);
  const cellWidth = (width - labelWidth - GAP * (columns - 1)) / columns;
  return { width, narrow, size, lineHeight: size + 3, labelWidth, columns, cellWidth };
}

/** A standard's cell: its top left corner, height, name lines and rating lines. */
interface GridCell {
  readonly s: StandardRating;
  readonly x: number;
  readonly y: number;
  readonly h: number;
  readonly name: readonly string[];
  readonly words: readonly string[];
}

/** Where the cells and the domain names go, and the grid's height. */
interface GridLayout extends GridSizes {
  readonly cells: readonly GridCell[];
  readonly labels: readonly { readonly lines: readonly string[]; readonly y: number }[];
  readonly height: number;
}

function gridLayout(width: number, domains: readonly Domain[]): GridLayout {
  const sizes = gridSizes(width, domains);
  const { narrow, size, lineHeight, labelWidth, columns, cellWidth } = sizes;
  const cells: GridCell[] = [];
  const labels: { lines: string[]; y: number }[] = [];
  let y = 0;
  for (const d of domains) {
    const title = wrapText(`${d.id}. ${d.name}`, narrow ? width : labelWidth - 14, size, true);
    if (narrow) {
      labels.push({ lines: title, y });
      y += title.length * lineHeight + 4;
    } else labels.push({ lines: title, y: y + PAD });
    for (let start = 0; start < d.standards.length; start += columns) {
      const chunk = d.standards.slice(start, start + columns).map((s) => {
        const name = wrapText(`${s.standard} ${s.name}`, cellWidth - 2 * PAD, size);
        const words = [
          ...wrapText(ratingWords(s.rating), cellWidth - 2 * PAD, size, true),
          // wrapped like the rest: "(not in the score)" never runs past a narrow cell's edge
          ...(s.countsTowardOverall
            ? []
            : wrapText('(not in the score)', cellWidth - 2 * PAD, size, true)),
        ];
        return { s, name, words };
      });
      const h =
        Math.max(...chunk.map((t) => t.name.length + t.words.length)) * lineHeight + 2 * PAD;
      chunk.forEach((t, i) => cells.push({ ...t, x: labelWidth + i * (cellWidth + GAP), y, h }));
      y += h + GAP;
    }
    y += narrow ? 10 : 4;
  }
  return { ...sizes, cells, labels, height: Math.ceil(y - (narrow ? 10 : 4) - GAP) };
}

/** The cells in their ratings' colours, the standards' names and ratings, the domain names. */
function gridMarks(Plot: PlotModule, l: GridLayout): Mark[] {
  const { size, lineHeight, cellWidth } = l;
  return [
    Plot.rect(l.cells, {
      x1: 'x',
      x2: (d: GridCell) => d.x + cellWidth,
      y1: 'y',
      y2: (d: GridCell) => d.y + d.h,
      fill: (d: GridCell) => fillOf(d.s.rating),
      stroke: (d: GridCell) => (d.s.rating ? 'none' : '#767676'),
    }),
    // the standard's name, then its rating in bold: the rating is always written
    Plot.text(l.cells, {
      x: (d: GridCell) => d.x + PAD,
      y: (d: GridCell) => d.y + PAD,
      text: (d: GridCell) => d.name.join('\n'),
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / size,
      fontSize: size,
      fill: (d: GridCell) => inkOf(d.s.rating),
    }),
    Plot.text(l.cells, {
      x: (d: GridCell) => d.x + PAD,
      y: (d: GridCell) => d.y + PAD + d.name.length * lineHeight,
      text: (d: GridCell) => d.words.join('\n'),
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / size,
      fontSize: size,
      fontWeight: 'bold',
      fill: (d: GridCell) => inkOf(d.s.rating),
    }),
    Plot.text(l.labels, {
      x: () => 0,
      y: 'y',
      text: joined,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / size,
      fontSize: size,
      fontWeight: 'bold',
      fill: '#111111',
    }),
  ];
}

/** Every standard's rating in words, domain by domain. */
function gridDescription(domains: readonly Domain[]): string {
  return domains
    .map(
      (d) =>
        `${d.id}. ${d.name}: ${d.standards
          .map(
            (s) =>
              `${s.standard} ${s.name} ${ratingWords(s.rating)}${s.countsTowardOverall ? '' : ' (not in the score)'}`,
          )
          .join('; ')}.`,
    )
    .join(' ');
}

/** The rating grid of a checked call. */
export function drawRatingGrid(Plot: PlotModule, c: ChartCall): SVGSVGElement {
  const domains = domainsOf(c.rating);
  const layout = gridLayout(c.width, domains);
  const svg = plotSvg(Plot, {
    document: c.document,
    width: c.width,
    height: layout.height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: gridMarks(Plot, layout),
  });
  return withTextAlternative(
    c.document,
    svg,
    'The rating of every standard',
    gridDescription(domains),
  );
}

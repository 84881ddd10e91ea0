// A chart of series over the audits' dates against bands, as Plot marks: each series a line with
// a symbol, a colour and a dash pattern of its own (so lines at the same value stay visible), its
// intervals as whiskers and its name right of the last audit (the names moved apart so none
// overlap, and drawn last, so no line or marker is drawn over one); the bands as dashed lines,
// their names in the right margin, where nothing else is drawn.
import type { Markish as Mark } from '@observablehq/plot';
import { textWidth } from './chart-text.js';
import { SERIES_COLOURS } from './palette.js';
import type { PlotModule } from './svg.js';

const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const;
/** Each series' dash pattern: a line over another at the same value leaves the other showing. */
const DASHES = ['none', '7 3', '2 3', '9 3 2 3', '4 2', '1 2', '12 4'] as const;
const BAND_SIZE = 10;
const LABEL_SIZE = 12;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Jan 2024", in UTC and English, the same everywhere. */
function dayText(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One line of a chart: a series of values by audit, with intervals where known. */
export interface Series {
  readonly id: string;
  readonly values: readonly {
    readonly date: string;
    readonly value?: number;
    readonly lower?: number;
    readonly upper?: number;
    readonly text: string;
  }[];
}

/** Direct labels' heights, moved apart so no two overlap (in the chart's units). */
function labelPlaces(
  ends: readonly { id: string; value: number }[],
  gap: number,
  top: number,
): Map<string, number> {
  const sorted = [...ends].sort((a, b) => a.value - b.value || a.id.localeCompare(b.id));
  const places: number[] = [];
  for (const [i, e] of sorted.entries())
    places.push(i === 0 ? e.value : Math.max(e.value, (places[i - 1] as number) + gap));
  // Pushed over the top: shift the whole run down.
  const over = (places[places.length - 1] ?? 0) - top;
  if (over > 0) for (let i = 0; i < places.length; i++) places[i] = (places[i] as number) - over;
  return new Map(sorted.map((e, i) => [e.id, places[i] as number]));
}

/** A chart's y scale: its top, its label and the bands drawn across it. */
export interface Scale {
  readonly max: number;
  readonly label: string;
  readonly bands: readonly { readonly rating: string; readonly from: number }[];
}

/** The bands as dashed lines across the plot, their names in the right margin (`gutter` px wide). */
function bandMarks(Plot: PlotModule, scale: Scale, gutter: number): Mark[] {
  const bandLabels = scale.bands.map((b, i) => ({
    text: b.rating,
    y: (b.from + (scale.bands[i + 1]?.from ?? scale.max)) / 2,
  }));
  return [
    Plot.ruleY(
      scale.bands.filter((b) => b.from > 0),
      { y: 'from', stroke: '#555555', strokeDasharray: '4 3' },
    ),
    // The bands' names beyond the plot's right edge: no line, marker or label reaches them.
    Plot.text(bandLabels, {
      y: 'y',
      text: 'text',
      frameAnchor: 'right',
      textAnchor: 'start',
      dx: 6,
      lineWidth: (gutter - 8) / BAND_SIZE,
      fill: '#444444',
      fontSize: BAND_SIZE,
    }),
  ];
}

/** Where each series' direct label sits: its last value's date, and its height moved clear of the others. */
interface EndLabel {
  readonly date: string;
  readonly y: number;
}

/** How far apart the series are drawn at one audit, in pixels, and series i's offset. */
const spreadOf = (count: number) => Math.min(8, 40 / Math.max(1, count));
const offsetOf = (i: number, count: number) => (i - (count - 1) / 2) * spreadOf(count);

/** One series' marks: its whiskers, its line in its dash pattern, and its dots. */
function seriesMarks(Plot: PlotModule, s: Series, i: number, count: number): Mark[] {
  const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] as string;
  const symbol = SYMBOLS[i % SYMBOLS.length] as string;
  const dash = DASHES[i % DASHES.length] as string;
  const dx = offsetOf(i, count);
  const rows = s.values.map((v) => ({
    date: utc(v.date),
    value: v.value ?? NaN,
    lower: v.lower,
    upper: v.upper,
  }));
  const known = rows.filter((r) => !Number.isNaN(r.value));
  const whiskers = rows.filter((r) => r.lower !== undefined && r.upper !== undefined);
  return [
    Plot.ruleX(whiskers, {
      x: 'date',
      y1: 'lower',
      y2: 'upper',
      stroke: colour,
      strokeOpacity: 0.7,
      dx,
    }),
    Plot.lineY(rows, {
      x: 'date',
      y: 'value',
      stroke: colour,
      strokeWidth: 2,
      ...(dash !== 'none' && { strokeDasharray: dash }),
      dx,
    }),
    Plot.dot(known, {
      x: 'date',
      y: 'value',
      symbol,
      stroke: colour,
      fill: '#ffffff',
      strokeWidth: 2,
      r: 4.5,
      dx,
    }),
  ];
}

/** A series' name right of the last audit, clear of every line and marker. */
function labelMark(Plot: PlotModule, s: Series, i: number, lastDate: string, end: EndLabel): Mark {
  return Plot.text([{ date: utc(lastDate), y: end.y }], {
    x: 'date',
    y: 'y',
    text: () => s.id,
    dx: LABEL_DX,
    stroke: '#ffffff',
    strokeWidth: 3,
    textAnchor: 'start',
    fill: SERIES_COLOURS[i % SERIES_COLOURS.length] as string,
    fontWeight: 'bold',
    fontSize: LABEL_SIZE,
  });
}

/** The labels start this far right of the last audit: past the markers' widest spread (20 px) and a symbol's radius. */
const LABEL_DX = 28;

/** Each series' end label: at its last known value, placed so no two labels overlap. */
function endLabels(
  series: readonly Series[],
  gap: number,
  top: number,
): (id: string) => EndLabel | undefined {
  const ends = series.flatMap((s) => {
    const last = [...s.values].reverse().find((v) => v.value !== undefined);
    return last ? [{ id: s.id, value: last.value as number, date: last.date }] : [];
  });
  const places = labelPlaces(ends, gap, top);
  return (id) => {
    const end = ends.find((e) => e.id === id);
    return end && { date: end.date, y: places.get(id) ?? end.value };
  };
}

/** A chart of series over the audits' dates against bands, in Plot marks. */
export function seriesChart(
  Plot: PlotModule,
  document: Document,
  width: number,
  dates: readonly string[],
  series: readonly Series[],
  scale: Scale,
): SVGSVGElement {
  const height = 320;
  const x = dates.map(utc);
  const last = dates[dates.length - 1] as string;
  const step = Math.max(1, Math.ceil(dates.length / Math.max(2, Math.floor(width / 110))));
  const ticks = x.filter((_, i) => i % step === 0 || i === x.length - 1);
  const endOf = endLabels(series, (scale.max * 16) / (height - 60), scale.max);
  // The band names' margin: the widest name, wrapped at spaces when the chart is narrow.
  const widest = Math.max(...scale.bands.map((b) => textWidth(b.rating, BAND_SIZE)));
  const gutter = Math.ceil(Math.min(widest, width < 480 ? 70 : widest) + 10);
  const labelRoom = Math.ceil(
    LABEL_DX + Math.max(0, ...series.map((s) => textWidth(s.id, LABEL_SIZE, true))) + 6,
  );
  const marks: Mark[] = [
    ...bandMarks(Plot, scale, gutter),
    ...series.flatMap((s, i) => seriesMarks(Plot, s, i, series.length)),
    // last, so that no line or marker is drawn over a name
    ...series.flatMap((s, i) => {
      const end = endOf(s.id);
      return end ? [labelMark(Plot, s, i, last, end)] : [];
    }),
  ];
  const domain: [Date, Date] = [x[0] as Date, x[x.length - 1] as Date];
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 44,
    marginRight: gutter,
    marginTop: 28,
    marginBottom: 36,
    style: { fontFamily: 'system-ui, sans-serif', fontSize: '12px', background: '#ffffff' },
    x: {
      type: 'utc',
      domain,
      insetLeft: 28,
      insetRight: labelRoom,
      ticks,
      tickFormat: dayText,
      label: null,
    },
    y: {
      domain: [0, scale.max],
      ticks: [...scale.bands.map((b) => b.from), scale.max],
      label: scale.label,
    },
    marks,
  }) as unknown as SVGSVGElement;
}

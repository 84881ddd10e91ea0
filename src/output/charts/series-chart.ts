// A chart of series over the audits' dates against bands, as Plot marks: each series a line with
// a symbol and a colour of its own, its intervals as whiskers and its name at its end (the names
// moved apart so none overlap), the bands as dashed lines with their names.
import type { Markish as Mark } from '@observablehq/plot';
import { SERIES_COLOURS } from './palette.js';
import type { PlotModule } from './svg.js';

const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const;
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

/** The bands as dashed lines, with their names under the lines in a white halo. */
function bandMarks(Plot: PlotModule, scale: Scale): Mark[] {
  const bandLabels = scale.bands.map((b, i) => ({
    text: b.rating,
    y: (b.from + (scale.bands[i + 1]?.from ?? scale.max)) / 2,
  }));
  return [
    Plot.ruleY(
      scale.bands.filter((b) => b.from > 0),
      { y: 'from', stroke: '#555555', strokeDasharray: '4 3' },
    ),
    // The bands' names, under the lines, with a white halo so they stay readable.
    Plot.text(bandLabels, {
      y: 'y',
      text: 'text',
      frameAnchor: 'left',
      textAnchor: 'start',
      dx: 4,
      fill: '#444444',
      stroke: '#ffffff',
      strokeWidth: 3,
      fontSize: 10,
    }),
  ];
}

/** Where each series' direct label sits: its last value's date, and its height moved clear of the others. */
interface EndLabel {
  readonly date: string;
  readonly y: number;
}

/** One series' marks: its whiskers, line and dots, and its label at its end. */
function seriesMarks(
  Plot: PlotModule,
  s: Series,
  i: number,
  count: number,
  end: EndLabel | undefined,
): Mark[] {
  const spread = Math.min(8, 40 / Math.max(1, count));
  const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] as string;
  const symbol = SYMBOLS[i % SYMBOLS.length] as string;
  const dx = (i - (count - 1) / 2) * spread;
  const rows = s.values.map((v) => ({
    date: utc(v.date),
    value: v.value ?? NaN,
    lower: v.lower,
    upper: v.upper,
  }));
  const known = rows.filter((r) => !Number.isNaN(r.value));
  const whiskers = rows.filter((r) => r.lower !== undefined && r.upper !== undefined);
  const marks: Mark[] = [
    Plot.ruleX(whiskers, {
      x: 'date',
      y1: 'lower',
      y2: 'upper',
      stroke: colour,
      strokeOpacity: 0.7,
      dx,
    }),
    Plot.lineY(rows, { x: 'date', y: 'value', stroke: colour, strokeWidth: 2, dx }),
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
  if (end)
    marks.push(
      Plot.text([{ date: utc(end.date), y: end.y }], {
        x: 'date',
        y: 'y',
        text: () => s.id,
        dx: ((count - 1) / 2) * spread + 10,
        stroke: '#ffffff',
        strokeWidth: 3,
        textAnchor: 'start',
        fill: colour,
        fontWeight: 'bold',
        fontSize: 12,
      }),
    );
  return marks;
}

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
  const step = Math.max(1, Math.ceil(dates.length / Math.max(2, Math.floor(width / 110))));
  const ticks = x.filter((_, i) => i % step === 0 || i === x.length - 1);
  const endOf = endLabels(series, (scale.max * 16) / (height - 60), scale.max);
  const marks: Mark[] = [
    ...bandMarks(Plot, scale),
    ...series.flatMap((s, i) => seriesMarks(Plot, s, i, series.length, endOf(s.id))),
  ];
  const domain: [Date, Date] = [x[0] as Date, x[x.length - 1] as Date];
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 44,
    marginRight: 64,
    marginTop: 28,
    marginBottom: 36,
    style: { fontFamily: 'system-ui, sans-serif', fontSize: '12px', background: '#ffffff' },
    x: {
      type: 'utc',
      domain,
      inset: 28,
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

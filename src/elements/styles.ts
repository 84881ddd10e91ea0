// The elements' own styles, inside their shadow roots: nothing leaks in or out but the custom
// properties below, each with its default (the page's and the reports' palette, where the rating
// colours stay apart under colour-vision deficiency and in greyscale; every rating is written too).

/**
 * The custom properties a page sets to theme the elements, with their defaults (the README lists
 * what each colours).
 * @category Elements
 */
export const THEME = {
  '--hmip-font': 'inherit',
  '--hmip-ink': '#1b1b1b',
  '--hmip-muted': '#4b5357',
  '--hmip-line': '#b1b4b6',
  '--hmip-surface': '#ffffff',
  '--hmip-header': '#f3f2f1',
  '--hmip-focus': '#ffdd00',
  '--hmip-active': '#1d4f91',
  '--hmip-off': '#e8e8e8',
  '--hmip-problem': '#7f2704',
  '--hmip-outstanding': '#2c6fbb',
  '--hmip-outstanding-ink': '#ffffff',
  '--hmip-good': '#c6e2f5',
  '--hmip-good-ink': '#000000',
  '--hmip-requires-improvement': '#f39a3c',
  '--hmip-requires-improvement-ink': '#000000',
  '--hmip-inadequate': '#7f2704',
  '--hmip-inadequate-ink': '#ffffff',
} as const;

const v = (name: keyof typeof THEME) => `var(${name}, ${THEME[name]})`;

const BADGES = (['outstanding', 'good', 'requires-improvement', 'inadequate'] as const)
  .map((r) => `.rating.${r}{background:${v(`--hmip-${r}`)};color:${v(`--hmip-${r}-ink`)}}`)
  .join('');

/** What both elements share: the host, tables and the rating badges. */
export const BASE_CSS = `:host{display:block;font-family:${v('--hmip-font')};color:${v('--hmip-ink')};background:${v('--hmip-surface')}}
:host([hidden]){display:none}
table{border-collapse:collapse}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid ${v('--hmip-line')};vertical-align:top}
thead th{border-bottom:2px solid ${v('--hmip-ink')}}
.rating{display:inline-block;padding:.1rem .5rem;font-weight:700;white-space:nowrap;font-size:max(1em,14px);border:1px solid transparent}
.rating.not-rated{background:${v('--hmip-header')};color:${v('--hmip-ink')};border-color:${v('--hmip-muted')}}
${BADGES}`;

/** The ratings table: a table at full width, stacked rows when its box is narrow. */
export const TABLE_CSS = `${BASE_CSS}
:host{container-type:inline-size}
table{width:100%}
tr.domain th{background:${v('--hmip-header')}}
td.how{color:${v('--hmip-muted')}}
@container (max-width: 36rem){
table,tbody,tr,th,td{display:block}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
tr{border-bottom:1px solid ${v('--hmip-line')};padding:.35rem 0}
th,td{border:0;padding:.15rem .5rem}
td[data-label]::before{content:attr(data-label) ": ";font-weight:700;color:${v('--hmip-ink')}}
}`;

/** The audit grid: a grid that scrolls sideways inside its own box, its case column kept in view. */
export const GRID_CSS = `${BASE_CSS}
.scroll{overflow-x:auto;max-width:100%}
table[role=grid]{font-variant-numeric:tabular-nums;font-size:.9em}
[role=grid] th,[role=grid] td{border:1px solid ${v('--hmip-line')};padding:.2rem .3rem;white-space:nowrap}
[role=grid] thead th,[role=grid] tfoot th,[role=grid] tfoot td{background:${v('--hmip-header')}}
[role=grid] tbody th{position:sticky;left:0;background:${v('--hmip-header')};z-index:1}
[role=gridcell]{min-width:2.2em;text-align:center;cursor:cell}
[role=gridcell][aria-disabled=true]{background:${v('--hmip-off')};color:${v('--hmip-muted')}}
[role=gridcell]:focus{outline:3px solid ${v('--hmip-ink')};outline-offset:-3px;box-shadow:inset 0 0 0 5px ${v('--hmip-focus')}}
[role=gridcell].active{outline:2px solid ${v('--hmip-active')};outline-offset:-2px}
.summary{font-size:1.15rem;font-weight:700;margin:.5rem 0}
.problem{color:${v('--hmip-problem')};font-weight:700;margin:.5rem 0}
.problem:empty{display:none}
.help{color:${v('--hmip-muted')};margin:.25rem 0 .5rem}`;

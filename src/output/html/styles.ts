// The style sheets of the HTML pages: each page's layout for screens from a phone up, and for
// print on A4 (no table row cut across a page); each rating's colours come from the palette.
import { ratingColourRules } from './page.js';

/** Tables of class "stack" at 600 px and less: each row a card, each cell under its heading. */
const STACKED_ROWS = `@media screen and (max-width: 600px) {
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }
  table.stack { min-width: 0; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; }
  table.stack caption { display: block; }
  table.stack tr { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    border: 1px solid #a6a6a6; margin: 0 0 0.5rem; }
  table.stack th, table.stack td { border: 0; border-top: 1px solid #dddddd; text-align: left;
    white-space: normal; min-width: 0; overflow-wrap: anywhere; }
  table.stack th[scope='row'], table.stack tr.domain th { grid-column: 1 / -1; border-top: 0; }
  table.stack td:empty { display: none; }
  table.stack [data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  table.stack th[scope='row'] { background: #f1f1f1; }
  table.stack .badge { white-space: normal; }
}`;

/** The board report's style sheet: wide screens, phones (600 px and less) and A4 print. */
export const REPORT_STYLE = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; color: #111; background: #fff;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header { border-bottom: 3px solid #111; padding: 1.25rem 0 0.75rem; margin-bottom: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.2rem 0 0.4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; line-height: 1.25; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 1px solid #767676; }
h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.6rem 0 0.5rem; }
p, li { overflow-wrap: anywhere; }
.kicker, .meta { margin: 0; color: #404040; }
.subtitle { margin: 0 0 0.4rem; font-size: 1.15rem; overflow-wrap: anywhere; }
.headline { font-size: 1.15rem; margin: 0.5rem 0 1rem; }
.headline strong { font-size: 1.3rem; }
figure { margin: 1rem 0 1.25rem; }
figcaption { color: #404040; font-size: 0.9rem; margin-top: 0.25rem; }
svg { display: block; max-width: 100%; height: auto; }
.narrow { display: none; }
.table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
.table-wrap:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.25rem 0 0.4rem; }
th, td { border: 1px solid #a6a6a6; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #ededed; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.how, .count { display: block; font-weight: 400; color: #333; font-size: 0.9em; }
tr.domain th { background: #f5f5f5; }
tr.lowest th, tr.lowest td { font-weight: 700; }
tr.lowest th:first-child { border-left: 4px solid #000; }
.tag { display: inline-block; margin-left: 0.35rem; padding: 0 0.35rem; border: 1px solid #000;
  border-radius: 0.2rem; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; }
.question { display: block; font-weight: 400; color: #333; }
.badge { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 0.25rem; font-weight: 700; }
td.rating { width: 1%; }
@media (min-width: 601px) { td.rating .badge { white-space: nowrap; } }
${ratingColourRules((i) => `.rating-${i}`)}
.rating-none { background: #e8e8e8; color: #111; border: 1px solid #767676; }
.note { color: #333; }
footer { border-top: 1px solid #767676; margin-top: 2.5rem; padding-top: 0.75rem; font-size: 0.9rem;
  color: #333; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
@media (max-width: 600px) {
  body { font-size: 15px; padding: 0 0.75rem 2rem; }
  h1 { font-size: 1.45rem; }
  .wide { display: none; }
  .narrow { display: block; }
  th, td { padding: 0.25rem 0.35rem; }
}
/* On a phone a table of figures reads down, not sideways: each row a card, each cell under its
   column's heading (data-label); the heading row stays for screen readers. */
${STACKED_ROWS}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .wide { display: block !important; }
  .narrow { display: none !important; }
  .table-wrap { overflow: visible; }
  table { font-size: 9pt; }
  th, td { padding: 2pt 4pt; }
  table.many th, table.many td { overflow-wrap: anywhere; }
  h2 { margin-top: 1.2rem; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  figure, .keep { break-inside: avoid; page-break-inside: avoid; }
  figure { margin: 0.5rem 0 0.75rem; }
  footer { break-inside: avoid; }
}
`;

/** The trend page's style sheet: wide screens, phones and A4 print. */
export const TREND_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px;
  line-height: 1.45; color: #111; background: #fff; margin: 0; padding: 1rem; }
main { max-width: 62rem; margin: 0 auto; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #111; padding-bottom: .2rem; }
p, li { max-width: 48rem; }
.lead { color: #333; margin-top: 0; }
.table-wrap { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
.table-wrap:focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #bbb; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f1f1f1; }
td { min-width: 6.5rem; }
th[scope='row'] { white-space: nowrap; }
td.name { min-width: 14rem; color: #333; }
.badge { display: inline-block; padding: 0 .35rem; border-radius: .25rem; font-weight: 600;
  white-space: nowrap; }
${ratingColourRules((i) => `.badge.r${i}`)}
.beyond { font-weight: 700; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
figure { margin: 1rem 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
figure svg { max-width: 100%; height: auto; display: block; }
.charts figure { max-width: 40rem; }
.narrow { display: none; }
@media screen and (max-width: 600px) { .wide { display: none; } .narrow { display: block; } }
footer { margin-top: 2rem; font-size: .85rem; color: #333; border-top: 1px solid #bbb;
  padding-top: .5rem; }
@media (max-width: 30rem) { body { padding: .5rem; font-size: 15px; } h1 { font-size: 1.3rem; } }
.kicker { margin: 0; color: #404040; }
${STACKED_ROWS}
@media screen and (max-width: 600px) { table.stack td, table.stack th[scope='row'] { min-width: 0; white-space: normal; } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { padding: 0; font-size: 10.5pt; }
  main { max-width: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .table-wrap { overflow: visible; }
  table { width: 100%; font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  figure svg { max-height: 95mm; width: auto; }
  .badge { border: 1px solid #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

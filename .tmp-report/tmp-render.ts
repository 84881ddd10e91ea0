import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { ratingIntervals, youth2021 } from 'hmip-ratings';
import { rateAudit } from '../src/sheets/audit.ts';
import { ratingCharts, serverDocument } from '../src/report/charts.ts';
const audit = await rateAudit({ cases: { name: 'cases.csv', data: readFileSync('examples/cumberland/cases.csv') }, judgements: { name: 'judgements.csv', data: readFileSync('examples/cumberland/judgements.csv') } });
const document = await serverDocument();
let html = '<!doctype html><html><body style="margin:0;background:#ddd">';
for (const width of [720, 358]) {
  const c = await ratingCharts(audit.rating, { document, width, intervals: ratingIntervals(audit.rating, youth2021) });
  html += `<div style="width:${width}px;display:inline-block;vertical-align:top;margin:4px;background:#fff">` + [c.grid, c.score, ...c.standards.slice(0,3).map(s => s.chart)].map(s => s.outerHTML).join('<hr>') + '</div>';
}
writeFileSync('/tmp/rep/charts.html', html + '</body></html>');

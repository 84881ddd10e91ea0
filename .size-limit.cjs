// Bundle-size ceilings for what a consumer's bundler ships (minified, gzip), each with its reason.
// Ceilings sit a little above the measured size, so growth is a visible decision.
module.exports = [
  {
    name: 'bandFor + overallBandFor',
    path: 'packages/hmip-ratings/dist/index.js',
    import: '{ bandFor, overallBandFor }',
    // A form that only bands figures must not pay for the frameworks, zod or the rules engine. It
    // does pay for checking its arguments (custom bands by hand, no zod) and for the typed error
    // with bounded previews: 2.4 kB measured, up from 0.9 kB before the boundary work (issue 8).
    limit: '2.5 kB',
    gzip: true,
  },
  {
    name: 'rateInspection with the built-in frameworks',
    path: 'packages/hmip-ratings/dist/index.js',
    import: '{ rateInspection }',
    // The usual import of a rating tool: the core without formatting, cases or published data.
    limit: '22 kB',
    gzip: true,
  },
  {
    name: 'drawSample (the sampling room)',
    path: 'packages/hmip-ratings/dist/sampling/index.js',
    import: '{ drawSample }',
    // A sampling form: the frameworks (for disposals), zod for the caseload records and for
    // checking a framework argument, the calendar and the size formula; no rating rules. 23.1 kB.
    limit: '24 kB',
    gzip: true,
  },
  {
    name: 'rateCases + ratingIntervals + resampleRating (rate and trust)',
    import: {
      'packages/hmip-ratings/dist/cases/index.js': '{ rateCases }',
      'packages/hmip-ratings/dist/confidence/index.js': '{ ratingIntervals, resampleRating }',
    },
    // A page that rates an audit and says how far it can be trusted: 30.5 kB; 32.12 kB measured
    // (2026-12-05) once issues 16 and 17 were merged (the tally's faster case records among them).
    limit: '32.5 kB',
    gzip: true,
  },
  {
    name: 'createLiveAudit (the live room)',
    path: 'packages/hmip-ratings/dist/live/index.js',
    import: '{ createLiveAudit }',
    // A web form or grid that re-rates as an auditor types: rateCases (which checks the audit it
    // starts from), the margins, and the live audit's own state and edits. 27.9 kB measured.
    limit: '29 kB',
    gzip: true,
  },
  {
    name: 'auditTrend (the trend room)',
    path: 'packages/hmip-ratings/dist/trend/index.js',
    import: '{ auditTrend }',
    // Trends check the ratings they compare against the result schema, and use the exact
    // intervals and the bands; no rating rules: 24.5 kB.
    limit: '26 kB',
    gzip: true,
  },
  {
    name: 'the whole core: every room, zod/mini schemas and both frameworks',
    path: 'test/fixtures/size/whole-core.js',
    import: '*',
    // Everything: 173 kB minified. The frameworks' verbatim texts are 28 kB of it and zod/mini 26
    // kB; the rooms of the quality-assurance cycle (sampling, confidence, breakdown, moderation,
    // trend) 64 kB. Was 30 kB before those rooms landed (issues 10-12); a bundler keeps only the
    // rooms a tool imports (the entries above). The live audit (issue 16) added 2.5 kB: 57.1 kB.
    // Grades (issue 17: the grades room and weighted kappa in moderation) 60.7 kB measured; with
    // the actions room (issue 17) 61.07 kB.
    limit: '61.5 kB',
    gzip: true,
  },
  {
    name: 'hmip-ratings-sheets: rateAudit + formatReport (a page rating a CSV audit)',
    path: 'packages/hmip-ratings-sheets/dist/sheets.js',
    import: '{ rateAudit, formatReport }',
    // The CSV path with papaparse and the rules. exceljs, Plot and linkedom stay behind their
    // import() and are not counted; the workbook reader (8 kB) and the HTML report's module are
    // counted, as size-limit's bundler follows local import() too.
    ignore: ['exceljs', '@observablehq/plot', 'linkedom'],
    // 69.5 kB measured. The tools import the core's helpers by name from hmip-ratings/toolkit,
    // so a bundler keeps only the helpers a page uses (72.1 kB when they took the whole toolkit
    // object). The page's own first load, bundled by Rollup, is in docs/performance.md.
    // 71.7 kB measured (2026-12-05) with the wrong-sheet recogniser (read/sheet-kind.ts: its
    // messages, 1.7 kB gzipped on its own), which every audit read runs before any cell, and
    // day-first dates (issue 15: the date reader the report's date check shares). 75.65 kB
    // (2026-12-05) with the team's own headings: ids at a heading's start, the key questions'
    // wording, the column map and the closest-wording suggestions every case sheet's header runs.
    // 77.31 kB (2026-12-05) with per-case grades (issue 17): the grade column's reader and the
    // report's grades section (the grades room's distribution, cross-tab and rows); then the
    // improvement actions' section in the text and HTML reports, and the board report's
    // confidence and by-group charts and heading options (2.9 kB, all in the HTML report's
    // module, which a page loads with import() only when it makes a report; counted here because
    // size-limit follows it): 81.23 kB.
    limit: '81.5 kB',
    gzip: true,
  },
  {
    name: 'hmip-ratings-sheets/elements: defineElements (the audit grid and ratings table)',
    path: 'packages/hmip-ratings-sheets/dist/elements/index.js',
    import: '{ defineElements }',
    // The two custom elements with their styles, the pasted-range reader, the argument checks and
    // the typed error; no frameworks, rules or zod (the grid takes its framework from the live
    // audit's caller and checks it against the audit). 6.99 kB measured (2026-12-05).
    limit: '7.5 kB',
    gzip: true,
    // As a consumer's bundler sees the package: without this repository's tsconfig "paths",
    // which send 'hmip-ratings' to src/ and so bundle the core's source beside its build.
    modifyEsbuildConfig: (config) => ({ ...config, tsconfigRaw: '{}' }),
  },
  {
    name: 'defineElements + createLiveAudit (a page with the audit grid)',
    import: {
      'packages/hmip-ratings-sheets/dist/elements/index.js': '{ defineElements }',
      'packages/hmip-ratings/dist/live/index.js': '{ createLiveAudit }',
    },
    // The live room (28.2 kB above) and the elements, sharing the typed error: 33.2 kB measured.
    limit: '34 kB',
    gzip: true,
    modifyEsbuildConfig: (config) => ({ ...config, tsconfigRaw: '{}' }),
  },
];

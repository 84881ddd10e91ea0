// Bundle-size ceilings for what a consumer's bundler ships (minified, gzip), each with its reason.
module.exports = [
  {
    name: 'bandFor + overallBandFor',
    path: 'packages/hmip-ratings/dist/index.js',
    import: '{ bandFor, overallBandFor }',
    // A form that only bands figures must not pay for the frameworks, zod or the rules engine. It
    // does pay for checking its arguments (custom bands by hand, no zod) and for the typed error
    // with bounded previews: 2.3 kB measured, up from 0.9 kB before the boundary work (issue 8).
    limit: '2.5 kB',
    gzip: true,
  },
  {
    name: 'the whole core: rules, zod/mini schemas and both frameworks',
    path: 'packages/hmip-ratings/dist/index.js',
    import: '*',
    // Small enough for a browser audit tool; zod/mini is about 6 kB of it (classic zod would be
    // ~92 kB) and the 2018 framework's 94 prompts about 8 kB. The boundary checks, the toolkit and
    // the sampling and trust rooms are in it too.
    limit: '30 kB',
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
];

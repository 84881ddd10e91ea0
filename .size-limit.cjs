// Bundle-size ceilings for what a consumer's bundler ships (minified, gzip), each with its reason.
module.exports = [
  {
    name: 'bandFor + overallBandFor',
    path: 'dist/index.js',
    import: '{ bandFor, overallBandFor }',
    // A form that only bands figures must not pay for the frameworks, zod or the rules engine.
    limit: '1 kB',
    gzip: true,
  },
  {
    name: 'the whole core: rules, zod/mini schemas and both frameworks',
    path: 'dist/index.js',
    import: '*',
    // Small enough for a browser audit tool; zod/mini is about 6 kB of it (classic zod would be ~92 kB).
    limit: '25 kB',
    gzip: true,
  },
  {
    name: 'rateInspection with the built-in frameworks',
    path: 'dist/index.js',
    import: '{ rateInspection }',
    // The usual import of a rating tool: the core without formatting, cases or published data.
    limit: '22 kB',
    gzip: true,
  },
];

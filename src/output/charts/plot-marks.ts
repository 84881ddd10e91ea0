// The Observable Plot functions the charts draw with, in one module that svg.ts loads with
// import() on the first chart: a bundler keeps only these (about 82 kB gzip, against 128 kB for
// the whole of Plot), and nothing is loaded until a chart is drawn.
export { axisX, dot, lineY, plot, rect, ruleX, ruleY, text } from '@observablehq/plot';

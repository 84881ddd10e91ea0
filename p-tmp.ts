import { drawSample, youth2021, type CaseloadRecord } from './src/index.ts';
import { isCaseloadRecord } from './src/sampling/caseload-record.ts';
const DISPOSALS = [['community-sentence','court'],['custodial-sentence','court'],['youth-conditional-caution','out-of-court'],['youth-caution','out-of-court'],['community-resolution','out-of-court']] as const;
let s = 7;
const rnd = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
const caseload: CaseloadRecord[] = Array.from({ length: 100_000 }, (_, i) => {
  const [disposal, kind] = DISPOSALS[Math.floor(rnd() * 5)]!;
  const day = Math.floor(rnd() * 365);
  const d = new Date(Date.UTC(2024, 6, 1) + day * 864e5).toISOString().slice(0, 10);
  return { id: `case-${i}`, kind, disposal, date: d, attributes: { gender: rnd() < 0.8 ? 'boy' : 'girl', rosh: ['low','medium','high','very high'][Math.floor(rnd()*4)]!, safety: ['low','medium','high','very high'][Math.floor(rnd()*4)]!, team: `team ${Math.floor(rnd()*6)}` } };
});
const bare = (xs: readonly CaseloadRecord[], k: number) => {
  const a = xs.slice();
  let t = 1;
  for (let i = a.length - 1; i > 0; i--) {
    t = (t + 0x6d2b79f5) | 0; let z = Math.imul(t ^ (t >>> 15), 1 | t); z = (z + Math.imul(z ^ (z >>> 7), 61 | z)) ^ z; const r = ((z ^ (z >>> 14)) >>> 0);
    const j = r % (i + 1); const x = a[i]!; a[i] = a[j]!; a[j] = x;
  }
  return a.slice(0, k);
};
const fns: Record<string, () => unknown> = {
  bare: () => bare(caseload, 324),
  draw: () => drawSample(youth2021, caseload, { fieldwork: '2025-07-07' }),
  handcheck: () => { let v = true; for (const c of caseload) v = v && isCaseloadRecord(c); return v; },
};
const best: Record<string, number> = {};
for (let round = 0; round < 40; round++) for (const [k, f] of Object.entries(fns)) { const t0 = performance.now(); f(); const t = performance.now() - t0; if (round > 3) best[k] = Math.min(best[k] ?? Infinity, t); }
console.log(Object.entries(best).map(([k, v]) => `${k} ${v.toFixed(2)}`).join('  '), 'ratio', (best.draw! / best.bare!).toFixed(2));

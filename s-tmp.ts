import { drawSample, youth2021, sampleSize } from './src/index.ts';
const caseload = Array.from({ length: 42 }, (_, i) => ({
  id: `c${i}`, kind: 'court' as const, disposal: 'community-sentence', date: '2024-11-15',
  attributes: { gender: i % 3 === 0 ? 'girl' : 'boy' },
}));
const sample = drawSample(youth2021, caseload, { fieldwork: '2025-07-07' });
console.log(JSON.stringify(sample.kinds[0], null, 1).slice(0, 2500));
console.log(sample.cases.map(c => c.id).join(' '));
for (const N of [10,26,27,42,43,100,1000,10000]) console.log(N, sampleSize(N).size, sampleSize(N).unrounded);
console.log(sampleSize(42).rule);
try { drawSample(youth2021, [{ id: 'a', kind: 'court', disposal: 'x', date: '2024-02-30' }, {id: 'a'}] as never, { fieldwork: '2025-13-01', strata: ['kind', 'gendr'], seed: -1, size: { policy: 'fixed' } } as never); } catch (e) { console.log((e as any).issues); }

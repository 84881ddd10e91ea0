const NARROW = new Set([...'iljftI.,:;\'|!()[] r1']);
const WIDE = new Set([...'mwMW%@']);
function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += NARROW.has(c) ? 0.33 : WIDE.has(c) ? 0.92 : /[A-Z0-9]/.test(c) ? 0.7 : 0.6;
  return em * size * (bold ? 1.1 : 1);
}
for (const s of ['Governance and leadership', 'Requires improvement', 'Implementation and delivery', 'Outstanding 31–36', '2.1.3 · 38% (3 of 8) · Inadequate · lowest', 'Out-of-court disposal policy and provision', 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789']) console.log(s, textWidth(s, 12).toFixed(1), textWidth(s,12,true).toFixed(1));

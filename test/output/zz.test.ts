import { test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { casesWorkbook } from '../../src/output/workbook.js';
import { randomAudit } from '../support/random-audits.js';
test('x', async () => {
  mkdirSync('/tmp/calc/set', { recursive: true });
  for (let s = 16300; s < 16320; s++) { const a = randomAudit(s); writeFileSync(`/tmp/calc/set/a${s}.xlsx`, await casesWorkbook(a.framework, a)); }
});

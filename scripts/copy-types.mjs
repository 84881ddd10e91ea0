// After the build: each package's ESM declarations (index.d.ts) are the CommonJS ones
// (index.d.cts) word for word, so they are copied instead of being built a second time.
import { copyFileSync } from 'node:fs';

for (const pkg of ['hmip-ratings', 'hmip-ratings-sheets'])
  copyFileSync(`packages/${pkg}/dist/index.d.cts`, `packages/${pkg}/dist/index.d.ts`);

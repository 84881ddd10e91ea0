// Removes the packages' built output before a build, so nothing stale is packed.
import { cpSync, rmSync } from 'node:fs';

for (const pkg of ['hmip-ratings', 'hmip-ratings-sheets']) {
  rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });
  // Each package ships the licence and notice; the files live once, at the root.
  for (const file of ['LICENSE', 'NOTICE']) cpSync(file, `packages/${pkg}/${file}`);
}

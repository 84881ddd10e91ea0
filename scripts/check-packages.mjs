// npm run check-package: every published package passes publint --strict and are-the-types-wrong
// (every entry of its "exports"), and size-limit holds every ceiling in .size-limit.cjs. The
// packages are ESM only: Node 20.19 and later load them with require() too (test/package checks
// both in one process), so attw's esm-only profile leaves out the CommonJS-only resolutions.
import { spawnSync } from 'node:child_process';

const run = (command, args) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};
for (const pkg of ['hmip-ratings', 'hmip-ratings-sheets']) {
  run('npx', ['publint', '--strict', `packages/${pkg}`]);
  run('npx', ['attw', '--pack', `packages/${pkg}`, '--profile', 'esm-only']);
}
run('npx', ['size-limit']);

// npm run check-package: every published package passes publint --strict and are-the-types-wrong,
// and size-limit holds every ceiling in .size-limit.cjs.
import { spawnSync } from 'node:child_process';

const run = (command, args) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};
for (const pkg of ['hmip-ratings', 'hmip-ratings-sheets']) {
  run('npx', ['publint', '--strict', `packages/${pkg}`]);
  run('npx', ['attw', '--pack', `packages/${pkg}`]);
}
run('npx', ['size-limit']);

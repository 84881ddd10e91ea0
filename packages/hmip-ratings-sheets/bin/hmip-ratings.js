#!/usr/bin/env node
// The hmip-ratings command's launcher, committed so that npm links it when it installs: the
// command itself (dist/cli.js) is built after install, and npm links no bin whose file is missing.
// In a clone that has not been built yet it says so in one line and exits 2.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const command = new URL('../dist/cli.js', import.meta.url);
if (existsSync(command)) {
  await import(command.href);
} else {
  process.stderr.write(
    'hmip-ratings: the command is not built yet: run `npm run build` in the repository, then try again\n',
  );
  process.exitCode = 2;
}

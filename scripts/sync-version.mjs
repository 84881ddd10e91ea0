// Run by `npm run release:version` after `changeset version`: CITATION.cff takes the version of the
// hmip-ratings package, and the sheets package must have the same version (the two are one fixed
// group in .changeset/config.json) and depend on exactly that hmip-ratings (changesets updates the
// range); this stops the release step if either is not so. test/docs/citation.test.ts and
// test/package/tarball.test.ts check both at every `npm test`.
import { readFileSync, writeFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const { version } = read('packages/hmip-ratings/package.json');
const sheets = read('packages/hmip-ratings-sheets/package.json');
if (sheets.version !== version) {
  console.error(`hmip-ratings-sheets is version ${sheets.version}, hmip-ratings ${version}`);
  process.exit(1);
}
if (sheets.dependencies['hmip-ratings'] !== version) {
  console.error(
    `hmip-ratings-sheets depends on hmip-ratings ${sheets.dependencies['hmip-ratings']}, not ${version}`,
  );
  process.exit(1);
}
const citation = readFileSync('CITATION.cff', 'utf8');
if (!/^version: .*$/m.test(citation)) {
  console.error('CITATION.cff has no version line');
  process.exit(1);
}
writeFileSync('CITATION.cff', citation.replace(/^version: .*$/m, `version: ${version}`));
console.log(`CITATION.cff: version ${version}`);

// LibreOffice for the tests that open or save a spreadsheet in it: Debian's soffice, or SOFFICE_PATH.
// .ci/run installs libreoffice-calc-nogui when it is missing; elsewhere those tests are skipped with
// a notice that `npm test`'s summary repeats ("LibreOffice (soffice) not found").
import { spawnSync } from 'node:child_process';

/** Whether soffice can be run. */
export const SOFFICE: boolean =
  spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

/** Appended to a skipped test's name, so the reason shows where the test does. */
export const sofficeNotice = SOFFICE ? '' : ' (skipped: LibreOffice (soffice) not found)';

export { convertCsv } from '../../scripts/soffice-convert.js';

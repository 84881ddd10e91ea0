// hmip-ratings moderate: two audits of the same cases (a first auditor's and a moderator's), their
// agreement and disagreements, and the moderated sheet.
import { basename, extname, resolve } from 'node:path';
import { frameworks } from 'hmip-ratings';
import { moderationOutputs } from '../output/moderation.js';
import type { ReportFormat } from '../output/text/report.js';
import { moderateAudits, type ModerationSheetOptions } from '../pipelines/moderate.js';
import { checkChoice, parse, UsageError } from './args.js';
import { nodeInflater } from './inflate.js';
import { checkOutputs, readInput, writeOutput } from './io.js';
import { columnMap, disposalAliases } from './rate.js';
import { withCheckedHints } from './fixes.js';
import { MODERATE_HELP } from './help.js';

export { MODERATE_HELP };

const FORMATS: readonly ReportFormat[] = ['table', 'markdown', 'csv', 'json'];

export async function moderate(args: readonly string[]): Promise<string> {
  const { values, positionals } = parse(args, {
    decisions: { type: 'string' },
    framework: { type: 'string' },
    format: { type: 'string', default: 'table' },
    out: { type: 'string' },
    'out-moderated': { type: 'string' },
    'out-disagreements': { type: 'string' },
    'leave-out-unanswered': { type: 'boolean', default: false },
    disposal: { type: 'string', multiple: true },
    force: { type: 'boolean', default: false },
    columns: { type: 'string' },
  });
  const [firstPath, secondPath, ...extra] = positionals;
  if (!firstPath || !secondPath)
    throw new UsageError(
      'moderate needs two audit sheets of the same cases: hmip-ratings moderate <first.csv> <second.csv>',
    );
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (values.out !== undefined)
    throw new UsageError(
      '--out is ambiguous for moderate: use --out-moderated FILE for the moderated case sheet (.csv or .xlsx) or --out-disagreements FILE for the disagreements (.csv)',
    );
  const format = values.format as ReportFormat;
  checkChoice('format', format, FORMATS);
  checkChoice('framework', values.framework, Object.keys(frameworks), ' or ');
  const moderatedOut = values['out-moderated'];
  const disagreementsOut = values['out-disagreements'];
  const moderatedType = moderatedOut ? extname(moderatedOut).toLowerCase() : '';
  if (moderatedOut && moderatedType !== '.csv' && moderatedType !== '.xlsx')
    throw new UsageError(
      `cannot write the moderated sheet to "${moderatedOut}": give a .csv or .xlsx file`,
    );
  if (disagreementsOut && extname(disagreementsOut).toLowerCase() !== '.csv')
    throw new UsageError(
      `cannot write the disagreements to "${disagreementsOut}": give a .csv file`,
    );
  if (moderatedOut && disagreementsOut && resolve(moderatedOut) === resolve(disagreementsOut))
    throw new UsageError(
      '--out-moderated and --out-disagreements name the same file: give each its own',
    );
  const inputs = [firstPath, secondPath, ...(values.decisions ? [values.decisions] : [])];
  for (const out of [moderatedOut, disagreementsOut])
    if (out && inputs.some((i) => resolve(i) === resolve(out)))
      throw new UsageError(`will not write over an input file: ${out}`);
  checkOutputs(
    [
      moderatedOut === undefined ? undefined : { path: moderatedOut, flag: 'out-moderated' },
      disagreementsOut === undefined
        ? undefined
        : { path: disagreementsOut, flag: 'out-disagreements' },
    ],
    values.force,
  );
  const options: ModerationSheetOptions = {
    ...(values.framework !== undefined && { framework: values.framework }),
    ...(values['leave-out-unanswered'] && { unanswered: 'leave-out' as const }),
    ...(values.disposal && { disposalAliases: disposalAliases(values.disposal) }),
    ...(await columnMap(values.columns)),
    inflater: nodeInflater,
  };
  const file = (path: string) => ({ name: basename(path), data: readInput(path) });
  const files = {
    first: file(firstPath),
    second: file(secondPath),
    ...(values.decisions && { decisions: file(values.decisions) }),
  };
  const audit = await withCheckedHints(
    () => moderateAudits(files, options),
    ({ incomplete, ...hinted }) =>
      incomplete ? Promise.reject(new Error()) : moderateAudits(files, { ...options, ...hinted }),
  );
  const out = await moderationOutputs(audit, format, {
    ...(moderatedOut && { moderated: moderatedType as '.csv' | '.xlsx' }),
    disagreements: Boolean(disagreementsOut),
  });
  const wrote: string[] = [];
  if (moderatedOut && out.moderatedSheet !== undefined) {
    writeOutput(moderatedOut, out.moderatedSheet, { flag: 'out-moderated', force: values.force });
    wrote.push(
      `wrote ${moderatedOut}: the moderated audit of ${audit.moderated.cases.length} cases (${audit.moderated.changes.length} answers changed)`,
    );
  }
  if (disagreementsOut && out.disagreements) {
    writeOutput(disagreementsOut, out.disagreements.csv, {
      flag: 'out-disagreements',
      force: values.force,
    });
    wrote.push(`wrote ${disagreementsOut}: ${out.disagreements.count} disagreements`);
  }
  const note =
    audit.frameworkChoice === 'assumed' && format === 'table'
      ? `(framework ${audit.framework.id} assumed: the sheets' columns fit more than one; choose with --framework)\n`
      : '';
  // Machine-readable formats stay machine-readable; the table says what was written.
  return (
    note + out.report + (format === 'table' && wrote.length > 0 ? `\n${wrote.join('\n')}\n` : '')
  );
}

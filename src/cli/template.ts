// hmip-ratings template: a blank audit sheet or judgements sheet for a framework.
import { frameworks, type Framework } from 'hmip-ratings';
import { extname } from 'node:path';
import { toCsv } from '../output/csv.js';
import { casesToRows, judgementsToRows } from '../sheet/layout.js';
import { checkChoice, parse, UsageError } from './args.js';
import { checkOutputs, writeOutput } from './io.js';
import { TEMPLATE_HELP } from './help.js';

export { TEMPLATE_HELP };

/** The framework a command names, or the default. */
export function frameworkFor(id: string | undefined): Framework {
  const key = id ?? 'hmip-youth-2021';
  checkChoice('framework', key, Object.keys(frameworks), ' or ');
  return frameworks[key as keyof typeof frameworks];
}

export async function template(args: readonly string[]): Promise<string> {
  const { values, positionals } = parse(args, {
    framework: { type: 'string' },
    out: { type: 'string' },
    judgements: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const framework = frameworkFor(values.framework);
  const out = values.out;
  const force = values.force;
  const what = values.judgements ? 'judgements' : 'audit';
  if (out && !['.csv', '.xlsx'].includes(extname(out).toLowerCase()))
    throw new UsageError(`cannot write "${out}": give a .csv or .xlsx file`);
  checkOutputs([out === undefined ? undefined : { path: out, flag: 'out' }], force);
  if (out && extname(out).toLowerCase() === '.xlsx') {
    const { casesWorkbook, judgementsWorkbook } = await import('../output/workbook.js');
    writeOutput(
      out,
      values.judgements ? await judgementsWorkbook(framework) : await casesWorkbook(framework),
      { force },
    );
    return `wrote ${out}: a blank ${framework.id} ${what} workbook (${values.judgements ? 'a Judgements sheet' : 'Cases, Judgements, Ratings and Questions sheets'})\n`;
  }
  const csv = toCsv(values.judgements ? judgementsToRows(framework) : casesToRows(framework));
  if (!out) return csv;
  writeOutput(out, csv, { force });
  return `wrote ${out}: a blank ${framework.id} ${what} sheet\n`;
}

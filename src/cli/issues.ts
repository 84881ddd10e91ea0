// Problems printed for a person at a terminal: a count, one line each (file, row, column), at
// most a screenful with "and N more", then what would fix them in this command's own flags.
import {
  formatLocation,
  formatPath,
  plainText,
  type IssueFix,
  type RatingIssue,
  type RatingRuleError,
} from 'hmip-ratings';

/** How many problems are printed before "and N more". */
export const PRINTED = 50;

/** An option's fix in command-line words. */
function flagFor(fix: NonNullable<RatingIssue['fix']>): string | undefined {
  const { option, value } = fix;
  if (option === 'incomplete' && value === 'allow')
    return 'add --allow-incomplete to rate without an overall rating';
  if (option === 'unanswered' && value === 'leave-out')
    return 'add --leave-out-unanswered to leave blank answers out of the sample';
  if (option === 'framework' && value) return `add --framework ${value}`;
  if (option === 'judgements')
    return "add --judgements FILE (a CSV or JSON file of the panel's ratings)";
  return undefined;
}

/**
 * A column map to save and edit, for the headings no key question was found for: one line each,
 * with the closest key question by wording (each line written by the reader, quoted and
 * neutralised for CSV).
 */
function columnMapText(issues: readonly RatingIssue[]): string {
  const lines = [
    ...new Set(
      issues.flatMap((i) => (i.fix?.option === 'columns' && i.fix.value ? [i.fix.value] : [])),
    ),
  ];
  if (lines.length === 0) return '';
  return `To read these headings, save the lines below as a column map (columns.csv), check each key question (the closest by wording is filled in) and add --columns columns.csv:\nheading,key question\n${lines.map((l) => plainText(l)).join('\n')}\n`;
}

function describe(issue: RatingIssue): string {
  const where = issue.location
    ? formatLocation(issue.location)
    : issue.path.length > 0
      ? formatPath(issue.path)
      : '';
  return plainText(where ? `${where}: ${issue.message}` : issue.message);
}

/** The text printed for a refused input. */
export function problemsText(
  issues: readonly RatingIssue[],
  outcome = 'nothing was rated',
  /** Hints beyond the problems' own (see cli/fixes.ts): all are needed for the file to rate. */
  laterFixes: readonly NonNullable<RatingIssue['fix']>[] = [],
): string {
  // The wrong sheet is one line each, what it is and the command that reads it: nothing else.
  if (issues.length > 0 && issues.every((i) => i.code === 'wrong-sheet'))
    return `${issues.map(describe).join('\n  ')}\n`;
  const lines = issues.slice(0, PRINTED).map((i) => `  ${describe(i)}`);
  if (issues.length > PRINTED) lines.push(`  and ${issues.length - PRINTED} more`);
  const fixes = [
    ...new Set(
      [...issues.flatMap((i) => (i.fix ? [i.fix] : [])), ...laterFixes]
        .map(flagFor)
        .filter(Boolean),
    ),
  ];
  const head = `${issues.length} problem${issues.length === 1 ? '' : 's'} found, ${outcome}:`;
  return `${head}\n${lines.join('\n')}\n${fixes.length > 0 ? `To fix: ${fixes.join('; ')}.\n` : ''}${columnMapText(issues)}`;
}

/** The text printed for a refusal, with the hints a HintedRefusal adds (see cli/fixes.ts). */
export function refusalText(e: RatingRuleError, outcome: string): string {
  const later =
    'laterFixes' in e && Array.isArray(e.laterFixes) ? (e.laterFixes as IssueFix[]) : [];
  return problemsText(e.issues, outcome, later);
}

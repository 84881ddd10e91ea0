// A breakdown by group as rows of plain text, for the command's tables, markdown and CSV (the
// caller escapes each cell for its output).
import { RatingRuleError } from '../model/errors.js';
import { argumentIssue } from '../model/arguments.js';
import { breakdownSchema } from './breakdown-schema.js';
import { listWords, percentText } from '../confidence/key-question-interval.js';
import type { GroupBreakdown, KeyQuestionCell, StandardCell } from './breakdown-by-group.js';

const WHOLE = 'whole sample';

function suppressedNote(cell: { readonly status: string; readonly threshold?: number }): string {
  return cell.status === 'fewer-than'
    ? `fewer than ${cell.threshold}`
    : 'withheld, so that a smaller group cannot be worked out';
}

function keyQuestionRow(id: string, group: string, cell: KeyQuestionCell): string[] {
  if (cell.status !== 'shown') return [id, group, '', '', '', '', '', '', suppressedNote(cell)];
  const i = cell.interval;
  if (!i) return [id, group, '0', '0', '', '', '', '', 'no applicable cases'];
  return [
    id,
    group,
    String(i.yes),
    String(i.of),
    `${i.percent}%`,
    i.band,
    `${percentText(i.lower)} to ${percentText(i.upper)}`,
    listWords(i.bands),
    '',
  ];
}

function standardRow(id: string, group: string, cell: StandardCell): string[] {
  const row = (rating: string, allowed: string, note: string) => [
    `${id} (standard)`,
    group,
    '',
    '',
    '',
    rating,
    '',
    allowed,
    note,
  ];
  if (cell.status === 'withheld')
    return row('', '', 'not rated for this group: a key question is suppressed');
  if (cell.status === 'not-rated') return row('', '', 'not rated: no applicable cases');
  const allowed =
    cell.range.from === cell.range.to ? cell.range.from : `${cell.range.from} to ${cell.range.to}`;
  return row(
    cell.rating,
    allowed,
    cell.indicative
      ? `indicative; lowest key question ${cell.lowest}`
      : `lowest key question ${cell.lowest}`,
  );
}

/**
 * A breakdown as rows of text, header first: the groups' case counts, then for each case-sampled
 * standard its key questions and the standard itself, each for the whole sample and then group by
 * group. Suppressed cells are blank with a note ("fewer than 5", or "withheld, so that a smaller
 * group cannot be worked out"). Print the breakdown's `notes` with the table. Cells are plain
 * text: escape them for the output (CSV, markdown, a terminal).
 *
 * @throws {RatingRuleError} `invalid-argument` for a value that is not from `breakdownByGroup`
 * @example
 * const cases = cumberlandCases.map((c, i) => ({ ...c, attributes: { team: i < 16 ? 'North' : 'South' } }));
 * const rows = breakdownRows(breakdownByGroup(youth2021, cases, 'team'));
 * rows[0] // => ['figure', 'group', 'yes', 'of', '% yes', 'band', '80% interval', 'bands in the interval', 'note']
 * rows[1] // => ['cases', 'whole sample', '', '20', '', '', '', '', '']
 * rows[3] // => ['cases', 'South', '', '', '', '', '', '', 'fewer than 5']
 * @category Breakdown
 */
export function breakdownRows(breakdown: GroupBreakdown): string[][] {
  const parsed = breakdownSchema.safeParse(breakdown);
  if (!parsed.success)
    throw new RatingRuleError([
      argumentIssue('breakdown', 'the result of breakdownByGroup', breakdown),
    ]);
  // The checked copy is what is printed.
  breakdown = parsed.data as GroupBreakdown;
  const level = `${Math.round(breakdown.level * 1000) / 10}%`;
  const rows: string[][] = [
    [
      'figure',
      'group',
      'yes',
      'of',
      '% yes',
      'band',
      `${level} interval`,
      'bands in the interval',
      'note',
    ],
    ['cases', WHOLE, '', String(breakdown.cases), '', '', '', '', ''],
    ...breakdown.groups.map((g) =>
      g.cases.status === 'shown'
        ? ['cases', g.label, '', String(g.cases.count), '', '', '', '', '']
        : ['cases', g.label, '', '', '', '', '', '', suppressedNote(g.cases)],
    ),
  ];
  for (const standard of breakdown.standards) {
    for (const kq of breakdown.keyQuestions) {
      if (kq.standard !== standard.standard) continue;
      rows.push(keyQuestionRow(kq.keyQuestion, WHOLE, { status: 'shown', ...kq.whole }));
      kq.groups.forEach((cell, g) =>
        rows.push(keyQuestionRow(kq.keyQuestion, breakdown.groups[g]?.label ?? '', cell)),
      );
    }
    rows.push(standardRow(standard.standard, WHOLE, standard.whole));
    standard.groups.forEach((cell, g) =>
      rows.push(standardRow(standard.standard, breakdown.groups[g]?.label ?? '', cell)),
    );
  }
  return rows;
}

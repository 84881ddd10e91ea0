// Every command's help, in one small module that --help loads alone: the commands themselves (and
// the rules, zod and the sheet readers they import) are loaded only when a command runs.
// (the sample's default seed is written out, not imported, so the rules stay unloaded; a test
// holds it equal to DEFAULT_SAMPLE_SEED)
// Each command's help is its own text below, one flag per plain line or block of lines, and
// `hmip-ratings <command> --help` prints that text alone; `hmip-ratings --help` prints the overview
// (HELP) that lists the commands.

export const RATE_HELP = `rate: prints the ratings table (score, overall rating, one row per standard with its lowest key
question), the sample, then each case-sampled standard's key questions.
  hmip-ratings rate <cases.csv|cases.xlsx|evidence.json> [options]
  --judgements FILE    the panel's judgements: CSV (standard,rating,reason), JSON ({"1.1": "Good"})
                       or a workbook's Judgements sheet (its own is read when this is not given).
                       A rating on a case-sampled standard is a discretion decision with a reason
  --framework ID       hmip-youth-2021 or hmip-youth-2018; by default read off the sheet's
                       question columns (hmip-youth-2021 when they fit both); evidence JSON
                       names its own
  --format FORMAT      table (default), markdown, csv, json or html (the board report: one
                       self-contained page with charts, to print or attach)
  --margins            also say what would change each case-sampled standard's rating (always
                       in the html report)
  --banding POLICY     rounded (default: band the printed whole percent) or exact (the fraction)
  --allow-incomplete   rate even when a counted standard is missing or not rated (no overall)
  --leave-out-unanswered
                       a blank key-question answer leaves that case out of the question's sample
                       (by default a case must answer every key question it can)
  --confidence [LEVEL] how far the figures can be trusted: each key question's exact
                       (Clopper-Pearson) interval and, from a case audit, a seeded bootstrap of
                       the ratings; LEVEL is 0.8 by default (HMIP's design level)
  --resamples N        resamples for --confidence (default 2,000, at most 100,000)
  --seed N             the resampling seed (default 1), printed with the figures
  --by COLUMN          each key question's and standard's figures by group of a column of the
                       case sheet (gender, ethnicity, team), small numbers suppressed
  --suppress-below K   hide a group's figure when it rests on fewer than K cases (default 5)
  --disposal NAME=DISPOSAL
                       read a disposal name the sources do not settle as one of the framework's
                       disposals, for example --disposal "Outcome 22=community resolution";
                       repeat for more names
  --columns FILE       the team's column map (.csv or .xlsx, header "heading,key question") for
                       headings not read by themselves: a heading is read by itself when it
                       starts with the id ("2.1.1", "Q2.1.1 ...") or is the question's wording
  --actions FILE       improvement actions beside their figures; --format actions drafts a plan
  --service NAME --title TEXT --footer none   the report's heading; no version/date at its foot
  A "grade" column (Outstanding, Good, RI, Inadequate) adds the grades; they never change a rating.`;

export const SAMPLE_HELP = `sample: draws an audit sample from a caseload the way HMIP draws an inspection sample, prints the
plan (windows, eligible and left-out counts, size per kind, strata table, seed) and writes the
sample as an audit sheet ready for rate.
  hmip-ratings sample <caseload.csv|caseload.xlsx> --fieldwork YYYY-MM-DD [options]
  The caseload has a header row: case (each case once), disposal, date (or disposal date:
  31/01/2025 day first, or 2025-01-31; a workbook's date cells are read too), and any other
  columns (gender, rosh, safety, team...), which are carried into the sample sheet.
  --fieldwork DATE     the first day of fieldwork (required), 07/07/2025 or 2025-07-07; the
                       windows count back from it
  --date-order ORDER   how slashed dates are written: dmy (default, 31/01/2025), mdy
                       (01/31/2025) or ymd (2025/01/31); a file mixing orders is refused
  --framework ID       hmip-youth-2021 (default) or hmip-youth-2018: the disposals the caseload uses
  --seed N             the random seed, a whole number from 0 to 2^53 - 1 (default 2021);
                       the same caseload, options and seed draw the same sample
  --size N             a fixed N cases of each kind, or court=N,out-of-court=M (a kind left
                       out takes the default rule; 0 draws none of it)
  --fraction F         a share of each kind's eligible cases, rounded up (0.2 is 20%)
  --minimum N          with --fraction, at least N cases (the YJB self-assessment: 0.2 and 20)
  --confidence C       the default size rule's confidence level (default 0.8), and
  --margin M           its margin of error in percentage points (default 5): Cochran's formula
                       with the finite population correction, inferred from HMIP's reports
  --strata LIST        the fields to stratify by, comma-separated, such as disposal,gender; none
                       for a simple random sample (default: disposal and whichever of gender,
                       rosh and safety the caseload has)
  --court-window MIN-MAX
                       court disposals made MIN to MAX months before fieldwork (default 6-9)
  --out-of-court-window MIN-MAX
                       out-of-court disposals made MIN to MAX months before (default 3-5)
  --audited FILE       a log of earlier audits (columns case and date, CSV or workbook)
  --reaudit-months N   leave out cases audited less than N months before fieldwork (default 12)
  --out FILE           write the sample as an audit sheet (.csv, or .xlsx with Cases,
                       Judgements, Ratings and Questions sheets)
  --exclusions FILE    write every case left out, with its reason, as CSV
  --force              replace an --out or --exclusions file that exists (without it an existing
                       file is refused and nothing is written)
  --format FORMAT      the plan as table (default), markdown, csv (the strata table) or json
  --disposal NAME=DISPOSAL
                       read a disposal name the sources do not settle (Outcome 22) as one of the
                       framework's disposals: community sentence, custodial sentence, youth
                       conditional caution, youth caution or community resolution, for example
                       --disposal "Outcome 22=community resolution"; repeat for more names`;

export const MODERATE_HELP = `moderate: compares two audits of the same cases, a first auditor's and a moderator's: agreement
and Cohen's kappa per key question and overall, and every answer they differ on; and writes the
moderated case sheet.
  hmip-ratings moderate <first.csv|first.xlsx> <second.csv|second.xlsx> [options]
  --decisions FILE     decisions settling the disagreements: the disagreements sheet this command
                       writes, with its decision column filled in, or a case sheet holding only the
                       decided answers. With it the two sheets are peers and every disagreement
                       needs a decision; without it the second sheet is the moderator's, and the
                       moderator's answer stands wherever given (a blank keeps the first's)
  --framework ID       hmip-youth-2021 or hmip-youth-2018; by default read off the sheets' columns
  --format FORMAT      table (default), markdown, csv (the disagreements) or json
  --out-moderated FILE write the moderated case sheet: a .csv file, or an .xlsx workbook
  --out-disagreements FILE
                       write the disagreements as a .csv sheet with a blank decision column to
                       fill in and give back with --decisions
  --force              replace an --out-moderated or --out-disagreements file that exists
                       (without it an existing file is refused and nothing is written)
  --leave-out-unanswered
                       the first auditor (and a second auditor with --decisions) may leave key
                       questions blank; an answer left blank by either is not compared
  --disposal NAME=DISPOSAL
                       read a disposal name the sources do not settle as one of the framework's
                       disposals; repeat for more names
  --columns FILE       the team's column map (heading,key question), as for rate
  Plain --out is refused as ambiguous: say which sheet to write with --out-moderated or
  --out-disagreements (both may be given).
  A grade column in both sheets is compared too: agreement, kappa, linear and quadratic weighted
  kappa, the cases more than one grade apart first; a "grade" row of --decisions decides a grade.`;

export const TREND_HELP = `trend: compares several audits of one service over time: each key question's and standard's
figures by audit, the overall score and rating, what changed band and by how much, and whether
each change is larger than the figures' exact intervals would explain.
  hmip-ratings trend <audit1> <audit2> ... | <folder> [options]
  Each audit is a case sheet, .csv or .xlsx. Its judgements are: --judgements; or a file beside
  it named as the audit with "-judgements" (audit-2024-06-30.csv takes
  audit-2024-06-30-judgements.csv, .json or .xlsx); or a workbook's own Judgements sheet. An
  audit without judgements is compared by its key questions and case-sampled standards only,
  with no overall.
  Each audit's date is found in this order:
    1. --dates, one date per audit, in the order the audits are given;
    2. a "date" (or "audit date") column in its case sheet: every filled cell must give the same
       date, 30/06/2024 or 2024-06-30 (blank cells are ignored);
    3. a date in the case file's name: yyyy-mm-dd or dd-mm-yyyy, or yyyy-mm read as the first
       day of that month (2024-06-audit.csv is 2024-06-01).
  Every audit needs its own date. A folder means every .csv and .xlsx file in it (judgements
  files beside their audits), compared in date order.
  --dates D1,D2,...    each audit's date, 15/01/2024 or 2024-01-15, in the order the audits are
                       given; leave one out (2024-01-15,,2024-07-15) to find it as above
  --date-order ORDER   how slashed dates are written: dmy (default), mdy or ymd
  --judgements FILE    an audit's judgements (CSV, JSON or a workbook); give it once per audit,
                       in the order of the audits, or not at all (not with a folder)
  --framework ID       hmip-youth-2021 or hmip-youth-2018; by default read off the sheets, which
                       must all follow one framework
  --confidence LEVEL   the level of the exact intervals each change is tested against, above 0
                       and below 1 (default 0.8, HMIP's design level)
  --format FORMAT      table (default), markdown, csv, json, or html: a self-contained page with
                       the trend charts, for a board paper
  --out FILE           write the report to FILE instead of standard output
  --force              replace the --out file when it exists (without it an existing file is
                       refused and nothing is written)
  --banding POLICY     rounded (default) or exact, as for rate
  --allow-incomplete   rate an audit whose judgements leave a counted standard unrated (no overall)
  --leave-out-unanswered
                       a blank key-question answer leaves that case out of the question's sample
  --disposal NAME=DISPOSAL
                       read a disposal name as one of the framework's disposals; repeat for more
  --columns FILE       the team's column map (heading,key question) for every audit, as for rate;
                       keep it outside a folder of audits
  --actions FILE       the team's actions (as for rate): each target before and after its due date
  --service NAME  --title TEXT  the service's name and a title, at the top of the report
  --footer none        no version or date at the foot of the html page (default: full)
  A change is "larger than the samples would explain" when the two audits' intervals do not
  overlap; "within" does not mean nothing changed (docs/trends.md).`;

export const TEMPLATE_HELP = `template: writes a blank audit sheet (header of question ids) for the framework.
  hmip-ratings template [--framework ID] [--out FILE [--force]] [--judgements]
  --framework ID       hmip-youth-2021 (default) or hmip-youth-2018
  --out FILE           a .csv or .xlsx file; without it, CSV goes to standard output. A workbook
                       has Cases, Judgements, Ratings (formulas) and Questions sheets
  --force              replace the --out file when it exists (without it an existing file is
                       refused, so a filled-in audit is never overwritten by a blank one)
  --judgements         the judgements sheet only (as CSV, or a workbook with one Judgements sheet)`;

/** What the limits and exit codes are, the same for every command. */
const FILES_AND_EXIT_CODES = `Files are read within limits (256 MB a file, 200,000 rows, 1,000 columns; a workbook 1 GB
unzipped and 2 minutes); a workbook must pass its integrity check, and only its visible sheets
are read. Text written to CSV is neutralised against formulas, and to markdown escaped. Files are
written whole or not at all (a temporary file beside the target, then put in place), and a file
that exists is replaced only with --force.

Exit codes: 0 success; 1 invalid input (every problem named with file, row and column, and
nothing rated); 2 usage errors, including a file that cannot be read or written.`;

/** The overview, as `hmip-ratings --help` (or `hmip-ratings help`) prints it. */
export const HELP = `hmip-ratings: HMIP youth justice ratings from case audits or evidence

Usage:
  hmip-ratings rate <cases.csv|cases.xlsx|evidence.json> [options]
  hmip-ratings sample <caseload.csv|caseload.xlsx> --fieldwork YYYY-MM-DD [options]
  hmip-ratings moderate <first.csv|.xlsx> <second.csv|.xlsx> [options]
  hmip-ratings trend <audit files…|folder> [options]
  hmip-ratings template [--framework ID] [--out FILE [--force]] [--judgements]

Commands:
  rate                 rate a case audit (or evidence JSON): the ratings table, the sample and
                       each case-sampled standard's key questions
  sample               draw an audit sample from a caseload as HMIP draws an inspection sample
  moderate             compare two auditors' sheets of the same cases; write the moderated sheet
  trend                compare several audits of one service over time
  template             write a blank audit sheet or judgements sheet for a framework

  hmip-ratings <command> --help, or hmip-ratings help <command>, prints that command's options.
  -h, --help           show this help
  -v, --version        show the version

${FILES_AND_EXIT_CODES}`;

/** Each command's own help, by the command's name. */
const COMMAND_HELP = new Map([
  ['rate', RATE_HELP],
  ['sample', SAMPLE_HELP],
  ['moderate', MODERATE_HELP],
  ['trend', TREND_HELP],
  ['template', TEMPLATE_HELP],
]);

/**
 * One command's help as `hmip-ratings <command> --help` prints it: that command's text and the
 * limits and exit codes; undefined for a name that is not a command.
 */
export function commandHelp(command: string): string | undefined {
  const text = COMMAND_HELP.get(command);
  return text === undefined
    ? undefined
    : `${text}\n  -h, --help           show this help\n\n${FILES_AND_EXIT_CODES}`;
}

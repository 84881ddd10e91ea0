// The flags that put a service's name on a report (`--service`, `--title`, `--footer`) and what
// the command stamps on an HTML report: this package's version and the date it was made. The date
// is today's on the computer's calendar, or the day of SOURCE_DATE_EPOCH (seconds since 1970, in
// UTC) when that is set, as reproducible builds do: the same input then gives the same report.
import { createRequire } from 'node:module';
import { SERVICE_MAX, TITLE_MAX, lineOfText } from '../output/html/options.js';
import { checkChoice, UsageError } from './usage-error.js';

/** The flags' definitions, for `parse`. */
export const REPORT_FLAGS = {
  service: { type: 'string' },
  title: { type: 'string' },
  footer: { type: 'string' },
} as const;

/** What the flags give a report: each only when given. */
export interface ReportFlags {
  readonly service?: string;
  readonly title?: string;
  readonly footer?: 'full' | 'none';
}

/** The checked flags: one line of text each, bounded; --footer full or none. */
export function reportFlags(values: {
  readonly service?: string | undefined;
  readonly title?: string | undefined;
  readonly footer?: string | undefined;
}): ReportFlags {
  const line = (name: string, value: string | undefined, max: number) => {
    if (value === undefined) return undefined;
    const problem = lineOfText(max)(value);
    if (problem) throw new UsageError(`--${name} ${problem}`);
    return value.trim();
  };
  const service = line('service', values.service, SERVICE_MAX);
  const title = line('title', values.title, TITLE_MAX);
  checkChoice('footer', values.footer, ['full', 'none'], ' or ');
  return {
    ...(service !== undefined && { service }),
    ...(title !== undefined && { title }),
    ...(values.footer !== undefined && { footer: values.footer as 'full' | 'none' }),
  };
}

/** A date as yyyy-mm-dd on the computer's own calendar (its time zone, not UTC). */
const localDate = (d: Date) =>
  [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

/** The report's date: the day of SOURCE_DATE_EPOCH (UTC) when set, else today. */
export function reportDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return localDate(now);
  if (!/^\d{1,12}$/.test(epoch))
    throw new UsageError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (got "${epoch.slice(0, 20)}")`,
    );
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}

/** This package's version, as its package.json says. */
export const packageVersion = (): string =>
  (createRequire(import.meta.url)('hmip-ratings-sheets/package.json') as { version: string })
    .version;

/** What an HTML report prints beside the figures: this package's version and the date. */
export const reportStamp = () => ({ version: packageVersion(), date: reportDate() });

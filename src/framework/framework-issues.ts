import { issue, type RatingIssue } from '../model/errors.js';
import { RATINGS, ratingRank } from '../model/rating.js';
import type { Framework } from '../model/types.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { frameworkSchema } from './schema.js';

/** The highest score a framework's counted standards can add up to. */
export function maximumScore(framework: Framework): number {
  const top = Math.max(...RATINGS.map((r) => framework.scores[r]));
  return (
    framework.domains.flatMap((d) => d.standards).filter((s) => s.countsTowardOverall).length * top
  );
}

function structuralIssues(f: Framework): RatingIssue[] {
  const found: RatingIssue[] = [];
  const seen = new Set<string>();
  const unique = (value: string, path: (string | number)[]) => {
    if (seen.has(value))
      found.push(issue('invalid-framework', path, `id "${value}" is used twice`));
    seen.add(value);
  };
  const nested = (child: string, parent: string, path: (string | number)[]) => {
    if (!child.startsWith(`${parent}.`))
      found.push(issue('invalid-framework', path, `id "${child}" must start with "${parent}."`));
  };
  const disposals = new Map(f.disposals.map((d) => [d.id, d]));
  f.domains.forEach((domain, di) => {
    unique(domain.id, ['domains', di, 'id']);
    domain.standards.forEach((standard, si) => {
      const sp = ['domains', di, 'standards', si];
      unique(standard.id, [...sp, 'id']);
      nested(standard.id, domain.id, [...sp, 'id']);
      if (standard.ratedBy === 'key-questions' && standard.keyQuestions.length === 0) {
        found.push(
          issue(
            'invalid-framework',
            [...sp, 'keyQuestions'],
            `standard ${standard.id} is rated from key questions but has none`,
          ),
        );
      }
      standard.keyQuestions.forEach((kq, ki) => {
        const kp = [...sp, 'keyQuestions', ki];
        unique(kq.id, [...kp, 'id']);
        nested(kq.id, standard.id, [...kp, 'id']);
        kq.appliesTo?.forEach((d, ai) => {
          const disposal = disposals.get(d);
          if (!disposal)
            found.push(
              issue('invalid-framework', [...kp, 'appliesTo', ai], `unknown disposal "${d}"`),
            );
          else if (domain.caseKind && disposal.kind !== domain.caseKind) {
            found.push(
              issue(
                'invalid-framework',
                [...kp, 'appliesTo', ai],
                `disposal "${d}" is ${disposal.kind}, but domain ${domain.id} is ${domain.caseKind}`,
              ),
            );
          }
        });
        kq.prompts.forEach((p, pi) => {
          unique(p.id, [...kp, 'prompts', pi, 'id']);
          nested(p.id, kq.id, [...kp, 'prompts', pi, 'id']);
        });
      });
    });
  });
  found.push(...keyQuestionBandIssues(f.keyQuestionBands), ...overallBandIssues(f));
  const names = new Map<string, string>();
  f.disposals.forEach((d, di) => {
    for (const [name, path] of [
      [d.name, ['disposals', di, 'name']],
      ...(d.aliases ?? []).map(
        (a, ai) => [a.name, ['disposals', di, 'aliases', ai, 'name']] as const,
      ),
    ] as const) {
      const key = name.trim().toLowerCase();
      const other = names.get(key);
      if (other !== undefined && other !== d.id)
        found.push(
          issue('invalid-framework', [...path], `the name "${name}" is given to two disposals`),
        );
      names.set(key, d.id);
    }
  });
  return found;
}

/** Key-question bands must start at 0 and rise, each with a higher rating than the one before. */
export function keyQuestionBandIssues(bands: Framework['keyQuestionBands']): RatingIssue[] {
  const found: RatingIssue[] = [];
  if (bands[0]?.from !== 0)
    found.push(
      issue(
        'invalid-framework',
        ['keyQuestionBands', 0, 'from'],
        'the first key-question band must start at 0',
      ),
    );
  bands.forEach((b, i) => {
    const prev = bands[i - 1];
    if (prev && (b.from <= prev.from || ratingRank(b.rating) <= ratingRank(prev.rating))) {
      found.push(
        issue(
          'invalid-framework',
          ['keyQuestionBands', i],
          'key-question bands must rise: each starts higher and gives a higher rating than the one before',
        ),
      );
    }
  });
  return found;
}

/** Scores rise with the rating; overall bands rise and cover 0 to the maximum score without gap or overlap. */
export function overallBandIssues(f: Framework): RatingIssue[] {
  const found: RatingIssue[] = [];
  RATINGS.forEach((r, i) => {
    const prev = RATINGS[i - 1];
    if (prev && f.scores[r] <= f.scores[prev])
      found.push(issue('invalid-framework', ['scores', r], 'scores must rise with the rating'));
  });
  const maximum = maximumScore(f);
  let next = 0;
  f.overallBands.forEach((b, i) => {
    const prev = f.overallBands[i - 1];
    if (
      b.from !== next ||
      b.to < b.from ||
      (prev && ratingRank(b.rating) <= ratingRank(prev.rating))
    ) {
      found.push(
        issue(
          'invalid-framework',
          ['overallBands', i],
          `overall bands must rise and follow on without gap or overlap: this one should start at ${next}`,
        ),
      );
    }
    next = b.to + 1;
  });
  if (next - 1 !== maximum) {
    found.push(
      issue(
        'invalid-framework',
        ['overallBands'],
        `overall bands must end at the maximum score ${maximum} (${maximum / Math.max(...RATINGS.map((r) => f.scores[r]))} counted standards), not ${next - 1}`,
      ),
    );
  }
  return found;
}

/**
 * Checks a framework definition: its shape first, then what the shape cannot say. On success,
 * `framework` is the schema's own copy of the definition (every value read once), so what is
 * checked is what is used, whatever getters the caller's object has.
 */
export function checkFramework(definition: unknown): {
  readonly framework?: Framework;
  readonly issues: RatingIssue[];
} {
  const parsed = frameworkSchema.safeParse(definition);
  if (!parsed.success) {
    return {
      issues: fromZodIssues(parsed.error.issues, definition, ['framework']).map((i) => ({
        ...i,
        code: 'invalid-framework' as const,
      })),
    };
  }
  const framework = parsed.data as Framework;
  const issues = structuralIssues(framework).map((i) => ({ ...i, path: ['framework', ...i.path] }));
  return issues.length > 0 ? { issues } : { framework, issues };
}

/** Every problem with a framework definition. */
export function frameworkIssues(definition: unknown): RatingIssue[] {
  return checkFramework(definition).issues;
}

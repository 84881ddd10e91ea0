// Properties of agreement, kappa and moderation over random audits of both frameworks.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { ANSWERS, type Answer, type CaseRecord } from '../../src/cases/index.js';
import { cohensKappa, compareAudits, moderateCases } from '../../src/moderation/index.js';
import { keyQuestionsOf, youth2018, youth2021, type Framework } from '../../src/index.js';

const answer = fc.constantFrom<Answer>(...ANSWERS);

/** What a case of this disposal can answer in this framework: key questions and prompts. */
function questionsFor(framework: Framework, kind: string, disposal: string): string[] {
  return framework.domains.flatMap((d) =>
    d.caseKind !== undefined && d.caseKind !== kind
      ? []
      : d.standards
          .filter((s) => s.ratedBy === 'key-questions')
          .flatMap((s) =>
            s.keyQuestions
              .filter((kq) => !kq.appliesTo || kq.appliesTo.includes(disposal))
              .flatMap((kq) => [kq.id, ...kq.prompts.slice(0, 1).map((p) => p.id)]),
          ),
  );
}

/** A complete audit of 0 to 12 cases, every key question answered (prompts sometimes). */
const audit = (framework: Framework) =>
  fc.array(fc.constantFrom(...framework.disposals), { maxLength: 12 }).chain((disposals) =>
    fc.tuple(
      ...disposals.map((d, i) =>
        fc
          .record(
            Object.fromEntries(
              questionsFor(framework, d.kind, d.id).map((q) => [
                q,
                /\.[a-z]$/.test(q) ? fc.option(answer, { nil: undefined }) : answer,
              ]),
            ),
          )
          .map(
            (answers): CaseRecord => ({
              id: `case-${i + 1}`,
              kind: d.kind,
              disposal: d.id,
              answers: Object.fromEntries(
                Object.entries(answers).filter(([, a]) => a !== undefined),
              ) as Record<string, Answer>,
            }),
          ),
      ),
    ),
  );

/** A second audit of the same cases: each answer kept, changed, or (when blanks allowed) left blank. */
const secondOf = (cases: readonly CaseRecord[], blanks: boolean) =>
  fc
    .array(
      fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.constant<'keep'>('keep') },
          { weight: 2, arbitrary: answer },
          { weight: blanks ? 1 : 0, arbitrary: fc.constant<'blank'>('blank') },
        ),
        { minLength: 40, maxLength: 40 },
      ),
      { minLength: cases.length, maxLength: cases.length },
    )
    .map((choices) =>
      cases.map((c, i) => {
        const answers: Record<string, Answer> = {};
        Object.entries(c.answers).forEach(([q, a], j) => {
          const choice = choices[i]?.[j % 40] ?? 'keep';
          // A case may answer only "not applicable" to what it cannot answer; here it answers what it can.
          if (choice === 'keep') answers[q] = a;
          else if (choice !== 'blank') answers[q] = choice;
        });
        return { ...c, answers };
      }),
    );

// Frameworks are drawn by id, so a counterexample prints the id rather than the whole framework.
const BY_ID = new Map<string, Framework>([
  [youth2018.id, youth2018],
  [youth2021.id, youth2021],
]);
const frameworkId = fc.constantFrom(youth2018.id, youth2021.id);
const pair = (blanks: boolean) =>
  frameworkId.chain((id) =>
    audit(BY_ID.get(id) as Framework).chain((first) =>
      secondOf(first, blanks).map((second) => ({ id, first, second })),
    ),
  );

test.prop(
  [frameworkId.chain((id) => audit(BY_ID.get(id) as Framework).map((cases) => ({ id, cases })))],
  {
    numRuns: 150,
  },
)(
  'identical sheets: agreement is 100% and kappa is 1 wherever it is defined, with no disagreements',
  ({ id, cases }) => {
    const a = compareAudits(BY_ID.get(id) as Framework, cases, cases);
    expect(a.disagreements).toEqual([]);
    for (const m of [...Object.values(a.keyQuestions), a.overall]) {
      if (m.total === 0) continue;
      expect(m.percent).toBe(100);
      expect(m.observed).toBe(1);
      if (m.kappa !== null) expect(m.kappa).toBe(1);
      else expect(m.expected).toBe(1);
    }
  },
);

test.prop([pair(false)], { numRuns: 150 })(
  'symmetric in the two auditors: swapping them transposes each table and changes no figure',
  ({ id, first, second }) => {
    const framework = BY_ID.get(id) as Framework;
    const ab = compareAudits(framework, first, second);
    const ba = compareAudits(framework, second, first);
    expect(Object.keys(ba.keyQuestions)).toEqual(Object.keys(ab.keyQuestions));
    for (const kq of Object.keys(ab.keyQuestions)) {
      const x = ab.keyQuestions[kq];
      const y = ba.keyQuestions[kq];
      if (!x || !y) throw new Error(`no measure for ${kq}`);
      const { table: tx, ...restX } = x;
      const { table: ty, ...restY } = y;
      expect(restY).toEqual(restX);
      expect(ty).toEqual(tx.map((_, i) => tx.map((row) => row[i])));
    }
    expect({ ...ba.overall, table: [] }).toEqual({ ...ab.overall, table: [] });
    expect(ba.disagreements).toEqual(
      ab.disagreements.map((d) => ({ ...d, first: d.second, second: d.first })),
    );
  },
);

test.prop([pair(false)], { numRuns: 150 })(
  'the disagreements are exactly the answers that differ, and each table counts every compared answer once',
  ({ id, first, second }) => {
    const framework = BY_ID.get(id) as Framework;
    const a = compareAudits(framework, first, second);
    const kqIds = new Set(keyQuestionsOf(framework).map((kq) => kq.id as string));
    let differ = 0;
    first.forEach((c, i) => {
      for (const [q, ans] of Object.entries(c.answers))
        if (kqIds.has(q) && second[i]?.answers[q] !== ans) differ++;
    });
    expect(a.disagreements.filter((d) => !d.prompt)).toHaveLength(differ);
    expect(a.overall.total - a.overall.agreed).toBe(differ);
    const sum = (t: readonly (readonly number[])[]) => t.flat().reduce((x, y) => x + y, 0);
    expect(sum(a.overall.table)).toBe(a.overall.total);
  },
);

test.prop([pair(true)], { numRuns: 150 })(
  "the moderated list is the moderator's answer wherever the moderator answered, and the first auditor's elsewhere",
  ({ id, first, second }) => {
    const framework = BY_ID.get(id) as Framework;
    const m = moderateCases(framework, first, second);
    expect(m.cases.map((c) => c.id)).toEqual(first.map((c) => c.id));
    m.cases.forEach((c, i) => {
      const mine = first[i] as CaseRecord;
      const moderator = second[i] as CaseRecord;
      const questions = new Set([...Object.keys(mine.answers), ...Object.keys(moderator.answers)]);
      for (const q of questions)
        expect(c.answers[q]).toBe(
          Object.hasOwn(moderator.answers, q) ? moderator.answers[q] : mine.answers[q],
        );
      expect(Object.keys(c.answers).sort()).toEqual([...questions].sort());
    });
  },
);

test.prop([pair(false)], { numRuns: 100 })(
  'settled by decisions with none given: refused exactly when the two differ, one issue per difference',
  ({ id, first, second }) => {
    const framework = BY_ID.get(id) as Framework;
    const differences = compareAudits(framework, first, second).disagreements.length;
    try {
      const m = moderateCases(framework, first, second, { settle: 'decisions' });
      expect(differences).toBe(0);
      expect(m.cases).toEqual(first);
    } catch (e) {
      const issues = (e as { issues: { code: string }[] }).issues;
      expect(issues.map((i) => i.code)).toEqual(
        Array.from({ length: differences }, () => 'unresolved-disagreement'),
      );
    }
  },
);

const table = fc.integer({ min: 1, max: 5 }).chain((k) =>
  fc.array(fc.array(fc.nat({ max: 50 }), { minLength: k, maxLength: k }), {
    minLength: k,
    maxLength: k,
  }),
);

test.prop([table], { numRuns: 300 })(
  'cohensKappa: never NaN; at most 1; unchanged by transposing; equal to the exact rational (BigInt oracle)',
  (t) => {
    const k = cohensKappa(t);
    const transposed = cohensKappa(t.map((_, i) => t.map((row) => row[i] as number)));
    expect(transposed).toEqual(k);
    expect(JSON.stringify(k)).not.toMatch(/NaN|Infinity/);
    if (k.kappa === null) {
      expect(k.total === 0 || k.expected === 1).toBe(true);
      return;
    }
    expect(k.kappa).toBeLessThanOrEqual(1);
    const n = BigInt(k.total);
    const rows = t.map((r) => BigInt(r.reduce((a, b) => a + b, 0)));
    const cols = t.map((_, j) => BigInt(t.reduce((a, r) => a + (r[j] as number), 0)));
    const chance = rows.reduce((a, r, i) => a + r * (cols[i] as bigint), 0n);
    const num = n * BigInt(k.agreed) - chance;
    const den = n * n - chance;
    // numerator/denominator in lowest terms is the same rational as num/den
    expect(BigInt(k.fraction?.numerator ?? 0) * den).toBe(
      num * BigInt(k.fraction?.denominator ?? 1),
    );
    expect(k.kappa).toBe(Number(num) / Number(den));
  },
);

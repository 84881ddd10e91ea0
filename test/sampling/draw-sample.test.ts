import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RatingRuleError } from '../../src/index.js';
import { DEFAULT_SAMPLE_SEED, drawSample, type CaseloadRecord } from '../../src/sampling/index.js';
import { youth2018, youth2021 } from '../../src/index.js';
import { readAuditLog, readCaseload, sampleCaseload } from '../../src/sheets.js';
import { refused } from '../support/refused.js';

const FIELDWORK = '2025-07-07'; // court window 2024-10-07 to 2025-01-07, out-of-court 2025-02-07 to 2025-04-07
const court = (id: string, date: string, attributes?: Record<string, string>): CaseloadRecord => ({
  id,
  kind: 'court',
  disposal: 'community-sentence',
  date,
  ...(attributes && { attributes }),
});
const outOfCourt = (
  id: string,
  date: string,
  attributes?: Record<string, string>,
): CaseloadRecord => ({
  id,
  kind: 'out-of-court',
  disposal: 'youth-caution',
  date,
  ...(attributes && { attributes }),
});

const where = (e: RatingRuleError) => e.issues.map((i) => `${i.path.join('.')}: ${i.code}`);

const exampleCaseload = async () =>
  readCaseload({ name: 'caseload.csv', data: readFileSync('examples/caseload.csv', 'utf8') });
const exampleLog = async () =>
  readAuditLog({ name: 'audited.csv', data: readFileSync('examples/audited.csv', 'utf8') });

describe('eligibility: windows before the fieldwork start, and the audit log', () => {
  it("court 6 to 9 months and out-of-court 3 to 5 months before fieldwork, both edge days included (Cheshire's Annexe 1)", () => {
    const caseload = [
      court('c-before', '2024-10-06'),
      court('c-first', '2024-10-07'),
      court('c-last', '2025-01-07'),
      court('c-after', '2025-01-08'),
      outOfCourt('o-before', '2025-02-06'),
      outOfCourt('o-first', '2025-02-07'),
      outOfCourt('o-last', '2025-04-07'),
      outOfCourt('o-after', '2025-04-08'),
    ];
    const sample = drawSample(youth2021, caseload, { fieldwork: FIELDWORK });
    expect(sample.kinds.map((k) => [k.kind, k.window.start, k.window.end, k.eligible])).toEqual([
      ['court', '2024-10-07', '2025-01-07', 2],
      ['out-of-court', '2025-02-07', '2025-04-07', 2],
    ]);
    expect(sample.cases.map((c) => c.id)).toEqual(['c-first', 'c-last', 'o-first', 'o-last']);
    expect(sample.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['c-before', 'before-window'],
      ['c-after', 'after-window'],
      ['o-before', 'before-window'],
      ['o-after', 'after-window'],
    ]);
  });

  it('windows are options per kind; the other kind keeps its default', () => {
    const caseload = [court('a', '2025-03-01'), outOfCourt('b', '2025-03-01')];
    const sample = drawSample(youth2021, caseload, {
      fieldwork: FIELDWORK,
      windows: { court: { min: 3, max: 12 } },
    });
    expect(sample.kinds[0]?.window).toEqual({
      start: '2024-07-07',
      end: '2025-04-07',
      months: { min: 3, max: 12 },
    });
    expect(sample.kinds[1]?.window.months).toEqual({ min: 3, max: 5 });
    expect(sample.cases.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('a case audited less than 12 months before fieldwork is left out; exactly 12 months before, it is eligible; its latest audit counts', () => {
    const caseload = [
      court('recent', '2024-11-01'),
      court('exactly-12', '2024-11-02'),
      court('long-ago', '2024-11-03'),
      court('twice', '2024-11-04'),
      outOfCourt('after-fieldwork', '2025-03-01'),
    ];
    const sample = drawSample(youth2021, caseload, {
      fieldwork: FIELDWORK,
      audited: [
        { id: 'recent', date: '2024-07-08' },
        { id: 'exactly-12', date: '2024-07-07' },
        { id: 'long-ago', date: '2023-01-01' },
        { id: 'twice', date: '2023-01-01' },
        { id: 'twice', date: '2025-01-10' },
        { id: 'after-fieldwork', date: '2025-07-10' },
        { id: 'not-in-the-caseload', date: '2025-01-01' },
      ],
    });
    expect(sample.reaudit).toEqual({ months: 12, auditedAfter: '2024-07-07', logEntries: 7 });
    expect(sample.excluded).toEqual([
      {
        id: 'recent',
        kind: 'court',
        disposal: 'community-sentence',
        date: '2024-11-01',
        reason: 'audited',
        audited: '2024-07-08',
      },
      {
        id: 'twice',
        kind: 'court',
        disposal: 'community-sentence',
        date: '2024-11-04',
        reason: 'audited',
        audited: '2025-01-10',
      },
      {
        id: 'after-fieldwork',
        kind: 'out-of-court',
        disposal: 'youth-caution',
        date: '2025-03-01',
        reason: 'audited',
        audited: '2025-07-10',
      },
    ]);
    expect(sample.kinds.map((k) => [k.eligible, k.recentlyAudited])).toEqual([
      [2, 2],
      [0, 1],
    ]);
    // A shorter interval lets the recent audit back in.
    const six = drawSample(youth2021, caseload, {
      fieldwork: FIELDWORK,
      reauditMonths: 6,
      audited: [{ id: 'recent', date: '2024-07-08' }],
    });
    expect(six.excluded).toEqual([]);
    expect(six.reaudit.auditedAfter).toBe('2025-01-07');
  });
});

describe('size, strata and the seed', () => {
  it("Cheshire's sizes from the invented example caseload: 42 court and 26 out-of-court eligible give 34 and 23", async () => {
    const sample = sampleCaseload(await exampleCaseload(), {
      fieldwork: FIELDWORK,
      auditLog: await exampleLog(),
    });
    expect(
      sample.kinds.map((k) => [
        k.kind,
        k.caseload,
        k.outsideWindow,
        k.recentlyAudited,
        k.eligible,
        k.size.size,
      ]),
    ).toEqual([
      ['court', 115, 70, 3, 42, 34],
      ['out-of-court', 83, 55, 2, 26, 23],
    ]);
    expect(sample.strata).toEqual(['disposal', 'gender', 'rosh', 'safety']);
    expect(sample.seed).toBe(DEFAULT_SAMPLE_SEED);
  });

  it('the same caseload, options and seed draw the same sample: the example drawn with the default seed, pinned', async () => {
    // Pinned so that any change to the generator, the allocation or the order of drawing shows.
    const sample = sampleCaseload(await exampleCaseload(), {
      fieldwork: FIELDWORK,
      auditLog: await exampleLog(),
    });
    expect(sample.cases.map((c) => c.id)).toEqual([
      'YJ-4126',
      'YJ-4271',
      'YJ-4258',
      'YJ-4226',
      'YJ-4259',
      'YJ-4161',
      'YJ-4212',
      'YJ-4276',
      'YJ-4153',
      'YJ-4232',
      'YJ-4210',
      'YJ-4133',
      'YJ-4136',
      'YJ-4195',
      'YJ-4182',
      'YJ-4217',
      'YJ-4114',
      'YJ-4222',
      'YJ-4296',
      'YJ-4132',
      'YJ-4230',
      'YJ-4118',
      'YJ-4177',
      'YJ-4216',
      'YJ-4247',
      'YJ-4264',
      'YJ-4150',
      'YJ-4221',
      'YJ-4275',
      'YJ-4263',
      'YJ-4171',
      'YJ-4122',
      'YJ-4124',
      'YJ-4102',
      'YJ-4175',
      'YJ-4254',
      'YJ-4262',
      'YJ-4280',
      'YJ-4292',
      'YJ-4167',
      'YJ-4116',
      'YJ-4291',
      'YJ-4246',
      'YJ-4192',
      'YJ-4202',
      'YJ-4200',
      'YJ-4215',
      'YJ-4174',
      'YJ-4113',
      'YJ-4194',
      'YJ-4189',
      'YJ-4173',
      'YJ-4282',
      'YJ-4168',
      'YJ-4144',
      'YJ-4107',
      'YJ-4104',
    ]);
    const other = sampleCaseload(await exampleCaseload(), {
      fieldwork: FIELDWORK,
      auditLog: await exampleLog(),
      seed: 1,
    });
    expect(other.seed).toBe(1);
    expect(other.cases.map((c) => c.id)).not.toEqual(sample.cases.map((c) => c.id));
    // The same strata counts whatever the seed: only the choice within strata is random.
    expect(other.kinds.map((k) => k.strata)).toEqual(sample.kinds.map((k) => k.strata));
  });

  it('records each stratum: population count and share, proportional share, sample count and share', () => {
    const caseload = Array.from({ length: 42 }, (_, i) =>
      court(`c${i}`, '2024-11-15', { gender: i % 3 === 0 ? 'girl' : 'boy' }),
    );
    const plan = drawSample(youth2021, caseload, { fieldwork: FIELDWORK }).kinds[0];
    expect(plan?.strata).toEqual([
      {
        values: ['community-sentence', 'boy'],
        population: 28,
        populationPercent: 67,
        proportional: (34 * 28) / 42,
        sample: 23,
        samplePercent: 68,
      },
      {
        values: ['community-sentence', 'girl'],
        population: 14,
        populationPercent: 33,
        proportional: (34 * 14) / 42,
        sample: 11,
        samplePercent: 32,
      },
    ]);
    expect(plan?.marginals.map((m) => [m.field, m.value, m.population, m.sample])).toEqual([
      ['disposal', 'community-sentence', 42, 34],
      ['gender', 'boy', 28, 23],
      ['gender', 'girl', 14, 11],
    ]);
  });

  it('default strata: disposal and whichever of gender, rosh and safety the caseload has, matched in any case', () => {
    const caseload = [court('a', '2024-11-15', { Gender: 'girl', RoSH: 'high', team: 'North' })];
    expect(drawSample(youth2021, caseload, { fieldwork: FIELDWORK }).strata).toEqual([
      'disposal',
      'Gender',
      'RoSH',
    ]);
    expect(
      drawSample(youth2021, [court('a', '2024-11-15')], { fieldwork: FIELDWORK }).strata,
    ).toEqual(['disposal']);
    // Named strata; a case without the attribute is in the blank stratum.
    const named = drawSample(
      youth2021,
      [...caseload, court('b', '2024-11-16', { team: 'South' })],
      { fieldwork: FIELDWORK, strata: ['team', 'gender'] },
    );
    expect(named.strata).toEqual(['team', 'Gender']);
    expect(named.kinds[0]?.strata.map((s) => s.values)).toEqual([
      ['North', 'girl'],
      ['South', ''],
    ]);
    expect(
      drawSample(youth2021, caseload, { fieldwork: FIELDWORK, strata: [] }).kinds[0]?.strata,
    ).toEqual([
      {
        values: [],
        population: 1,
        populationPercent: 100,
        proportional: 1,
        sample: 1,
        samplePercent: 100,
      },
    ]);
  });

  it('a fixed size per kind, a fraction with a minimum, and a population smaller than the size taken whole', () => {
    const caseload = [
      ...Array.from({ length: 30 }, (_, i) => court(`c${i}`, '2024-11-15')),
      ...Array.from({ length: 12 }, (_, i) => outOfCourt(`o${i}`, '2025-03-01')),
    ];
    const fixed = drawSample(youth2021, caseload, {
      fieldwork: FIELDWORK,
      size: { court: { policy: 'fixed', size: 5 }, 'out-of-court': { policy: 'fixed', size: 20 } },
    });
    expect(fixed.kinds.map((k) => [k.size.size, k.size.whole])).toEqual([
      [5, false],
      [12, true],
    ]);
    const yjb = drawSample(youth2021, caseload, {
      fieldwork: FIELDWORK,
      size: { policy: 'fraction', fraction: 0.2, minimum: 20 },
    });
    expect(yjb.kinds.map((k) => [k.size.size, k.size.whole])).toEqual([
      [20, false],
      [12, true],
    ]);
    // Only one kind named: the other takes the default rule.
    const one = drawSample(youth2021, caseload, {
      fieldwork: FIELDWORK,
      size: { court: { policy: 'fixed', size: 0 } },
    });
    expect(one.kinds.map((k) => k.size.size)).toEqual([0, 12]);
  });

  it('the 2018 framework has the same disposals, read the same way', () => {
    expect(
      drawSample(youth2018, [court('a', '2024-11-15')], { fieldwork: FIELDWORK }).framework,
    ).toBe('hmip-youth-2018');
  });
});

describe('bad input: typed errors, every problem at once, nothing drawn, nothing changed', () => {
  it('refuses bad records with their index and field; an impossible date is invalid-date', () => {
    const e = refused(() =>
      drawSample(
        youth2021,
        [
          court('a', '2024-02-30'),
          { id: '', kind: 'court', disposal: 'community-sentence', date: '2024-11-01' },
          { id: 'c', kind: 'courts', disposal: 'community-sentence', date: '15/11/2024' },
          {
            id: 'd',
            kind: 'court',
            disposal: 'community-sentence',
            date: '2024-11-01',
            answers: {},
          },
        ] as never,
        { fieldwork: FIELDWORK },
      ),
    );
    expect(where(e)).toEqual([
      'caseload.0.date: invalid-date',
      'caseload.1.id: invalid-input',
      'caseload.2.kind: invalid-input',
      'caseload.2.date: invalid-date',
      'caseload.3: invalid-input',
    ]);
    expect(e.issues[0]?.message).toBe(
      'the date must be a real date written yyyy-mm-dd, from 1900 (got "2024-02-30")',
    );
    expect(e.issues[2]?.message).toBe('the kind must be "court" or "out-of-court" (got "courts")');
  });

  it('refuses unknown disposals, a disposal of the other kind and a case eligible twice, with bad options, all at once', () => {
    const caseload = [
      court('a', '2024-11-01'),
      { ...court('b', '2024-11-01'), disposal: 'referral-order' },
      { ...court('c', '2024-11-01'), disposal: 'youth-caution' },
      court('a', '2024-12-01'),
      court('z', '2023-01-01'),
      court('z', '2023-02-01'), // twice, but never eligible: not a problem for this draw
    ];
    const e = refused(() =>
      drawSample(youth2021, caseload, {
        fieldwork: FIELDWORK,
        seed: -1,
        reauditMonths: 1.5,
        strata: ['gendr'],
        size: { policy: 'cochran', confidence: 80, margin: 0.05 },
        windows: { court: { min: 9, max: 6 }, oocd: { min: 1, max: 2 } },
        colour: 'red',
      } as never),
    );
    expect(where(e)).toEqual([
      'options.seed: invalid-option',
      'options.reauditMonths: invalid-option',
      'options.colour: invalid-option',
      'options.windows.court: invalid-option',
      'options.windows.oocd: invalid-option',
      'options.size.confidence: invalid-option',
      'options.size.margin: invalid-option',
      'options.strata.0: invalid-option',
      'caseload.1.disposal: unknown-disposal',
      'caseload.2.kind: invalid-input',
    ]);
    expect(e.issues.find((i) => i.path.join('.') === 'options.strata.0')?.message).toBe(
      'the caseload has no attribute "gendr" (it has no attributes)',
    );
    // With sound options, the case eligible twice is found too.
    expect(where(refused(() => drawSample(youth2021, caseload, { fieldwork: FIELDWORK })))).toEqual(
      [
        'caseload.1.disposal: unknown-disposal',
        'caseload.2.kind: invalid-input',
        'caseload.3.id: duplicate-case',
      ],
    );
  });

  it('refuses a missing or impossible fieldwork date, a bad audit log, bad strata and a bad framework', () => {
    expect(where(refused(() => drawSample(youth2021, [], {} as never)))).toEqual([
      'options.fieldwork: invalid-option',
    ]);
    expect(where(refused(() => drawSample(youth2021, [], undefined as never)))).toEqual([
      'options: invalid-option',
    ]);
    expect(
      where(
        refused(() =>
          drawSample(
            null as never,
            'x' as never,
            {
              fieldwork: '2025-02-29',
              audited: [{ id: 'a', date: '2025-02-29' }, { id: '' }],
              strata: ['kind', 'gender', 'gender', 3],
            } as never,
          ),
        ),
      ),
    ).toEqual([
      'framework: invalid-argument',
      'options.fieldwork: invalid-date',
      'options.audited.0.date: invalid-date',
      'options.audited.1.id: invalid-input',
      'options.audited.1.date: invalid-date',
      'options.strata.0: invalid-option',
      'options.strata.2: invalid-option',
      'options.strata.3: invalid-option',
      'caseload: invalid-argument',
    ]);
  });

  it('never changes the caseload or the options, even when drawing shuffles', () => {
    const caseload = Object.freeze(
      Array.from({ length: 20 }, (_, i) =>
        Object.freeze(
          court(`c${i}`, '2024-11-15', Object.freeze({ gender: i % 2 ? 'boy' : 'girl' })),
        ),
      ),
    );
    const options = Object.freeze({
      fieldwork: FIELDWORK,
      strata: Object.freeze(['gender']),
      audited: Object.freeze([Object.freeze({ id: 'c1', date: '2025-01-01' })]),
    });
    const sample = drawSample(youth2021, caseload, options);
    expect(sample.cases.length).toBeGreaterThan(0);
    // The sample's records are copies: changing them changes nothing in the caseload.
    expect(sample.cases[0]).not.toBe(caseload.find((c) => c.id === sample.cases[0]?.id));
  });

  it('a key such as __proto__ or constructor is a field name like any other, never a property of the object', () => {
    const caseload = [court('a', '2024-11-15', { team: 'x' })];
    const e = refused(() =>
      drawSample(youth2021, caseload, {
        fieldwork: FIELDWORK,
        strata: ['constructor', '__proto__'],
      }),
    );
    expect(where(e)).toEqual([
      'options.strata.0: invalid-option',
      'options.strata.1: invalid-option',
    ]);
    const withProto = [
      court('a', '2024-11-15', JSON.parse('{"__proto__": "x", "constructor": "y"}')),
    ];
    const drawn = drawSample(youth2021, withProto, {
      fieldwork: FIELDWORK,
      strata: ['constructor'],
    });
    expect(drawn.kinds[0]?.strata[0]?.values).toEqual(['y']);
  });
});

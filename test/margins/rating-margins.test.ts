import { expect, it } from 'vitest';
import { cheshire2021, cumberland2024, walthamForest2024 } from '../../src/published/index.js';
import { rateInspection, youth2018, youth2021 } from '../../src/index.js';
import { ratingMargins } from '../../src/margins/index.js';

it('say what would change each rating, in the words audit teams ask for (Cumberland)', () => {
  const sentences = Object.fromEntries(
    ratingMargins(rateInspection(cumberland2024), youth2021).map((m) => [m.standard, m.sentence]),
  );
  expect(sentences['2.1']).toBe(
    '2.1 is Inadequate because 2.1.3 is 38% (3 of 8); 1 more yes on 2.1.3 makes it Requires improvement; one-case trigger fires; the panel moved it to Requires improvement.',
  );
  expect(sentences['2.3']).toBe(
    '2.3 is Requires improvement because 2.3.2 is 50% (4 of 8); 1 more yes on 2.3.1 and 2 more yes on 2.3.2 and 2 more yes on 2.3.3 make it Good; 1 fewer yes on 2.3.2 makes it Inadequate; five-point, one-case triggers fire.',
  );
});

it('Waltham Forest 3.3: one more yes on 3.3.2 (10 of 20) makes it Requires improvement', () => {
  const m = ratingMargins(rateInspection(walthamForest2024), youth2021).find(
    (x) => x.standard === '3.3',
  );
  expect(m?.up).toEqual({
    rating: 'Requires improvement',
    changes: [{ keyQuestion: '3.3.2', answers: 1 }],
    total: 1,
  });
  expect(m?.triggersFired).toEqual(['near-boundary', 'one-case']);
});

it('cannot be computed from percentages alone, and say so', () => {
  const m = ratingMargins(rateInspection(cheshire2021), youth2018).find(
    (x) => x.standard === '2.2',
  );
  expect(m?.known).toBe(false);
  expect(m?.up).toBeUndefined();
  expect(m?.sentence).toContain('the margins need counts, not only percentages');
});

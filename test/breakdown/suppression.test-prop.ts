// Secondary suppression, checked by brute force: from what a table shows (the total, the shown
// groups' yes and no counts, and the labels of the others), no suppressed group's number of cases,
// yes count or no count can be worked out, except what the total alone already gives away.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { suppressTable, type CellStatus } from '../../src/breakdown/suppression.js';

type Cell = { yes: number; no: number };

/**
 * Every value each hidden group's cases, yes and no can take in some table that shows the same:
 * found by trying every split of the hidden groups' yes and no totals. `bounds` gives each hidden
 * group's fewest and most cases as the labels state them.
 */
function possibleValues(
  hidden: readonly Cell[],
  bounds: readonly (readonly [number, number])[],
): { cases: Set<number>; yes: Set<number>; no: Set<number> }[] {
  const yesTotal = hidden.reduce((s, c) => s + c.yes, 0);
  const noTotal = hidden.reduce((s, c) => s + c.no, 0);
  const found = hidden.map(() => ({
    cases: new Set<number>(),
    yes: new Set<number>(),
    no: new Set<number>(),
  }));
  const chosen: Cell[] = [];
  const search = (g: number, yesLeft: number, noLeft: number): void => {
    if (g === hidden.length) {
      if (yesLeft !== 0 || noLeft !== 0) return;
      chosen.forEach((c, i) => {
        found[i]?.cases.add(c.yes + c.no);
        found[i]?.yes.add(c.yes);
        found[i]?.no.add(c.no);
      });
      return;
    }
    const [low, high] = bounds[g] as readonly [number, number];
    for (let y = 0; y <= yesLeft; y++)
      for (let n = 0; n <= noLeft; n++) {
        if (y + n < low || y + n > high) continue;
        chosen[g] = { yes: y, no: n };
        search(g + 1, yesLeft - y, noLeft - n);
      }
  };
  search(0, yesTotal, noTotal);
  return found;
}

/**
 * The bounds a reader reads off the labels and each group's known most (its shown size): "fewer
 * than k" is the floor to k - 1; "withheld" is k or more when some group is "fewer than k", and
 * anything when every group is withheld.
 */
function labelBounds(
  status: readonly CellStatus[],
  k: number,
  floor: number,
  total: number,
  caps: readonly number[],
) {
  const secondary = status.includes('fewer-than');
  return status.map((s, g): readonly [number, number] => {
    const most = Math.min(caps[g] as number, total);
    return s === 'fewer-than'
      ? [floor, Math.min(k - 1, most)]
      : secondary
        ? [k, most]
        : [floor, most];
  });
}

// Small tables: 1 to 4 groups, each with a known most (its shown size) or none.
const table = fc
  .tuple(
    fc.array(
      fc.record({
        yes: fc.integer({ min: 0, max: 5 }),
        no: fc.integer({ min: 0, max: 4 }),
        extra: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    fc.integer({ min: 2, max: 5 }),
  )
  .filter(([cells]) => cells.some((c) => c.yes + c.no > 0));

describe('secondary suppression', () => {
  test.prop([table], { numRuns: 300 })(
    'no suppressed count can be derived from the shown cells and the total (brute force over small tables)',
    ([generated, k]) => {
      const cells = generated.map(({ yes, no }) => ({ yes, no }));
      const caps = generated.map((c) =>
        c.extra === undefined ? Infinity : c.yes + c.no + c.extra,
      );
      const status = suppressTable(
        cells.map((c, g) => ({ ...c, cap: caps[g] as number })),
        k,
      );
      const total = cells.reduce((s, c) => s + c.yes + c.no, 0);
      // Primary suppression: every group with fewer than k cases is hidden.
      cells.forEach((c, g) => c.yes + c.no < k && expect(status[g]).not.toBe('shown'));
      const hiddenAt = status.flatMap((s, g) => (s === 'shown' ? [] : [g]));
      if (hiddenAt.length === 0) return;
      const hidden = hiddenAt.map((g) => cells[g] as Cell);
      const bounds = labelBounds(status, k, 0, total, caps).filter((_, g) => status[g] !== 'shown');
      const seen = possibleValues(hidden, bounds);
      // What the total (and the known sizes) alone give away: every group hidden, no labels.
      const alone = possibleValues(
        cells,
        caps.map((cap) => [0, Math.min(cap, total)] as const),
      );
      hiddenAt.forEach((g, i) => {
        for (const q of ['cases', 'yes', 'no'] as const)
          if ((seen[i]?.[q].size ?? 0) < 2)
            expect(alone[g]?.[q].size, `group ${g}'s ${q} can be worked out`).toBe(1);
      });
    },
  );

  test.prop(
    [
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 2, max: 5 }),
    ],
    { numRuns: 300 },
  )('group sizes (each group has at least one case) are protected the same way', (sizes, k) => {
    const status = suppressTable(
      sizes.map((n) => ({ yes: n, no: 0, cap: Infinity })),
      k,
      1,
    );
    const total = sizes.reduce((s, n) => s + n, 0);
    const hiddenAt = status.flatMap((s, g) => (s === 'shown' ? [] : [g]));
    if (hiddenAt.length === 0) return;
    const cells = sizes.map((n) => ({ yes: n, no: 0 }));
    const bounds = labelBounds(
      status,
      k,
      1,
      total,
      sizes.map(() => Infinity),
    ).filter((_, g) => status[g] !== 'shown');
    const seen = possibleValues(
      hiddenAt.map((g) => cells[g] as Cell),
      bounds,
    );
    const alone = possibleValues(
      cells,
      cells.map(() => [1, total] as const),
    );
    hiddenAt.forEach((g, i) => {
      if ((seen[i]?.cases.size ?? 0) < 2) expect(alone[g]?.cases.size).toBe(1);
    });
  });
});

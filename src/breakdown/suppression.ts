// Small-number suppression for one table: the groups' cells of one key question (yes and no counts)
// beside the whole sample, or the groups' case counts beside the total.
//
// The rule (stated in docs/statistics.md):
// 1. Primary: a group with fewer than k cases in the cell is shown as "fewer than k".
// 2. Secondary: while any suppressed cell's number of cases, yes count or no count can be worked
//    out from what is shown (the total, the shown cells, the groups' shown sizes, and the labels:
//    "fewer than k" means 0 to k - 1, "withheld" means k or more), another group is withheld: of
//    the shown groups with the fewest cases (fewest first, then in order), the first whose
//    withholding leaves nothing to work out, or if none does, the one with the fewest cases.
// 3. If every group is suppressed and a value can still be worked out, every group is shown only
//    as "withheld" (no "fewer than k" bound).
// What the total alone gives away is out of reach of any suppression of the groups and is not
// counted (a whole sample with no yes answers says every group has none).

/** How a cell is shown. */
export type CellStatus = 'shown' | 'fewer-than' | 'withheld';

/** One group's cell: its yes and no counts, and the most cases a reader already knows it can have. */
export interface TableCell {
  readonly yes: number;
  readonly no: number;
  /** An upper bound a reader knows from elsewhere (the group's shown size); Infinity if none. */
  readonly cap: number;
}

interface Bounds {
  readonly low: number;
  readonly high: number;
}

/**
 * For each cell of the suppressed set, which of its cases, yes and no a reader can work out: the
 * feasible range of each, given the set's known sums and every cell's bounds, is a single value.
 * (Other cells can take any split of a sum within their bounds, so the ranges are closed forms.)
 */
function determined(
  members: readonly number[],
  cells: readonly TableCell[],
  bounds: readonly Bounds[],
): boolean[][] {
  let yes = 0;
  let no = 0;
  let lowSum = 0;
  let highSum = 0;
  for (const g of members) {
    const c = cells[g] as TableCell;
    const b = bounds[g] as Bounds;
    yes += c.yes;
    no += c.no;
    lowSum += b.low;
    highSum += b.high;
  }
  const total = yes + no;
  return members.map((g) => {
    const b = bounds[g] as Bounds;
    const least = Math.max(b.low, total - (highSum - b.high), 0);
    const most = Math.min(b.high, total - (lowSum - b.low), total);
    return [
      least === most,
      Math.max(0, least - no) === Math.min(yes, most),
      Math.max(0, least - yes) === Math.min(no, most),
    ];
  });
}

/**
 * The status of each cell of a table under the rule above, with threshold k and `floor` the fewest
 * cases a listed group can have in the cell (1 for a group's case count, 0 for a key question).
 */
export function suppressTable(
  cells: readonly TableCell[],
  threshold: number,
  floor = 0,
): CellStatus[] {
  const total = cells.reduce((sum, c) => sum + c.yes + c.no, 0);
  const status: CellStatus[] = cells.map((c) =>
    total > 0 && c.yes + c.no < threshold ? 'fewer-than' : 'shown',
  );
  if (!status.includes('fewer-than')) return status;
  const all = cells.map((_, g) => g);
  const open = (g: number) => Math.min((cells[g] as TableCell).cap, total);
  const size = (g: number) => (cells[g] as TableCell).yes + (cells[g] as TableCell).no;
  // What a reader could work out with every group withheld: given away by the total itself.
  const inherent = determined(
    all,
    cells,
    all.map((g) => ({ low: floor, high: open(g) })),
  );
  const leaks = (): boolean => {
    const members = all.filter((g) => status[g] !== 'shown');
    const bounds = all.map(
      (g): Bounds =>
        status[g] === 'fewer-than'
          ? { low: floor, high: Math.min(threshold - 1, open(g)) }
          : { low: threshold, high: open(g) },
    );
    return determined(members, cells, bounds).some((flags, i) =>
      flags.some((flag, q) => flag && !(inherent[members[i] as number] as boolean[])[q]),
    );
  };
  // Withhold, among the shown groups with the fewest cases (up to 20 of them, fewest first), the
  // first whose withholding leaves nothing to work out; if none does, the one with the fewest.
  while (leaks()) {
    const candidates = all
      .filter((g) => status[g] === 'shown')
      .sort((a, b) => size(a) - size(b) || a - b)
      .slice(0, 20);
    if (candidates.length === 0) return status.map(() => 'withheld');
    const safe = candidates.find((g) => {
      status[g] = 'withheld';
      const leaking = leaks();
      status[g] = 'shown';
      return !leaking;
    });
    status[safe ?? (candidates[0] as number)] = 'withheld';
  }
  return status;
}
